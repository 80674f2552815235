import { auditEvent } from '@dezky/ui/testing'
import { describe, expect, it } from 'vitest'
import { linkOf, sentence } from './auditSentences'

const incident = (action: string, details: Record<string, unknown>) =>
  auditEvent(
    action,
    { type: 'incident', id: 'i1', slug: '#7' },
    {
      details,
      actor: { issuer: 'dezky', subject: 'alertmanager', email: 'alertmanager', ip: null },
    },
  )

describe('incident notifications', () => {
  it('says of opened, assigned and escalated incidents whom they went to', () => {
    expect(sentence(incident('incident.opened', { severity: 'critical' }))).toBe('Incident #7 opened (critical)')
    expect(sentence(incident('incident.assigned', { assignee: 'bob@dezky.com' }))).toBe(
      'Incident #7 assigned to bob@dezky.com',
    )
    expect(sentence(incident('incident.escalated', { to: 'every operator' }))).toBe(
      'Incident #7 escalated to every operator: not acknowledged in time',
    )
  })
})

describe('audit events as sentences', () => {
  it('names suspensions, deactivations and kill switches with their reason', () => {
    const tenant = { type: 'tenant', id: 't1', slug: 'kessler-architekten' }
    expect(sentence(auditEvent('tenant.suspended', tenant, { reason: 'unpaid invoice' }))).toBe(
      'bob@dezky.com suspended kessler-architekten — reason: unpaid invoice',
    )
    expect(sentence(auditEvent('platform.user_deactivated', { type: 'user', id: 'u1', slug: 'eve@dezky.com' }))).toBe(
      'bob@dezky.com deactivated operator eve@dezky.com',
    )
    const killed = auditEvent(
      'flag.updated',
      { type: 'flag', id: 'f1', slug: 'new_mail_ui' },
      {
        reason: 'errors in production',
        changes: [{ field: 'state', before: 'rollout', after: 'off' }],
      },
    )
    expect(sentence(killed)).toBe('bob@dezky.com turned new_mail_ui off everywhere — reason: errors in production')
  })

  it('links each notification to what it is about', () => {
    expect(linkOf(auditEvent('tenant.created', { type: 'tenant', id: 't1', slug: 'acme' }))).toBe('/tenants/acme')
    expect(linkOf(auditEvent('flag.updated', { type: 'flag', id: 'f1', slug: 'new_mail_ui' }))).toBe(
      '/flags/new_mail_ui',
    )
    expect(linkOf(auditEvent('flag.deleted', { type: 'flag', id: 'f1', slug: 'old' }))).toBe('/flags')
    expect(linkOf(auditEvent('incident.opened', { type: 'incident', id: 'i9', slug: '#9' }))).toBe('/incidents/i9')
    expect(
      linkOf(
        auditEvent('tenant.member_invited', { type: 'user', id: 'u1', slug: 'pat@example.com' }, { tenant: 'acme' }),
      ),
    ).toBe('/tenants/acme')
  })
})
