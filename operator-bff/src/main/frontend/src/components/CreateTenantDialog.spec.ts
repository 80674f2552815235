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
})
