import { createRouter, createWebHistory } from 'vue-router'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: () => import('./views/HomeView.vue'), meta: { title: 'Home' } },
    {
      path: '/tenants/:slug',
      component: () => import('./views/TenantView.vue'),
      props: true,
      meta: { title: 'Tenant' },
    },
    {
      path: '/tenants/:slug/incidents/:id',
      component: () => import('./views/IncidentView.vue'),
      props: true,
      meta: { title: 'Incident' },
    },
    { path: '/profile', component: () => import('./views/ProfileView.vue'), meta: { title: 'Profile' } },
    {
      path: '/:rest(.*)*',
      component: () => import('@dezky/ui/components/NotFound.vue'),
      props: { homeLabel: 'Go home' },
      meta: { title: 'Not found' },
    },
  ],
})

router.afterEach((to) => {
  document.title = `${String(to.meta.title ?? 'Dezky')} · Dezky`
})
