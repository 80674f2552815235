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

function signedInAsAda() {
  fakeApi(() => [
    200,
    { name: 'Ada', email: 'ada@dezky.com', groups: [], platformAdmin: true, sessionExpiresAt: null, logoutUrl: '' },
  ])
}

describe('AppShell', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    localStorage.clear()
  })

  it('collapses the sidebar with Ctrl+[ and remembers it', async () => {
    signedInAsAda()
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

  it('says Expand on the collapsed sidebar and Collapse on the full one', async () => {
    signedInAsAda()
    const shell = mount(AppShell, { props: { product: 'Dezky Operator', sections }, global: { plugins: [router] } })
    const toggle = shell.get('[data-testid=sidebar-toggle]')
    expect(toggle.text()).toContain('Collapse')

    await toggle.trigger('click')

    expect(toggle.text()).toContain('Expand')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    shell.unmount()
  })

  it('opens the navigation drawer from the Menu button and closes it on a choice, Escape or the backdrop', async () => {
    signedInAsAda()
    const shell = mount(AppShell, {
      props: { product: 'Dezky Operator', sections },
      global: { plugins: [router] },
      attachTo: document.body,
    })
    const menu = shell.get('[data-testid=menu-button]')
    expect(menu.attributes('aria-controls')).toBe(shell.get('nav').attributes('id'))

    await menu.trigger('click')
    expect(menu.attributes('aria-expanded')).toBe('true')
    await router.push('/tenants')
    await flushPromises()
    expect(menu.attributes('aria-expanded')).toBe('false')

    await menu.trigger('click')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await flushPromises()
    expect(menu.attributes('aria-expanded')).toBe('false')

    await menu.trigger('click')
    await shell.get('[data-testid=drawer-backdrop]').trigger('click')
    expect(menu.attributes('aria-expanded')).toBe('false')
    shell.unmount()
  })

  it('shows the environment and the signed-in user, and switches the theme', async () => {
    signedInAsAda()
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
