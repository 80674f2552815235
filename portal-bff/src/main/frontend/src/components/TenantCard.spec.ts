import type { MyTenant } from '@dezky/ui/api/platform'
import { fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import TenantCard from './TenantCard.vue'

const base: MyTenant = {
  slug: 'acme',
  name: 'Acme',
  status: 'active',
  plan: 'business',
  seatCap: 10,
  seatsUsed: 4,
  admin: false,
  suspendedReason: null,
  purgeAfter: null,
}
const mountCard = (tenant: MyTenant) =>
  mount(TenantCard, { props: { tenant }, global: { stubs: { RouterLink: RouterLinkStub } } })

describe('TenantCard', () => {
  afterEach(() => vi.restoreAllMocks())

  it('shows seats used of the cap and each service as ready', async () => {
    fakeApi(() => [200, { partner: null, provisioning: { stalwart: { state: 'ok' }, ocis: { state: 'error' } } }])
    const card = mountCard(base)
    await flushPromises()
    expect(card.text()).toContain('4 of 10 seats used')
    expect(card.text()).toContain('Mail: ready')
    expect(card.text()).toContain('Files: error')
  })

  it('says why a suspended tenant is suspended and whom to contact: the reseller if there is one', async () => {
    fakeApi(() => [200, { partner: { slug: 'nordic', name: 'Nordic IT', status: 'active' }, provisioning: {} }])
    const card = mountCard({ ...base, status: 'suspended', suspendedReason: 'Unpaid invoice' })
    await flushPromises()
    expect(card.get('[role=note]').text()).toBe('Suspended: Unpaid invoice. Please contact your reseller, Nordic IT.')
  })

  it('shows when a deleted tenant will be purged', async () => {
    fakeApi(() => [200, { partner: null, provisioning: {} }])
    const card = mountCard({ ...base, status: 'deleted', purgeAfter: '2026-12-21T10:00:00Z' })
    await flushPromises()
    expect(card.get('[role=note]').text()).toContain('Scheduled for deletion on')
    expect(card.get('[role=note]').text()).toContain('support@dezky.com')
  })
})
