import { fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from './App.vue'

describe('App', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('shows someone who is not a platform admin one plain page, calls nothing else and signs them out', async () => {
    const calls: string[] = []
    fakeApi((method, path) => {
      calls.push(`${method} ${path}`)
      if (path === '/bff/logout') return [200, { redirectTo: 'http://idp.example/logout' }]
      return [
        200,
        {
          name: 'Sam',
          email: 'sam@example.com',
          groups: [],
          platformAdmin: false,
          sessionExpiresAt: null,
          logoutUrl: '',
        },
      ]
    })
    const assign = vi.fn()
    vi.stubGlobal('location', { ...globalThis.location, assign })
    const app = mount(App, { global: { stubs: { OperatorConsole: true } } })
    await flushPromises()

    expect(app.get('h1').text()).toBe('This portal is for Dezky platform admins')
    expect(app.text()).toContain('sam@example.com')
    expect(app.find('nav').exists()).toBe(false)
    expect(calls).toEqual(['GET /bff/user'])

    await app.get('[data-testid=not-admin-sign-out]').trigger('click')
    await flushPromises()
    expect(calls).toContain('POST /bff/logout')
    expect(assign).toHaveBeenCalledWith('http://idp.example/logout')
    vi.unstubAllGlobals()
    app.unmount()
  })
})
