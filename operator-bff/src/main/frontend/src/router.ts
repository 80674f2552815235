import { createRouter, createWebHistory } from 'vue-router'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: () => import('./views/OverviewView.vue'), meta: { title: 'Overview' } },
    { path: '/tenants', component: () => import('./views/TenantsView.vue'), meta: { title: 'Tenants' } },
    {
      path: '/tenants/:slug',
      component: () => import('./views/TenantDetailView.vue'),
      props: true,
      meta: { title: 'Tenant' },
    },
    { path: '/partners', component: () => import('./views/PartnersView.vue'), meta: { title: 'Partners' } },
    {
      path: '/partners/:slug',
      component: () => import('./views/PartnerDetailView.vue'),
      props: true,
      meta: { title: 'Partner' },
    },
    { path: '/users', component: () => import('./views/UsersView.vue'), meta: { title: 'Users' } },
    { path: '/team', component: () => import('./views/TeamView.vue'), meta: { title: 'Operator team' } },
    {
      path: '/flags/:flagKey?',
      component: () => import('./views/FlagsView.vue'),
      props: true,
      meta: { title: 'Feature flags' },
    },
    { path: '/audit', component: () => import('./views/AuditView.vue'), meta: { title: 'Audit log' } },
    { path: '/incidents', component: () => import('./views/IncidentsView.vue'), meta: { title: 'Incidents' } },
    {
      path: '/incidents/:id',
      component: () => import('./views/IncidentView.vue'),
      props: true,
      meta: { title: 'Incident' },
    },
    { path: '/oncall', component: () => import('./views/OnCallView.vue'), meta: { title: 'On call' } },
    {
      path: '/infrastructure',
      component: () => import('./views/InfrastructureView.vue'),
      meta: { title: 'Infrastructure' },
    },
    { path: '/billing', component: () => import('./views/BillingView.vue'), meta: { title: 'Billing' } },
    { path: '/reports', component: () => import('./views/ReportsView.vue'), meta: { title: 'Reports' } },
    { path: '/support', component: () => import('./views/SupportView.vue'), meta: { title: 'Support' } },
    { path: '/settings', component: () => import('./views/SettingsView.vue'), meta: { title: 'Settings' } },
    {
      path: '/:rest(.*)*',
      component: () => import('@dezky/ui/components/NotFound.vue'),
      props: { homeLabel: 'Go to the overview' },
      meta: { title: 'Not found' },
    },
  ],
})

router.afterEach((to) => {
  document.title = `${String(to.meta.title ?? 'Dezky')} · Dezky Operator`
})
