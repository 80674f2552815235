import { auditEvent, fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useNotifications, type Notifications } from './useNotifications'

describe('useNotifications', () => {
  it("leaves out the viewer's own actions", async () => {
    fakeApi((_method, path) =>
      path === '/bff/user'
        ? [200, { name: 'Ada', email: 'ada@dezky.com', groups: [], platformAdmin: true, sessionExpiresAt: null }]
        : [
            200,
            {
              items: [
                auditEvent('tenant.created', { type: 'tenant', id: 't1', slug: 'by-bob' }),
                auditEvent(
                  'tenant.created',
                  { type: 'tenant', id: 't2', slug: 'by-ada' },
                  { actor: { issuer: 'dev', subject: 'ada', email: 'ada@dezky.com', ip: null } },
                ),
              ],
              page: 0,
              size: 100,
              totalItems: 2,
            },
          ],
    )
    let notifications: Notifications | undefined
    const host = mount(
      defineComponent({
        setup() {
          notifications = useNotifications()
          return () => h('p')
        },
      }),
    )
    await flushPromises()

    expect(notifications?.items.value.map((event) => event.target?.slug)).toEqual(['by-bob'])
    host.unmount()
  })
})
