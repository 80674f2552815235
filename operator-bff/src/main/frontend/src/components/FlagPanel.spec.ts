import type { Flag } from '@dezky/ui/api/platform'
import { fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import FlagPanel from './FlagPanel.vue'

const flag: Flag = {
  key: 'new_mail_ui',
  description: 'The new mail UI',
  state: 'off',
  pct: 0,
  scope: { plans: [], tenantSlugs: [], partnerSlugs: [], environments: [] },
  history: [],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  version: 3,
  audience: 'internal',
  customerName: null,
  customerDescription: null,
}

describe('FlagPanel', () => {
  let calls: { method: string; path: string; body: unknown }[]

  beforeEach(() => {
    vi.useFakeTimers()
    calls = []
    fakeApi((method, path, body) => {
      calls.push({ method, path, body })
      if (path.includes('/impact')) {
        const pct = (body as { pct: number }).pct
        return [
          200,
          {
            tenants: 40,
            onNow: 0,
            onProposed: pct === 25 ? 9 : 0,
            turnOn: { count: pct === 25 ? 9 : 0, tenantSlugs: [] },
            turnOff: { count: 0, tenantSlugs: [] },
          },
        ]
      }
      return [200, { ...flag, ...(body as object), version: 4 }]
    })
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('enables Save only when the draft differs, and shows the exact impact of the draft', async () => {
    const panel = mount(FlagPanel, { props: { flag, plans: ['starter', 'business'] } })
    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()
    expect(panel.get('[data-testid=save-flag]').attributes('disabled')).toBeDefined()
    expect(panel.get('[data-testid=impact]').text()).toContain('0 of 40')

    await panel.get('[data-testid=state-rollout]').trigger('click')
    await panel.get('[data-testid=rollout]').setValue('25')
    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()

    expect(panel.get('[data-testid=impact]').text()).toContain('9 of 40')
    expect(panel.get('[data-testid=turn-on]').text()).toBe('9 turn on')
    expect(panel.get('[data-testid=save-flag]').attributes('disabled')).toBeUndefined()

    await panel.get('[data-testid=save-flag]').trigger('click')
    await flushPromises()
    const save = calls.find((c) => c.method === 'PATCH')!
    expect(save.path).toBe('/api/flags/new_mail_ui')
    expect(save.body).toMatchObject({ state: 'rollout', pct: 25 })
    expect(panel.emitted('saved')).toHaveLength(1)
    panel.unmount()
  })

  it('shows a flag to customers only under a name for them, and saves just that change', async () => {
    const panel = mount(FlagPanel, { props: { flag, plans: [] } })
    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()

    await panel.get('[data-testid=audience-customer]').setValue(true)
    expect(panel.text()).toContain('Customers need a name for it.')
    expect(panel.get('[data-testid=save-flag]').attributes('disabled')).toBeDefined()

    await panel.get('[data-testid=customer-name]').setValue('Faster mail')
    await panel.get('[data-testid=save-flag]').trigger('click')
    await flushPromises()
    const save = calls.find((c) => c.method === 'PATCH')!
    expect(save.body).toMatchObject({ audience: 'customer', customerName: 'Faster mail' })
    expect(save.body).not.toHaveProperty('state')
    panel.unmount()
  })

  it('turns the flag off everywhere with the kill switch, after a confirmation with a reason', async () => {
    const panel = mount(FlagPanel, { props: { flag: { ...flag, state: 'on' }, plans: [] }, attachTo: document.body })
    await panel.get('[data-testid=kill]').trigger('click')
    await panel.get('[data-testid=confirm-reason]').setValue('Incident 42')
    await panel.get('[data-testid=confirm]').trigger('click')
    await flushPromises()

    const kill = calls.find((c) => c.method === 'PATCH')!
    expect(kill.body).toEqual({ state: 'off', pct: 0, reason: 'Incident 42' })
    panel.unmount()
  })

  it('deletes the flag only after a confirmation, at the version it shows', async () => {
    const panel = mount(FlagPanel, { props: { flag, plans: [] }, attachTo: document.body })
    await panel.get('[data-testid=delete-flag]').trigger('click')
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false)
    await panel.get('[data-testid=confirm]').trigger('click')
    await flushPromises()

    const deletion = calls.find((c) => c.method === 'DELETE')!
    expect(deletion.path).toBe('/api/flags/new_mail_ui')
    expect(panel.emitted('deleted')).toEqual([['new_mail_ui']])
    panel.unmount()
  })
})
