import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import IncidentBanner from './IncidentBanner.vue'

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
})

describe('IncidentBanner', () => {
  it('renders nothing while there is no incident', () => {
    const banner = mount(IncidentBanner, {
      props: { incidents: [], heading: 'Open incidents' },
      global: { plugins: [router] },
    })

    expect(banner.find('[aria-label="Open incidents"]').exists()).toBe(false)
  })

  it('links every incident to its page and marks the banner critical when one is', () => {
    const banner = mount(IncidentBanner, {
      props: {
        heading: 'Service disruption',
        incidents: [
          { id: 'a', number: 4, severity: 'warning', text: 'Files are slow', to: '/tenants/acme/incidents/a' },
          { id: 'b', number: 5, severity: 'critical', text: 'Sign-in fails', to: '/tenants/acme/incidents/b' },
        ],
      },
      global: { plugins: [router] },
    })

    const region = banner.get('[aria-label="Service disruption"]')
    expect(region.classes()).toContain('critical')
    expect(region.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Incident #4', '/tenants/acme/incidents/a'],
      ['Incident #5', '/tenants/acme/incidents/b'],
    ])
    expect(region.text()).toContain('Sign-in fails')
  })
})
