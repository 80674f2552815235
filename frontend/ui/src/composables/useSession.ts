// The signed-in user, loaded once per page and shared by every component that asks.
import { currentUser, type BffUser } from '../api/bff'
import { useAsync, type AsyncState } from './useAsync'

let session: AsyncState<BffUser> | null = null

export function useSession(): AsyncState<BffUser> {
  session ??= useAsync(currentUser)
  return session
}
