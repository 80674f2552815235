import { auditEvent, fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useNotifications, type Notifications } from './useNotifications'

const older = auditEvent('tenant.created', { type: 'tenant', id: 't1', slug: 'older' }, { at: '2026-12-03T09:00:00Z' })
const newer = auditEvent(
  'tenant.suspended',
  { type: 'tenant', id: 't2', slug: 'newer' },
  { at: '2026-12-03T10:00:00.5Z' },
)

function mountNotifications() {
  let notifications: Notifications | undefined
  const host = mount(
    defineComponent({
      setup() {
        notifications = useNotifications()
        return () => h('p')
      },
    }),
  )
  return { host, notifications: () => notifications! }
}

describe('useNotifications', () => {
  afterEach(() => vi.restoreAllMocks())

  it("shows the server's notifications and read mark, and marks read up to the newest on the server", async () => {
    const fetch = fakeApi((method) =>
      method === 'PUT'
        ? [200, { items: [newer, older], readUpTo: newer.at, unread: 0 }]
        : [200, { items: [newer, older], readUpTo: '2026-12-03T10:00:00Z', unread: 1 }],
    )
    const { host, notifications } = mountNotifications()
    await flushPromises()

    expect(notifications().items.value.map((event) => event.target?.slug)).toEqual(['newer', 'older'])
    expect(notifications().unread.value).toBe(1)
    expect(notifications().isUnread(newer)).toBe(true)
    expect(notifications().isUnread(older)).toBe(false)

    await notifications().markRead()
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT')!
    expect(put[0]).toBe('/api/me/notifications/read')
    expect(JSON.parse(String(put[1]?.body))).toEqual({ upTo: newer.at })
    expect(notifications().unread.value).toBe(0)
    expect(notifications().isUnread(newer)).toBe(false)
    host.unmount()
  })
})
