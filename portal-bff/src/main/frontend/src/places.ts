// The customer portal's places, declared once: the router, the sidebar and every link by name
// come from here (the sidebar adds the member's own tenants).
import { definePlaces } from '@dezky/ui/places'

export const { routes, sections, to } = definePlaces([
  { name: 'home', path: '/', title: 'Home', view: () => import('./views/HomeView.vue'), nav: { icon: '⌂' } },
  {
    name: 'tenant',
    path: '/tenants/:slug',
    title: 'Tenant',
    view: () => import('./views/TenantView.vue'),
    props: true,
  },
  {
    name: 'incident',
    path: '/tenants/:slug/incidents/:id',
    title: 'Incident',
    view: () => import('./views/IncidentView.vue'),
    props: true,
  },
  {
    name: 'profile',
    path: '/profile',
    title: 'Profile',
    view: () => import('./views/ProfileView.vue'),
    nav: { icon: '☺' },
  },
  {
    name: 'not-found',
    path: '/:rest(.*)*',
    title: 'Not found',
    view: () => import('@dezky/ui/components/NotFound.vue'),
    props: { homeLabel: 'Go home' },
  },
])
