// What the pickers and the command palette search: tenants and partners by any word of their
// name, slug or domain.
import { api } from '../api/platform'
import type { PickerOption } from '../components/SearchPicker.vue'

export async function findTenants(query: string, size = 8): Promise<PickerOption[]> {
  const found = await api.tenants.list({ q: query, size })
  return found.page.items.map((tenant) => ({ value: tenant.slug, label: tenant.name, hint: tenant.slug }))
}

export async function findPartners(query: string, size = 8): Promise<PickerOption[]> {
  const found = await api.partners.list({ q: query, size })
  return found.items.map((partner) => ({ value: partner.slug, label: partner.name, hint: partner.slug }))
}
