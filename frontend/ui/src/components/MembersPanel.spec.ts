import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../testing'
import MembersPanel from './MembersPanel.vue'

const member = (id: string, email: string) => ({
  id,
  issuer: 'p',
  subject: id,
  email,
  name: email.split('@')[0],
  platformAdmin: false,
  active: true,
  tenantCount: 1,
  createdAt: '2026-11-01T00:00:00Z',
  lastLoginAt: null,
})

describe('MembersPanel', () => {
  afterEach(() => vi.restoreAllMocks())

  it('offers no invite or removal to someone who cannot manage members', async () => {
    fakeApi(() => [200, { items: [member('u1', 'kim@acme.example')], page: 0, size: 25, totalItems: 1 }])
    const panel = mount(MembersPanel, { props: { slug: 'acme', tenantName: 'Acme', canManage: false } })
    await flushPromises()
    expect(panel.get('[data-testid=member-table]').text()).toContain('kim@acme.example')
    expect(panel.find('[data-testid=invite-member]').exists()).toBe(false)
    expect(panel.findAll('button').map((b) => b.text())).not.toContain('Remove…')
  })

  it('lets a manager remove anyone but themselves, after a confirmation', async () => {
    const fetch = fakeApi((method) =>
      method === 'POST'
        ? [200, { ...member('u2', 'sam@acme.example'), active: false }]
        : [
            200,
            {
              items: [member('u1', 'alex@acme.example'), member('u2', 'sam@acme.example')],
              page: 0,
              size: 25,
              totalItems: 2,
            },
          ],
    )
    const panel = mount(MembersPanel, {
      props: { slug: 'acme', tenantName: 'Acme', canManage: true, selfEmail: 'alex@acme.example' },
      attachTo: document.body,
    })
    await flushPromises()
    const removeButtons = panel.findAll('button').filter((b) => b.text() === 'Remove…')
    expect(removeButtons).toHaveLength(1)

    await removeButtons[0]!.trigger('click')
    await panel.get('[data-testid=confirm]').trigger('click')
    await flushPromises()
    const removal = fetch.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(removal[0]).toBe('/api/tenants/acme/members/u2/deactivate')
    expect(panel.emitted('changed')).toHaveLength(1)
    panel.unmount()
  })
})
