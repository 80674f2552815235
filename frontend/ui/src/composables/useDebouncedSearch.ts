// A search run once typing pauses, where only the newest answer counts: an answer to an older
// query that arrives late is dropped. The command palette and the search pickers use it.
import { ref, type Ref } from 'vue'
import { messageOf } from './useAsync'

export interface DebouncedSearch<T> {
  results: Ref<T[]>
  searching: Ref<boolean>
  error: Ref<string | null>
  /** Searches for this query after the pause, dropping whatever an earlier query still has coming. */
  schedule: (query: string) => void
  /** Forgets any pending query and the results. */
  cancel: () => void
}

export function useDebouncedSearch<T>(search: (query: string) => Promise<T[]>, pauseMs = 200): DebouncedSearch<T> {
  const results = ref([]) as Ref<T[]>
  const searching = ref(false)
  const error = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let latest = 0

  async function run(query: string, call: number) {
    searching.value = true
    try {
      const found = await search(query)
      if (call === latest) {
        results.value = found
        error.value = null
      }
    } catch (e) {
      if (call === latest) error.value = messageOf(e)
    } finally {
      if (call === latest) searching.value = false
    }
  }

  function schedule(query: string) {
    clearTimeout(timer)
    searching.value = true
    const call = ++latest
    timer = setTimeout(() => void run(query, call), pauseMs)
  }

  function cancel() {
    clearTimeout(timer)
    latest++
    results.value = []
    searching.value = false
  }

  return { results, searching, error, schedule, cancel }
}
