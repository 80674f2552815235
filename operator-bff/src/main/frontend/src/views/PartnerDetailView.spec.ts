import type { Partner } from '@dezky/ui/api/platform'
import { fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import PartnerDetailView from './PartnerDetailView.vue'

const partner = (version: number, extra: Partial<Partner> = {}): Partner => ({
  id: 'p1',
  slug: 'nordlicht',
  name: 'Nordlicht IT',
  domain: 'nordlicht.example',
  status: 'active',
  marginPct: 20,
  partnershipStartedAt: '2026-01-15',
  contactInfo: { primaryName: 'Ines', primaryEmail: 'ines@nordlicht.example', billingEmail: null },
  billingInfo: null,
  customers: 1,
  mrr: { amountMinor: 9000, currency: 'EUR' },
  payout: { amountMinor: 1800, currency: 'EUR' },
  terminatedAt: null,
  createdAt: '2026-01-15T00:00:00Z',
  updatedAt: '2026-01-15T00:00:00Z',
  version,
  ...extra,
})
const noCustomers = { items: [], page: 0, size: 25, totalItems: 0 }

async function mountView() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
  })
  await router.push('/partners/nordlicht')
  const view = mount(PartnerDetailView, { props: { slug: 'nordlicht' }, global: { plugins: [router] } })
  await flushPromises()
  return view
}

describe('PartnerDetailView', () => {
  afterEach(() => vi.restoreAllMocks())

  it('edits contract and contact at the version it loaded and says "1 customer"', async () => {
    const fetch = fakeApi((method, path, body) => {
      if (path.startsWith('/api/partners/nordlicht/tenants')) return [200, noCustomers]
      if (method === 'PATCH') return [200, partner(4, { marginPct: (body as { marginPct: number }).marginPct })]
      return [200, partner(3)]
    })
    const view = await mountView()
    expect(view.get('[data-testid=partner-figures]').text()).toContain('1 customer ·')

    await view.get('[data-testid=edit-partner]').trigger('click')
    await view.get('[data-testid=partner-edit-margin]').setValue('22.5')
    await view.get('[data-testid=partner-edit-email]').setValue('finance@nordlicht.example')
    await view.get('form').trigger('submit')
    await flushPromises()

    const patch = fetch.mock.calls.find(([, init]) => init?.method === 'PATCH')!
    expect(new Headers(patch[1]?.headers).get('If-Match')).toBe('"3"')
    expect(new Headers(patch[1]?.headers).get('Content-Type')).toBe('application/merge-patch+json')
    const sent = JSON.parse(String(patch[1]?.body))
    expect(sent.marginPct).toBe(22.5)
    expect(sent.contactInfo.primaryEmail).toBe('finance@nordlicht.example')
    expect(view.find('[data-testid=partner-edit]').exists()).toBe(false)
    expect(view.get('[role=status]').text()).toBe('Saved.')
    expect(view.text()).toContain('Margin 22.5 %')
    view.unmount()
  })

  it('says so when someone changed the partner meanwhile, and keeps the form', async () => {
    fakeApi((method, path) => {
      if (path.startsWith('/api/partners/nordlicht/tenants')) return [200, noCustomers]
      if (method === 'PATCH') return [412, { type: 'x', title: 'Precondition Failed', status: 412 }]
      return [200, partner(3)]
    })
    const view = await mountView()
    await view.get('[data-testid=edit-partner]').trigger('click')
    await view.get('[data-testid=partner-edit-name]').setValue('Nordlicht IT GmbH')
    await view.get('form').trigger('submit')
    await flushPromises()

    expect(view.get('[role=alert]').text()).toContain('Someone changed this partner since you opened it')
    expect(view.find('[data-testid=partner-edit]').exists()).toBe(true)
    view.unmount()
  })

  it('offers a terminated partner no edit, no attaching and says why it earns nothing', async () => {
    fakeApi((_, path) =>
      path.startsWith('/api/partners/nordlicht/tenants')
        ? [200, noCustomers]
        : [200, partner(5, { status: 'terminated', terminatedAt: '2026-11-30T10:00:00Z' })],
    )
    const view = await mountView()

    expect(view.find('[data-testid=edit-partner]').exists()).toBe(false)
    expect(view.find('[data-testid=attach-tenant]').exists()).toBe(false)
    expect(view.text()).toContain('it earns no payout and takes no new customers')
    view.unmount()
  })
})
