import { describe, expect, it } from 'vitest'
import { definePlaces } from './places'

const view = () => Promise.resolve({ default: {} })
const { routes, sections, to } = definePlaces([
  { name: 'home', path: '/', title: 'Home', view, nav: { icon: '⌂' } },
  { name: 'tenants', path: '/tenants', title: 'Tenants', view, nav: { section: 'Customers', icon: '▦' } },
  { name: 'tenant', path: '/tenants/:slug', title: 'Tenant', view, props: true },
  { name: 'flags', path: '/flags/:flagKey?', title: 'Feature flags', view, nav: { section: 'Platform', icon: '⚑' } },
  { name: 'incident', path: '/tenants/:slug/incidents/:id', title: 'Incident', view },
])

describe('definePlaces', () => {
  it('gives the router every place by name with its title, and the navigation only the listed ones', () => {
    expect(routes.map((r) => [r.name, r.path, r.meta?.title])).toContainEqual(['tenant', '/tenants/:slug', 'Tenant'])
    expect(sections).toEqual([
      { title: undefined, items: [{ to: '/', label: 'Home', icon: '⌂' }] },
      { title: 'Customers', items: [{ to: '/tenants', label: 'Tenants', icon: '▦' }] },
      { title: 'Platform', items: [{ to: '/flags', label: 'Feature flags', icon: '⚑' }] },
    ])
  })

  it('builds addresses by name, encoding parameters, leaving out an absent optional one, with a query', () => {
    expect(to('tenant', { slug: 'acme' })).toBe('/tenants/acme')
    expect(to('incident', { slug: 'acme', id: 'a/b' })).toBe('/tenants/acme/incidents/a%2Fb')
    expect(to('flags')).toBe('/flags')
    expect(to('flags', { flagKey: 'new_mail_ui' })).toBe('/flags/new_mail_ui')
    expect(to('tenants', {}, { new: '1' })).toBe('/tenants?new=1')
    expect(to('home')).toBe('/')
  })
})
