import { nextTick, ref } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSearch } from './useSearch'

describe('useSearch', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('reloads once after typing pauses, from the first page, and at once on a page change', async () => {
    const q = ref('')
    const reload = vi.fn()
    const { page } = useSearch([q], reload, { initialPage: 3 })

    q.value = 'a'
    await nextTick()
    q.value = 'ac'
    await nextTick()
    q.value = 'acm'
    await nextTick()
    expect(page.value).toBe(0)
    expect(reload).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(250)
    expect(reload).toHaveBeenCalledTimes(1)

    page.value = 1
    await nextTick()
    expect(reload).toHaveBeenCalledTimes(2)
  })
})
