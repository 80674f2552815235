// Notifications from the real audit trail: provisioning failures, new, suspended and deleted
// tenants, invites and deactivations, flag changes (kill switches named as such) and incidents
// (opened, assigned, escalated), others' actions only, since the operator last marked them read
// (kept in local storage), refreshed every minute. Each links to what it is about.
import { api, type AuditEvent } from '@dezky/ui/api/platform'
import { messageOf } from '@dezky/ui/composables/useAsync'
import { useSession } from '@dezky/ui/composables/useSession'
import { computed, onBeforeUnmount, ref, type ComputedRef, type Ref } from 'vue'

export const NOTIFYING_ACTIONS = new Set([
  'tenant.provisioning_failed',
  'tenant.created',
  'tenant.suspended',
  'tenant.deleted',
  'platform.user_invited',
  'platform.user_deactivated',
  'tenant.member_invited',
  'tenant.member_deactivated',
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
  items: ComputedRef<AuditEvent[]>
  unread: ComputedRef<number>
  readAt: Ref<string>
  error: Ref<string | null>
  markRead: () => void
  refresh: () => Promise<void>
}

export function useNotifications(): Notifications {
  const recent = ref<AuditEvent[]>([])
  const error = ref<string | null>(null)
  const readAt = ref(localStorage.getItem(READ_KEY) ?? new Date(Date.now() - WINDOW_MS).toISOString())
  const session = useSession()

  async function refresh() {
    try {
      const since = new Date(Math.max(Date.now() - WINDOW_MS, 0)).toISOString()
      const page = await api.audit.list({ from: since, size: 100 })
      recent.value = page.items.filter((event) => NOTIFYING_ACTIONS.has(event.action))
      error.value = null
    } catch (e) {
      error.value = messageOf(e)
    }
  }

  // What the viewer did themselves is news to no one.
  const items = computed(() => {
    const me = session.data?.email
    return me ? recent.value.filter((event) => event.actor.email !== me) : recent.value
  })
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
