import type { ProvisioningView, Tenant } from '@dezky/ui/api/platform'
import { fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import TenantDetailView from './TenantDetailView.vue'

const tenant = (version: number, name: string): Tenant => ({
  id: 't1',
  slug: 'acme',
  name,
  status: 'active',
  plan: 'business',
  seatCap: 10,
  domains: ['acme.example'],
  partner: null,
  contactInfo: null,
  billingInfo: null,
  provisioning: {},
  suspendedReason: null,
  deletedAt: null,
  purgeAfter: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  mrr: { amountMinor: 9000, currency: 'EUR' },
  allowedActions: ['suspend', 'delete'],
  version,
})

/** An integration that is provisioned, as the API shows it. */
const ok: ProvisioningView = {
  state: 'ok',
  externalIds: {},
  lastError: null,
  lastErrorAt: null,
  attempts: 1,
  updatedAt: null,
  sandbox: false,
}

async function mountView(path = '/tenants/acme') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
  })
  await router.push(path)
  const view = mount(TenantDetailView, {
    props: { slug: 'acme' },
    global: { plugins: [router] },
    attachTo: document.body,
  })
  await flushPromises()
  return view
}

describe('TenantDetailView', () => {
  afterEach(() => vi.restoreAllMocks())

  it('saves with If-Match, and on 412 says someone else changed the tenant and reloads their version', async () => {
    let current = tenant(1, 'Acme')
    const fetch = fakeApi((method, path) => {
      if (method === 'PATCH') {
        current = tenant(2, 'Acme Holding')
        return [412, { type: 'https://dezky.com/problems/stale-write', title: 'Precondition Failed', status: 412 }]
      }
      if (path === '/api/plans') return [200, []]
      return [200, current]
    })
    const view = await mountView()

    await view.get('[data-testid=edit-tenant]').trigger('click')
    await view.get('[data-testid=edit-name]').setValue('Acme GmbH')
    await view.get('form').trigger('submit')
    await flushPromises()

    const patch = fetch.mock.calls.find(([, init]) => init?.method === 'PATCH')!
    expect(new Headers(patch[1]?.headers).get('If-Match')).toBe('"1"')
    expect(view.get('[role=alert]').text()).toContain('Someone changed this tenant')

    await view.get('[role=alert] button').trigger('click')
    await flushPromises()
    expect((view.get('[data-testid=edit-name]').element as HTMLInputElement).value).toBe('Acme Holding')
    view.unmount()
  })

  it('asks for a reason before suspending, and suspends with it', async () => {
    let current = tenant(1, 'Acme')
    const fetch = fakeApi((method, path) => {
      if (path === '/api/plans') return [200, []]
      if (method === 'POST' && path.endsWith('/suspend')) {
        current = {
          ...tenant(2, 'Acme'),
          status: 'suspended',
          suspendedReason: 'Unpaid',
          allowedActions: ['resume', 'delete'],
        }
      }
      return [200, current]
    })
    const view = await mountView()
    await view
      .findAll('[role=tab]')
      .find((t) => t.text() === 'Danger zone')!
      .trigger('click')
    await view.get('[data-testid=action-suspend]').trigger('click')
    await view.get('[data-testid=confirm]').trigger('click')
    expect(view.text()).toContain('A reason is required.')
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)

    await view.get('[data-testid=confirm-reason]').setValue('Unpaid')
    await view.get('[data-testid=confirm]').trigger('click')
    await flushPromises()
    const suspend = fetch.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(JSON.parse(suspend[1]!.body as string)).toEqual({ reason: 'Unpaid' })
    expect(new Headers(suspend[1]?.headers).get('If-Match')).toBe('"1"')
    expect(view.find('[data-testid=action-resume]').exists()).toBe(true)
    view.unmount()
  })

  it('keeps polling a pending tenant whose integrations are all ok until it turns active', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    let reads = 0
    fakeApi((_method, path) => {
      if (path === '/api/plans') return [200, []]
      reads++
      return [
        200,
        {
          ...tenant(1, 'Acme'),
          status: reads < 3 ? 'pending' : 'active',
          provisioning: { authentik: ok, stalwart: ok, ocis: ok },
        },
      ]
    })
    const view = await mountView()
    expect(view.text()).toContain('pending')

    await vi.advanceTimersByTimeAsync(2_100)
    await flushPromises()

    expect(view.text()).toContain('active')
    const settled = reads
    await vi.advanceTimersByTimeAsync(5_000)
    expect(reads).toBe(settled)
    vi.useRealTimers()
    view.unmount()
  })

  it('shows beside each integration that its upstream refuses calls while its breaker is open', async () => {
    const upstream = (name: string, circuitBreaker: string) => ({
      name,
      enabled: true,
      sandbox: true,
      baseUrl: 'http://127.0.0.1:19100',
      circuitBreaker,
      failureRate: circuitBreaker === 'open' ? 100 : 0,
      recentCalls: 10,
    })
    fakeApi((_method, path) => {
      if (path === '/api/plans') return [200, []]
      if (path === '/api/upstreams') return [200, [upstream('authentik', 'closed'), upstream('stalwart', 'open')]]
      return [200, { ...tenant(1, 'Acme'), provisioning: { authentik: ok, stalwart: ok } }]
    })
    const view = await mountView('/tenants/acme?tab=resources')

    expect(view.get('[data-testid=breaker-stalwart]').text()).toContain('circuit open')
    expect(view.get('[data-testid=breaker-stalwart]').text()).toContain('Mail (Stalwart) refuses calls right now')
    expect(view.get('[data-testid=breaker-authentik]').text()).not.toContain('refuses')
    expect(view.get('[data-testid=breaker-authentik]').text()).toContain('sandbox')
    view.unmount()
  })

  it('explains each lifecycle action and deletes only once the slug is typed', async () => {
    const fetch = fakeApi((method, path) => {
      if (path === '/api/plans') return [200, []]
      if (method === 'DELETE') return [200, { ...tenant(2, 'Acme'), status: 'deleted', allowedActions: ['restore'] }]
      return [200, tenant(1, 'Acme')]
    })
    const view = await mountView('/tenants/acme?tab=danger')
    expect(view.text()).toContain('purged with its file space, mail domains and groups after the grace period')

    await view.get('[data-testid=action-delete]').trigger('click')
    expect(view.get('[data-testid=confirm]').attributes('disabled')).toBeDefined()
    await view.get('[data-testid=confirm-typed]').setValue('acm')
    expect(view.get('[data-testid=confirm]').attributes('disabled')).toBeDefined()
    await view.get('[data-testid=confirm-typed]').setValue('acme')
    await view.get('form').trigger('submit')
    await flushPromises()

    expect(fetch.mock.calls.filter(([, init]) => init?.method === 'DELETE')).toHaveLength(1)
    expect(view.find('[data-testid=action-restore]').exists()).toBe(true)
    view.unmount()
  })
})
