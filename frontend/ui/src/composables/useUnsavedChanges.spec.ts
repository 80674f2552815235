import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { useUnsavedChanges } from './useUnsavedChanges'

const dirty = ref(false)
const Draft = defineComponent({
  setup() {
    useUnsavedChanges(dirty, () => 'Discard your changes?')
    return () => h('p', 'draft')
  },
})

async function mountAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/flags/:key', component: Draft },
      { path: '/elsewhere', component: { render: () => h('p', 'elsewhere') } },
    ],
  })
  await router.push(path)
  const app = mount(RouterView, { global: { plugins: [router] } })
  await flushPromises()
  return { app, router }
}

describe('useUnsavedChanges', () => {
  afterEach(() => {
    dirty.value = false
    vi.restoreAllMocks()
  })

  it('leaves without asking when nothing is unsaved', async () => {
    const confirm = vi.spyOn(window, 'confirm')
    const { router } = await mountAt('/flags/a')

    await router.push('/elsewhere')

    expect(confirm).not.toHaveBeenCalled()
    expect(router.currentRoute.value.path).toBe('/elsewhere')
  })

  it('stays on the screen when the user keeps unsaved changes, to another screen or another item', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false)
    const { router } = await mountAt('/flags/a')
    dirty.value = true

    await router.push('/elsewhere')
    await router.push('/flags/b')

    expect(confirm).toHaveBeenCalledTimes(2)
    expect(confirm).toHaveBeenCalledWith('Discard your changes?')
    expect(router.currentRoute.value.path).toBe('/flags/a')
  })

  it('leaves when the user discards, and keeps the draft on a change of query only', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true)
    const { router } = await mountAt('/flags/a')
    dirty.value = true

    await router.push('/flags/a?tab=history')
    expect(confirm).not.toHaveBeenCalled()

    await router.push('/flags/b')
    expect(confirm).toHaveBeenCalledOnce()
    expect(router.currentRoute.value.path).toBe('/flags/b')
  })

  it('asks the browser to confirm closing the tab while changes are unsaved', async () => {
    const { app } = await mountAt('/flags/a')
    const clean = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(clean)
    dirty.value = true
    const unsaved = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(unsaved)

    expect(clean.defaultPrevented).toBe(false)
    expect(unsaved.defaultPrevented).toBe(true)
    app.unmount()
  })
})
