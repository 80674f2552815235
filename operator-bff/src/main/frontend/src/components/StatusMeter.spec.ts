import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import StatusMeter from './StatusMeter.vue'

describe('StatusMeter', () => {
  it('draws each status by its share, leaves out the empty ones and says the figures in words', () => {
    const meter = mount(StatusMeter, { props: { counts: { active: 6, pending: 2, suspended: 0, deleted: 0 } } })

    const bar = meter.get('[role=img]')
    expect(bar.attributes('aria-label')).toBe('Tenants by status: 6 active · 2 pending · 0 suspended · 0 deleted')
    const segments = bar.findAll('.segment')
    expect(segments.map((s) => s.classes()[1])).toEqual(['active', 'pending'])
    expect(segments.map((s) => (s.element as HTMLElement).style.width)).toEqual(['75%', '25%'])
    expect(meter.text()).toContain('0 suspended')
  })
})
