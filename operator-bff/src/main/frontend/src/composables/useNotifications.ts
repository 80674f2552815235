// Notifications as platform-api keeps them (GET /me/notifications): what others did that an operator
// should know — provisioning failures, new, suspended and deleted tenants, invites and
// deactivations, flag changes (kill switches named as such), incidents — the last week's, newest
// first, and how far this operator has read them, stored on the server (the same in every browser).
// Refreshed every minute; each links to what it is about.
import { api, type AuditEvent } from '@dezky/ui/api/platform'
import { useAction } from '@dezky/ui/composables/useAction'
import { useAsync } from '@dezky/ui/composables/useAsync'
import { computed, onBeforeUnmount, type ComputedRef } from 'vue'

export interface Notifications {
  items: ComputedRef<AuditEvent[]>
  unread: ComputedRef<number>
  /** Everything at or before this instant is read. */
  readUpTo: ComputedRef<string>
  error: ComputedRef<string | null>
  /** Whether it came after the read mark (instants compared as instants, not as text). */
  isUnread: (event: AuditEvent) => boolean
  /** Marks everything shown as read (up to the newest). */
  markRead: () => Promise<void>
}

export function useNotifications(): Notifications {
  const feed = useAsync(api.notifications.get)
  const marking = useAction(async (upTo: string) => {
    feed.data = await api.notifications.markRead(upTo)
  })

  const timer = setInterval(() => void feed.reload(), 60_000)
  onBeforeUnmount(() => clearInterval(timer))

  return {
    items: computed(() => feed.data?.items ?? []),
    unread: computed(() => feed.data?.unread ?? 0),
    readUpTo: computed(() => feed.data?.readUpTo ?? ''),
    error: computed(() => feed.error ?? marking.error),
    isUnread: (event) => !feed.data || Date.parse(event.at) > Date.parse(feed.data.readUpTo),
    async markRead() {
      const newest = feed.data?.items[0]?.at
      if (newest) await marking.run(newest)
    },
  }
}
