import { fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import CreateTenantDialog from './CreateTenantDialog.vue'

const plans = [{ key: 'business', name: 'Business', pricePerSeat: { amountMinor: 900, currency: 'EUR' } }]

describe('CreateTenantDialog', () => {
  afterEach(() => vi.restoreAllMocks())

  it('derives the slug from the name and checks the fields before calling the API', async () => {
    const fetch = fakeApi(() => [201, {}])
    const dialog = mount(CreateTenantDialog, { props: { plans } })
    await dialog.get('[data-testid=tenant-name]').setValue('Müller & Söhne GmbH')
    expect((dialog.get('[data-testid=tenant-slug]').element as HTMLInputElement).value).toBe('muller-sohne-gmbh')

    await dialog.get('[data-testid=tenant-domains]').setValue('mueller.example, not a domain')
    await dialog.get('form').trigger('submit')
    expect(fetch).not.toHaveBeenCalled()
    expect(dialog.text()).toContain('not is not a host name')
    dialog.unmount()
  })

  it('creates the tenant, and shows the API field errors where they belong', async () => {
    fakeApi(() => [
      409,
      {
        type: 'https://dezky.com/problems/conflict',
        title: 'Conflict',
        status: 409,
        detail: 'A tenant with slug acme already exists.',
        errors: [{ field: 'slug', message: 'A tenant with slug acme already exists.' }],
      },
    ])
    const dialog = mount(CreateTenantDialog, { props: { plans } })
    await dialog.get('[data-testid=tenant-name]').setValue('Acme')
    await dialog.get('[data-testid=tenant-slug]').setValue('acme')
    await dialog.get('form').trigger('submit')
    await flushPromises()

    expect(dialog.get('[role=alert]').text()).toContain('already exists')
    expect(dialog.findAll('.field-error').some((e) => e.text().includes('A tenant with slug acme'))).toBe(true)
    expect(dialog.emitted('created')).toBeUndefined()
    dialog.unmount()
  })

  it('takes a partner only as chosen from the search, and refuses a typed name that was not chosen', async () => {
    vi.useFakeTimers()
    const fetch = fakeApi((_method, path) =>
      path.startsWith('/api/partners')
        ? [200, { items: [{ slug: 'northwind', name: 'Northwind IT Services' }], page: 0, size: 8, totalItems: 1 }]
        : [201, { slug: 'acme' }],
    )
    const dialog = mount(CreateTenantDialog, { props: { plans } })
    await dialog.get('[data-testid=tenant-name]').setValue('Acme')
    await dialog.get('[data-testid=tenant-partner]').setValue('nowhere partners')
    await dialog.get('form').trigger('submit')
    expect(dialog.text()).toContain('Choose a partner from the list')
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)

    await dialog.get('[data-testid=tenant-partner]').setValue('north')
    vi.advanceTimersByTime(200)
    await flushPromises()
    expect(fetch.mock.calls.map(([input]) => String(input))).toContain('/api/partners?q=north&size=8')
    await dialog.get('[role=option]').trigger('mousedown')
    await dialog.get('form').trigger('submit')
    await flushPromises()

    const [, created] = fetch.mock.calls.find(([, init]) => init?.method === 'POST') ?? []
    expect(JSON.parse(String(created?.body))).toMatchObject({ name: 'Acme', partner: 'northwind' })
    vi.useRealTimers()
    dialog.unmount()
  })
})
