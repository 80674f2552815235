// Signing out from a button: ends the session (BFF, then identity provider) or says why it could not.
import { ref, type Ref } from 'vue'
import { signOut } from '../api/bff'
import { messageOf } from './useAsync'

export function useSignOut(): { error: Ref<string | null>; signOut: () => Promise<void> } {
  const error = ref<string | null>(null)
  return {
    error,
    signOut: async () => {
      error.value = null
      try {
        await signOut()
      } catch (e) {
        error.value = messageOf(e)
      }
    },
  }
}
