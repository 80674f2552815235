// Audit events as people read them: one sentence per action ("ada@dezky.com suspended
// kessler-architekten — reason: …"), and where the thing it is about is shown. The audit table,
// the recent activity and the notifications all say it this way; ids stay behind a details toggle.
import type { AuditEvent } from '@dezky/ui/api/platform'
import { to } from '../places'

/** A flag change that turned the flag off for everyone: what the panel's kill switch does. */
function killSwitch(event: AuditEvent): boolean {
  return (
    event.action === 'flag.updated' &&
    (event.changes ?? []).some(
      (change) => change.field === 'state' && change.after === 'off' && change.before !== 'off',
    )
  )
}

export function actorOf(event: AuditEvent): string {
  return event.actor.email ?? event.actor.subject
}

/** Where the event's subject is shown, if anywhere. */
export function linkOf(event: AuditEvent): string | null {
  const target = event.target
  if (!target) return event.tenant ? to('tenant', { slug: event.tenant }) : null
  switch (target.type) {
    case 'tenant':
      return target.slug && event.action !== 'tenant.purged' ? to('tenant', { slug: target.slug }) : null
    case 'partner':
      return target.slug ? to('partner', { slug: target.slug }) : to('partners')
    case 'flag':
      return target.slug && event.action !== 'flag.deleted' ? to('flags', { flagKey: target.slug }) : to('flags')
    case 'incident':
      return target.id ? to('incident', { id: target.id }) : to('incidents')
    case 'user':
      return event.tenant ? to('tenant', { slug: event.tenant }) : to('team')
    default:
      return event.action.startsWith('oncall.')
        ? to('oncall')
        : event.tenant
          ? to('tenant', { slug: event.tenant })
          : null
  }
}

export function sentence(event: AuditEvent): string {
  const who = actorOf(event)
  const what = event.target?.slug ?? event.target?.id ?? event.tenant ?? ''
  const why = event.reason ? ` — reason: ${event.reason}` : ''
  const detail = (key: string, otherwise: string) => String(event.details?.[key] ?? otherwise)
  const tenant = event.tenant ?? 'a tenant'
  if (killSwitch(event)) {
    return `${who} turned ${what} off everywhere${why}`
  }
  switch (event.action) {
    case 'tenant.created':
      return `${who} created tenant ${what}`
    case 'tenant.updated':
      return `${who} changed ${what}${why}`
    case 'tenant.suspended':
      return `${who} suspended ${what}${why}`
    case 'tenant.resumed':
      return `${who} resumed ${what}${why}`
    case 'tenant.deleted':
      return `${who} deleted ${what}${why}`
    case 'tenant.restored':
      return `${who} restored ${what}${why}`
    case 'tenant.purged':
      return `${what} was purged for good`
    case 'tenant.activated':
      return `${what} became active`
    case 'tenant.provisioned':
      return `${what} was provisioned in ${detail('integration', 'the upstreams')}`
    case 'tenant.provisioning_failed':
      return `Provisioning of ${what} failed in ${detail('integration', 'an upstream')}`
    case 'tenant.reconcile_requested':
      return `${who} asked to reconcile ${what}`
    case 'tenant.upstream_purged':
      return `${what}'s resources in ${detail('integration', 'an upstream')} were removed`
    case 'tenant.member_invited':
      return `${who} invited ${what} to ${tenant}`
    case 'tenant.member_deactivated':
      return `${who} deactivated ${what} in ${tenant}`
    case 'platform.user_invited':
      return `${who} invited operator ${what}`
    case 'platform.user_deactivated':
      return `${who} deactivated operator ${what}`
    case 'partner.created':
      return `${who} created partner ${what}`
    case 'partner.updated':
      return `${who} changed partner ${what}${why}`
    case 'partner.terminated':
      return `${who} terminated partner ${what}${why}`
    case 'flag.created':
      return `${who} created flag ${what}`
    case 'flag.updated':
      return `${who} changed flag ${what}${why}`
    case 'flag.deleted':
      return `${who} deleted flag ${what}${why}`
    case 'incident.opened':
      return `Incident ${what} opened (${detail('severity', 'unknown severity')})`
    case 'incident.acknowledged':
      return `${who} acknowledged incident ${what}`
    case 'incident.assigned':
      return `Incident ${what} assigned to ${detail('assignee', 'someone')}`
    case 'incident.escalated':
      return `Incident ${what} escalated to ${detail('to', 'the next person')}: not acknowledged in time`
    case 'incident.resolved':
      return `${who} resolved incident ${what}`
    case 'incident.reopened':
      return `${who} reopened incident ${what}`
    case 'incident.note-added':
      return `${who} added a note to incident ${what}`
    case 'incident.customer-update':
      return `${who} posted an update for customers on incident ${what}`
    case 'incident.alert-fired':
      return `Alert ${detail('alertname', '')} fired on incident ${what}`.replace('  ', ' ')
    case 'incident.alert-resolved':
      return `Alert ${detail('alertname', '')} resolved on incident ${what}`.replace('  ', ' ')
    case 'oncall.schedule-changed':
      return `${who} changed the on-call schedule`
    default:
      return `${who}: ${event.action} ${what}`.trim()
  }
}
