// The signed-in customer's record and tenants (GET /me), loaded once and shared by every screen.
import { api, type Me } from '@dezky/ui/api/platform'
import { useAsync, type AsyncState } from '@dezky/ui/composables/useAsync'

let me: AsyncState<Me> | null = null

export function useMe(): AsyncState<Me> {
  me ??= useAsync(api.me)
  return me
}
