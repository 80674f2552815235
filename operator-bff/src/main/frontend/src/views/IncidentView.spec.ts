import type { Incident } from '@dezky/ui/api/platform'
import { fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import IncidentView from './IncidentView.vue'

const incident = (changes: Partial<Incident> = {}): Incident => ({
  id: 'i1',
  number: 7,
  title: 'Circuit to ocis is not closed',
  status: 'triggered',
  severity: 'warning',
  impacts: [{ scope: 'upstream', target: 'ocis' }],
  assignee: 'ada@dezky.com',
  escalation: 0,
  escalatesAt: '2026-12-02T10:30:00Z',
  heldOpen: false,
  openedAt: '2026-12-02T10:00:00Z',
  acknowledgedAt: null,
  resolvedAt: null,
  version: 3,
  alerts: [
    {
      fingerprint: 'ab12',
      name: 'CircuitOpen',
      firing: true,
      startsAt: '2026-12-02T10:00:00Z',
      endsAt: null,
      labels: { alertname: 'CircuitOpen', upstream: 'ocis', severity: 'warning' },
      annotations: { summary: 'Circuit to ocis is not closed', value: '1' },
      generatorUrl: 'http://127.0.0.1:9090/graph',
    },
  ],
  timeline: [
    {
      at: '2026-12-02T10:00:00Z',
      kind: 'alert-fired',
      actor: 'alertmanager',
      text: 'CircuitOpen fired',
      customerFacing: false,
    },
  ],
  ...changes,
})

async function mountView() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
  })
  const view = mount(IncidentView, { props: { id: 'i1' }, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return view
}

describe('IncidentView', () => {
  afterEach(() => vi.restoreAllMocks())

  it('shows the alert with its labels and whom it concerns, and acknowledges it', async () => {
    const fetch = fakeApi((method, path) => {
      if (path.startsWith('/api/users')) return [200, { items: [], page: 0, size: 200, totalItems: 0 }]
      if (method === 'POST' && path === '/api/incidents/i1/acknowledge') {
        return [200, incident({ status: 'acknowledged', escalatesAt: null })]
      }
      return [200, incident()]
    })
    const view = await mountView()

    expect(view.get('[data-testid=alerts]').text()).toContain('upstream=ocis')
    expect(view.get('[data-testid=alerts] tbody td:nth-child(3)').text()).toBe('1')
    expect(view.text()).toContain('Concerns tenants provisioned into ocis.')
    await view
      .findAll('button')
      .find((b) => b.text() === 'Acknowledge')!
      .trigger('click')
    await flushPromises()

    expect(
      fetch.mock.calls.some(([path, init]) => path === '/api/incidents/i1/acknowledge' && init?.method === 'POST'),
    ).toBe(true)
    expect(view.get('[role=status]').text()).toContain('Acknowledged')
    expect(view.findAll('button').some((b) => b.text() === 'Acknowledge')).toBe(false)
    view.unmount()
  })

  it('posts a customer update only when chosen, and says who will see it', async () => {
    const fetch = fakeApi((method, path, body) => {
      if (path.startsWith('/api/users')) return [200, { items: [], page: 0, size: 200, totalItems: 0 }]
      if (method === 'POST' && path === '/api/incidents/i1/updates') {
        const text = (body as { text: string }).text
        return [
          200,
          incident({
            timeline: [
              ...incident().timeline,
              {
                at: '2026-12-02T10:05:00Z',
                kind: 'customer-update',
                actor: 'ada@dezky.com',
                text,
                customerFacing: true,
              },
            ],
          }),
        ]
      }
      return [200, incident()]
    })
    const view = await mountView()

    await view.get('input[value=update]').setValue(true)
    expect(view.text()).toContain('Members of the affected tenants (tenants provisioned into ocis) see this')
    await view.get('textarea').setValue('Files are slow to open; we are on it.')
    await view.get('form').trigger('submit')
    await flushPromises()

    expect(fetch.mock.calls.some(([path]) => path === '/api/incidents/i1/updates')).toBe(true)
    expect(fetch.mock.calls.some(([path]) => path === '/api/incidents/i1/notes')).toBe(false)
    expect(view.get('[data-testid=timeline]').text()).toContain('shown to customers')
    view.unmount()
  })

  it('shows the problem when a step is refused', async () => {
    fakeApi((method, path) => {
      if (path.startsWith('/api/users')) return [200, { items: [], page: 0, size: 200, totalItems: 0 }]
      if (method === 'POST') {
        return [
          409,
          {
            type: 'https://dezky.com/problems/illegal-transition',
            title: 'Conflict',
            status: 409,
            detail: 'Incident #7 is already acknowledged by bob@dezky.com.',
          },
        ]
      }
      return [200, incident()]
    })
    const view = await mountView()

    await view
      .findAll('button')
      .find((b) => b.text() === 'Acknowledge')!
      .trigger('click')
    await flushPromises()

    expect(view.get('[role=alert]').text()).toBe('Incident #7 is already acknowledged by bob@dezky.com.')
    view.unmount()
  })
})
