import type { AuditEvent } from '@dezky/ui/api/platform'
import { describe as suite, expect, it } from 'vitest'
import { describe, NOTIFYING_ACTIONS } from './useNotifications'

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
