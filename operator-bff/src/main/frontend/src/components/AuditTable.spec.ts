import { auditEvent, fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import AuditTable from './AuditTable.vue'

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: {} }] })

describe('AuditTable', () => {
  afterEach(() => vi.restoreAllMocks())

  it('reads each event as a sentence linked to its subject, a change as before → after, ids behind Details', async () => {
    fakeApi(() => [
      200,
      {
        items: [
          auditEvent(
            'tenant.updated',
            { type: 'tenant', id: '64f0c0ffee', slug: 'kessler-architekten' },
            {
              changes: [
                { field: 'seatCap', before: '10', after: '25' },
                { field: 'partnerId', before: null, after: '6b115e4faa79' },
              ],
              details: { via: 'operator-portal' },
            },
          ),
        ],
        page: 0,
        size: 25,
        totalItems: 1,
      },
    ])
    const table = mount(AuditTable, { global: { plugins: [router] } })
    await flushPromises()

    const row = table.get('tbody tr')
    const link = row.get('a')
    expect(link.text()).toBe('bob@dezky.com changed kessler-architekten')
    expect(link.attributes('href')).toBe('/tenants/kessler-architekten')
    expect(row.text()).toContain('seatCap: 10 → 25')
    expect(row.findAll('td.changes > span').map((span) => span.text())).toEqual(['seatCap: 10 → 25'])
    const details = row.get('details')
    expect(details.attributes('open')).toBeUndefined()
    expect(details.text()).toContain('64f0c0ffee')
    expect(details.text()).toContain('tenant.updated')
    expect(details.text()).toContain('operator-portal')
    expect(details.text()).toContain('partnerId— → 6b115e4faa79')
  })
})
