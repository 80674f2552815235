import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../testing'
import EnvBadge from './EnvBadge.vue'

const environments = {
  current: { name: 'staging-eu', kind: 'staging', url: 'https://operator.staging.dezky.com' },
  others: [
    { name: 'eu', kind: 'prod', url: 'https://operator.dezky.com' },
    { name: 'dev-1', kind: 'dev', url: 'https://operator.dev.dezky.com' },
  ],
}

describe('EnvBadge', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('names the configured environment and asks before opening production', async () => {
    fakeApi(() => [200, environments])
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, assign })
    const badge = mount(EnvBadge, { attachTo: document.body })
    await flushPromises()

    const button = badge.get('[data-testid=env-badge]')
    expect(button.text()).toContain('staging-eu (staging)')
    await button.trigger('click')
    const items = badge.findAll('[role=menuitem]')
    expect(items.map((i) => i.text())).toEqual([
      expect.stringContaining('Production · eu'),
      expect.stringContaining('dev · dev-1'),
    ])

    await items[0]!.trigger('click')
    expect(assign).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('eu is production: what you change there reaches real customers')
    await badge.get('[data-testid=confirm]').trigger('click')
    expect(assign).toHaveBeenCalledWith('https://operator.dezky.com')
    badge.unmount()
  })

  it('goes straight to an environment that is not production', async () => {
    fakeApi(() => [200, environments])
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, assign })
    const badge = mount(EnvBadge)
    await flushPromises()
    await badge.get('[data-testid=env-badge]').trigger('click')
    await badge.findAll('[role=menuitem]')[1]!.trigger('click')
    expect(assign).toHaveBeenCalledWith('https://operator.dev.dezky.com')
    badge.unmount()
  })
})
