// Who is on call now, loaded once and shared: the top bar and the On-call screen show the same
// answer, and saving the schedule reloads it for both.
import { api, type OnCallNow } from '@dezky/ui/api/platform'
import { useAsync, type AsyncState } from '@dezky/ui/composables/useAsync'

let now: AsyncState<OnCallNow> | null = null

export function useOnCallNow(): AsyncState<OnCallNow> {
  now ??= useAsync(() => api.onCall.now(), { immediate: false })
  return now
}
