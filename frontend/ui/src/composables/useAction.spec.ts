import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { api } from '../api/platform'
import { fakeApi } from '../testing'
import { useAction } from './useAction'

const invalid = {
  type: 'https://dezky.com/problems/invalid-request',
  title: 'Bad Request',
  status: 400,
  detail: 'The request has invalid fields.',
  errors: [
    { field: 'slug', message: 'must be a tenant slug' },
    { field: 'contactInfo.email', message: 'must be a well-formed email address' },
  ],
}

describe('useAction', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('is pending while it runs, then says what was done and resolves with the result', async () => {
    fakeApi(() => [200, { id: 'u1', email: 'kim@dezky.com' }])
    const deactivation = useAction((id: string) => api.users.deactivate(id), {
      success: (user) => `${user.email} can no longer sign in.`,
    })

    const running = deactivation.run('u1')
    expect(deactivation.pending).toBe(true)
    const result = await running

    expect(result?.email).toBe('kim@dezky.com')
    expect(deactivation.pending).toBe(false)
    expect(deactivation.notice).toBe('kim@dezky.com can no longer sign in.')
    expect(deactivation.error).toBeNull()
  })

  it('puts a bad request on its fields, by the first part of each path, and changes nothing else', async () => {
    fakeApi(() => [400, invalid])
    const creation = useAction(() => api.tenants.create({ slug: 'X', name: 'X', plan: 'starter', seatCap: 1 }), {
      success: 'Created.',
    })

    expect(await creation.run()).toBeUndefined()

    expect(creation.error).toBe('The request has invalid fields.')
    expect(creation.status).toBe(400)
    expect(creation.fieldErrors).toEqual({
      slug: 'must be a tenant slug',
      contactInfo: 'must be a well-formed email address',
    })
    expect(creation.notice).toBeNull()
  })

  it('says in its own words that someone changed the resource meanwhile', async () => {
    fakeApi(() => [412, { type: 'x', title: 'Precondition Failed', status: 412, detail: 'version 3, not 2' }])
    const saving = useAction(() => api.flags.remove('beta', 2), { conflict: 'Someone changed this flag meanwhile.' })

    await saving.run()

    expect(saving.error).toBe('Someone changed this flag meanwhile.')
    expect(saving.status).toBe(412)
  })

  it('sends the browser to sign in when the session is gone, and forgets the failure on reset', async () => {
    fakeApi(() => [401, { type: 'x', title: 'Unauthorized', status: 401 }])
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, pathname: '/team', search: '', hash: '', assign })
    const deactivation = useAction((id: string) => api.users.deactivate(id))

    await deactivation.run('u1')
    await flushPromises()

    expect(assign).toHaveBeenCalledWith('/team')
    expect(deactivation.error).toContain('session has ended')
    deactivation.reset()
    expect(deactivation.error).toBeNull()
    expect(deactivation.status).toBeNull()
  })
})
