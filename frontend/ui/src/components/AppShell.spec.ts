import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { fakeApi } from '../testing'
import AppShell from './AppShell.vue'

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
})
const sections = [
  { items: [{ to: '/', label: 'Overview', icon: 'o' }] },
  { title: 'Customers', items: [{ to: '/tenants', label: 'Tenants', icon: 't' }] },
]

describe('AppShell', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    localStorage.clear()
  })

  it('collapses the sidebar with Ctrl+[ and remembers it', async () => {
    fakeApi(() => [
      200,
      { name: 'Ada', email: 'ada@dezky.com', groups: [], platformAdmin: true, sessionExpiresAt: null, logoutUrl: '' },
    ])
    const shell = mount(AppShell, {
      props: { product: 'Dezky Operator', sections },
      global: { plugins: [router] },
      attachTo: document.body,
    })
    await flushPromises()
    expect(shell.text()).toContain('Customers')

    window.dispatchEvent(new KeyboardEvent('keydown', { key: '[', ctrlKey: true }))
    await flushPromises()

    expect(shell.get('.shell').classes()).toContain('collapsed')
    expect(shell.text()).not.toContain('Customers')
    expect(shell.find('a[aria-label=Tenants]').exists()).toBe(true)
    expect(localStorage.getItem('dezky.sidebar.collapsed')).toBe('true')
    shell.unmount()
  })

  it('shows the environment and the signed-in user, and switches the theme', async () => {
    fakeApi(() => [
      200,
      { name: 'Ada', email: 'ada@dezky.com', groups: [], platformAdmin: true, sessionExpiresAt: null, logoutUrl: '' },
    ])
    const shell = mount(AppShell, { props: { product: 'Dezky Operator', sections }, global: { plugins: [router] } })
    await flushPromises()
    expect(shell.get('[data-testid=env-badge]').text()).toMatch(/dev|prod|staging/)

    await shell.get('[data-testid=user-menu]').trigger('click')
    await shell.get('[role=menuitem]').trigger('click')
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(localStorage.getItem('dezky.theme')).toBe('light')
    shell.unmount()
  })
})
