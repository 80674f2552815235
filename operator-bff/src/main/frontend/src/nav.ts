// The operator portal's places: the sidebar and the command palette both list them from here.
import type { NavSection } from '@dezky/ui/components/AppShell.vue'

export const sections: NavSection[] = [
  { items: [{ to: '/', label: 'Overview', icon: '◎' }] },
  {
    title: 'Customers',
    items: [
      { to: '/tenants', label: 'Tenants', icon: '▦' },
      { to: '/partners', label: 'Partners', icon: '⚭' },
      { to: '/users', label: 'Users', icon: '☺' },
      { to: '/team', label: 'Operator team', icon: '★' },
    ],
  },
  {
    title: 'Platform',
    items: [
      { to: '/flags', label: 'Feature flags', icon: '⚑' },
      { to: '/audit', label: 'Audit log', icon: '☰' },
      { to: '/infrastructure', label: 'Infrastructure', icon: '⛁' },
      { to: '/incidents', label: 'Incidents', icon: '⚠' },
      { to: '/oncall', label: 'On call', icon: '☎' },
    ],
  },
  {
    title: 'Business',
    items: [
      { to: '/billing', label: 'Billing', icon: '€' },
      { to: '/reports', label: 'Reports', icon: '▤' },
      { to: '/support', label: 'Support', icon: '?' },
      { to: '/settings', label: 'Settings', icon: '⚙' },
    ],
  },
]
