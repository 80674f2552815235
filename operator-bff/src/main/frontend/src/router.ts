import { createRouter, createWebHistory } from 'vue-router'
import { routes } from './places'

export const router = createRouter({ history: createWebHistory(), routes })

router.afterEach((to) => {
  document.title = `${String(to.meta.title ?? 'Dezky')} · Dezky Operator`
})
