import { fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import CommandPalette from './CommandPalette.vue'

let router: Router

function tenantsPage(q: string) {
  return {
    page: { items: q.startsWith('acme') ? [{ slug: 'acme', name: 'Acme GmbH' }] : [], page: 0, size: 5, totalItems: 1 },
    statusCounts: {},
  }
}

describe('CommandPalette', () => {
  beforeEach(async () => {
    vi.useFakeTimers()
    router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
    })
    await router.push('/')
    fakeApi((_method, path) => {
      const q = new URL(path, 'http://x').searchParams.get('q') ?? ''
      if (path.startsWith('/api/tenants')) return [200, tenantsPage(q)]
      if (path.startsWith('/api/partners')) return [200, { items: [], page: 0, size: 5, totalItems: 0 }]
      return [200, [{ key: 'acme_beta', state: 'on', pct: 0 }]]
    })
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  const open = () =>
    mount(CommandPalette, {
      props: { open: true, 'onUpdate:open': () => {} },
      global: { plugins: [router] },
      attachTo: document.body,
    })

  it('opens with Ctrl+K', async () => {
    const palette = mount(CommandPalette, { props: { open: false }, global: { plugins: [router] } })
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }))
    expect(palette.emitted('update:open')).toEqual([[true]])
    palette.unmount()
  })

  it('filters screens and actions as you type', async () => {
    const palette = open()
    await palette.get('[data-testid=palette-input]').setValue('invite')
    const options = palette.findAll('[role=option]').map((o) => o.text())
    expect(options).toEqual([expect.stringContaining('Invite operator')])
    palette.unmount()
  })

  it('finds tenants and flags through the API, moves with the arrow keys and opens with Enter', async () => {
    const palette = open()
    const input = palette.get('[data-testid=palette-input]')
    await input.setValue('acme')
    await vi.advanceTimersByTimeAsync(250)
    await flushPromises()

    const options = palette.findAll('[role=option]').map((o) => o.text())
    expect(options).toEqual([expect.stringContaining('Acme GmbH'), expect.stringContaining('acme_beta')])
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(palette.findAll('[role=option]')[1]!.attributes('aria-selected')).toBe('true')
    await input.trigger('keydown', { key: 'ArrowUp' })
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()

    expect(router.currentRoute.value.fullPath).toBe('/tenants/acme')
    expect(palette.emitted('update:open')).toEqual([[false]])
    palette.unmount()
  })

  it('closes with Escape', async () => {
    const palette = open()
    await palette.get('[data-testid=palette-input]').trigger('keydown', { key: 'Escape' })
    expect(palette.emitted('update:open')).toEqual([[false]])
    palette.unmount()
  })
})
