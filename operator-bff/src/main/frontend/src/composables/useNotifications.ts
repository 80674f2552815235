// Notifications from the real audit trail: provisioning failures, new tenants, invites, flag
// changes and incidents (opened, assigned, escalated) since the operator last marked them read (kept in local storage), refreshed every minute.
import { api, type AuditEvent } from '@dezky/ui/api/platform'
import { messageOf } from '@dezky/ui/composables/useAsync'
import { computed, onBeforeUnmount, ref, type ComputedRef, type Ref } from 'vue'

export const NOTIFYING_ACTIONS = new Set([
  'tenant.provisioning_failed',
  'tenant.created',
  'platform.user_invited',
  'tenant.member_invited',
  'flag.created',
  'flag.updated',
  'flag.deleted',
  'incident.opened',
  'incident.assigned',
  'incident.escalated',
])

const READ_KEY = 'dezky.notifications.readAt'
const WINDOW_MS = 7 * 24 * 3600 * 1000

export interface Notifications {
  items: Ref<AuditEvent[]>
  unread: ComputedRef<number>
  readAt: Ref<string>
  error: Ref<string | null>
  markRead: () => void
  refresh: () => Promise<void>
}

export function describe(event: AuditEvent): string {
  const who = event.actor?.email ?? 'someone'
  const target = event.target?.slug ?? event.tenant ?? ''
  switch (event.action) {
    case 'tenant.provisioning_failed':
      return `Provisioning of ${target} failed in ${String(event.details?.integration ?? 'an upstream')}`
    case 'tenant.created':
      return `${who} created tenant ${target}`
    case 'platform.user_invited':
      return `${who} invited operator ${target}`
    case 'tenant.member_invited':
      return `${who} invited ${target} to ${event.tenant ?? 'a tenant'}`
    case 'incident.opened':
      return `Incident ${target} opened (${String(event.details?.severity ?? 'unknown severity')})`
    case 'incident.assigned':
      return `Incident ${target} assigned to ${String(event.details?.assignee ?? 'someone')}`
    case 'incident.escalated':
      return `Incident ${target} escalated to ${String(event.details?.to ?? 'the next person')}: not acknowledged in time`
    default:
      return `${who}: ${event.action.replace('.', ' ')} ${target}`
  }
}

export function useNotifications(): Notifications {
  const items = ref<AuditEvent[]>([])
  const error = ref<string | null>(null)
  const readAt = ref(localStorage.getItem(READ_KEY) ?? new Date(Date.now() - WINDOW_MS).toISOString())

  async function refresh() {
    try {
      const since = new Date(Math.max(Date.now() - WINDOW_MS, 0)).toISOString()
      const page = await api.audit.list({ from: since, size: 100 })
      items.value = page.items.filter((event) => NOTIFYING_ACTIONS.has(event.action))
      error.value = null
    } catch (e) {
      error.value = messageOf(e)
    }
  }

  const unread = computed(() => items.value.filter((event) => event.at > readAt.value).length)

  function markRead() {
    readAt.value = new Date().toISOString()
    localStorage.setItem(READ_KEY, readAt.value)
  }

  void refresh()
  const timer = setInterval(() => void refresh(), 60_000)
  onBeforeUnmount(() => clearInterval(timer))
  return { items, unread, readAt, error, markRead, refresh }
}
