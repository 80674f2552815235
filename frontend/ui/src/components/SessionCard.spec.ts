import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import SessionCard from './SessionCard.vue'

function respond(status: number, body: unknown, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

describe('SessionCard', () => {
  afterEach(() => vi.restoreAllMocks())

  it('shows the signed-in user from /bff/user and sends the CSRF header', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      respond(200, {
        name: 'Ada Lovelace',
        email: 'ada@dezky.com',
        groups: ['dezky-platform-admins'],
        platformAdmin: true,
        sessionExpiresAt: null,
        logoutUrl: '/bff/logout',
      }),
    )

    const card = mount(SessionCard, { props: { product: 'Dezky Operator' } })
    await flushPromises()

    expect(card.get('[data-testid=user-name]').text()).toBe('Ada Lovelace')
    expect(card.find('[data-testid=platform-admin]').exists()).toBe(true)
    const [path, init] = fetchMock.mock.calls[0]!
    expect(path).toBe('/bff/user')
    expect(new Headers(init?.headers).get('X-CSRF')).toBe('1')
  })

  it('sends the browser to sign in when the session is gone', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      respond(401, { type: 'x', title: 'Unauthorized', status: 401 }, 'application/problem+json'),
    )
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, pathname: '/tenants/acme', search: '?tab=users', hash: '', assign })

    mount(SessionCard, { props: { product: 'Dezky Operator' } })
    await flushPromises()

    expect(assign).toHaveBeenCalledWith('/tenants/acme?tab=users')
    vi.unstubAllGlobals()
  })

  it('shows the problem detail of any other error', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      respond(503, { type: 'x', title: 'Service Unavailable', status: 503, detail: 'platform-api is down' },
        'application/problem+json'),
    )

    const card = mount(SessionCard, { props: { product: 'Dezky Operator' } })
    await flushPromises()

    expect(card.get('[role=alert]').text()).toBe('platform-api is down')
  })
})
