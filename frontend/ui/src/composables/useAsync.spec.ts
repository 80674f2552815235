import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { api } from '../api/platform'
import { fakeApi } from '../testing'
import { useAsync } from './useAsync'

describe('useAsync with the typed client', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('loads through the BFF with the CSRF header and exposes the data', async () => {
    const fetch = fakeApi(() => [
      200,
      [{ key: 'starter', name: 'Starter', pricePerSeat: { amountMinor: 400, currency: 'EUR' } }],
    ])
    const plans = useAsync(api.plans)
    expect(plans.loading).toBe(true)
    await flushPromises()

    expect(plans.data?.[0]?.name).toBe('Starter')
    expect(plans.loading).toBe(false)
    const [path, init] = fetch.mock.calls[0]!
    expect(path).toBe('/api/plans')
    expect(new Headers(init?.headers).get('X-CSRF')).toBe('1')
  })

  it('sends the browser to sign in, back to the same page, when the session is gone', async () => {
    fakeApi(() => [401, { type: 'x', title: 'Unauthorized', status: 401 }])
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, pathname: '/tenants/acme', search: '?tab=users', hash: '', assign })

    useAsync(api.me)
    await flushPromises()

    expect(assign).toHaveBeenCalledWith('/tenants/acme?tab=users')
  })

  it('shows the problem detail and keeps the status of any other error', async () => {
    fakeApi(() => [403, { type: 'x', title: 'Forbidden', status: 403, detail: 'You do not belong to this tenant.' }])
    const tenant = useAsync(() => api.tenants.get('acme'))
    await flushPromises()

    expect(tenant.error).toBe('You do not belong to this tenant.')
    expect(tenant.errorStatus).toBe(403)
    expect(tenant.data).toBeNull()
  })
})
