import type { AuditEvent } from '@dezky/ui/api/platform'
import { fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { describe as suite, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { describe, linkOf, NOTIFYING_ACTIONS, useNotifications, type Notifications } from './useNotifications'

const event = (action: string, details: Record<string, unknown>): AuditEvent =>
  ({
    action,
    details,
    target: { type: 'incident', id: 'i1', slug: '#7' },
    actor: { email: 'alertmanager' },
  }) as unknown as AuditEvent

suite('incident notifications', () => {
  it('tells operators of opened, assigned and escalated incidents, with whom they went to', () => {
    expect(['incident.opened', 'incident.assigned', 'incident.escalated'].every((a) => NOTIFYING_ACTIONS.has(a))).toBe(
      true,
    )
    expect(NOTIFYING_ACTIONS.has('incident.note-added')).toBe(false)
    expect(describe(event('incident.opened', { severity: 'critical' }))).toBe('Incident #7 opened (critical)')
    expect(describe(event('incident.assigned', { assignee: 'bob@dezky.com' }))).toBe(
      'Incident #7 assigned to bob@dezky.com',
    )
    expect(describe(event('incident.escalated', { to: 'every operator' }))).toBe(
      'Incident #7 escalated to every operator: not acknowledged in time',
    )
  })
})

const change = (action: string, target: AuditEvent['target'], extra: Partial<AuditEvent> = {}): AuditEvent => ({
  id: `${action}-1`,
  seq: 1,
  at: '2026-12-03T10:00:00Z',
  actor: { issuer: 'dev', subject: 'bob', email: 'bob@dezky.com', ip: null },
  action,
  target,
  tenant: null,
  reason: null,
  changes: null,
  details: null,
  ...extra,
})

suite('what operators are told about', () => {
  it('names suspensions, deactivations and kill switches with their reason', () => {
    const tenant = { type: 'tenant', id: 't1', slug: 'kessler-architekten' }
    expect(describe(change('tenant.suspended', tenant, { reason: 'unpaid invoice' }))).toBe(
      'bob@dezky.com suspended kessler-architekten — reason: unpaid invoice',
    )
    expect(describe(change('platform.user_deactivated', { type: 'user', id: 'u1', slug: 'eve@dezky.com' }))).toBe(
      'bob@dezky.com deactivated operator eve@dezky.com',
    )
    const killed = change(
      'flag.updated',
      { type: 'flag', id: 'f1', slug: 'new_mail_ui' },
      {
        reason: 'errors in production',
        changes: [{ field: 'state', before: 'rollout', after: 'off' }],
      },
    )
    expect(describe(killed)).toBe('bob@dezky.com turned new_mail_ui off everywhere — reason: errors in production')
    expect(
      ['tenant.suspended', 'tenant.deleted', 'platform.user_deactivated'].every((a) => NOTIFYING_ACTIONS.has(a)),
    ).toBe(true)
  })

  it('links each notification to what it is about', () => {
    expect(linkOf(change('tenant.created', { type: 'tenant', id: 't1', slug: 'acme' }))).toBe('/tenants/acme')
    expect(linkOf(change('flag.updated', { type: 'flag', id: 'f1', slug: 'new_mail_ui' }))).toBe('/flags/new_mail_ui')
    expect(linkOf(change('flag.deleted', { type: 'flag', id: 'f1', slug: 'old' }))).toBe('/flags')
    expect(linkOf(change('incident.opened', { type: 'incident', id: 'i9', slug: '#9' }))).toBe('/incidents/i9')
    expect(
      linkOf(change('tenant.member_invited', { type: 'user', id: 'u1', slug: 'pat@example.com' }, { tenant: 'acme' })),
    ).toBe('/tenants/acme')
  })

  it("leaves out the viewer's own actions", async () => {
    fakeApi((_method, path) =>
      path === '/bff/user'
        ? [200, { name: 'Ada', email: 'ada@dezky.com', groups: [], platformAdmin: true, sessionExpiresAt: null }]
        : [
            200,
            {
              items: [
                change('tenant.created', { type: 'tenant', id: 't1', slug: 'by-bob' }),
                change(
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
