// A searched, paged list: when a filter changes, back to the first page and reload after a short
// pause (so typing does not send a request per key); when the page changes, reload at once.
import { ref, watch, type Ref, type WatchSource } from 'vue'

export function useSearch(
  filters: WatchSource[],
  reload: () => Promise<void> | void,
  options: { initialPage?: number; delayMs?: number } = {},
): { page: Ref<number> } {
  const page = ref(options.initialPage ?? 0)
  let timer: ReturnType<typeof setTimeout> | undefined
  let resetting = false
  watch(filters, () => {
    if (page.value !== 0) {
      resetting = true
      page.value = 0
    }
    clearTimeout(timer)
    timer = setTimeout(() => void reload(), options.delayMs ?? 250)
  })
  watch(page, () => {
    if (resetting) {
      resetting = false
      return
    }
    void reload()
  })
  return { page }
}
