// What the pickers search: tenants and partners by any word of their name, slug or domain.
import { api } from '../api/platform'
import type { PickerOption } from '../components/SearchPicker.vue'

const SIZE = 8

export async function findTenants(query: string): Promise<PickerOption[]> {
  const found = await api.tenants.list({ q: query, size: SIZE })
  return found.page.items.map((tenant) => ({ value: tenant.slug, label: tenant.name, hint: tenant.slug }))
}

export async function findPartners(query: string): Promise<PickerOption[]> {
  const found = await api.partners.list({ q: query, size: SIZE })
  return found.items.map((partner) => ({ value: partner.slug, label: partner.name, hint: partner.slug }))
}
