import type { OnCallScheduleView } from '@dezky/ui/api/platform'
import { fakeApi } from '@dezky/ui/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import OnCallView from './OnCallView.vue'

const saved = (version: number): OnCallScheduleView => ({
  schedule: {
    timeZone: 'Europe/Berlin',
    handoffTime: '09:00:00',
    rotationDays: 7,
    startDate: '2026-11-30',
    participants: ['ada@dezky.com', 'bob@dezky.com'],
    overrides: [],
  },
  updatedBy: 'ada@dezky.com',
  updatedAt: '2026-12-01T08:00:00Z',
  version,
  upcoming: [{ email: 'ada@dezky.com', start: '2026-11-30T08:00:00Z', end: '2026-12-07T08:00:00Z', override: false }],
})
const team = { items: [], page: 0, size: 200, totalItems: 0 }
const now = {
  configured: true,
  email: 'ada@dezky.com',
  since: '2026-11-30T08:00:00Z',
  until: '2026-12-07T08:00:00Z',
  override: false,
  next: 'bob@dezky.com',
}

const putOf = (fetch: ReturnType<typeof fakeApi>) => fetch.mock.calls.find(([, init]) => init?.method === 'PUT')

describe('OnCallView', () => {
  afterEach(() => vi.restoreAllMocks())

  it('saves a change at the version it loaded and shows who is on call and next', async () => {
    const fetch = fakeApi((method, path) => {
      if (path.startsWith('/api/users')) return [200, team]
      if (path === '/api/oncall/now') return [200, now]
      return [200, saved(method === 'PUT' ? 5 : 4)]
    })
    const view = mount(OnCallView, { attachTo: document.body })
    await flushPromises()

    expect(view.get('[data-testid=oncall-now]').text()).toContain('ada@dezky.com is on call')
    expect(view.get('[data-testid=oncall-now]').text()).toContain('Next: bob@dezky.com')
    expect((view.get('input[type=time]').element as HTMLInputElement).value).toBe('09:00')
    await view.get('input[type=number]').setValue(14)
    await view.get('[data-testid=schedule-form]').trigger('submit')
    await flushPromises()

    const put = putOf(fetch)!
    expect(new Headers(put[1]?.headers).get('If-Match')).toBe('"4"')
    expect(JSON.parse(String(put[1]?.body))).toMatchObject({
      rotationDays: 14,
      handoffTime: '09:00',
      participants: ['ada@dezky.com', 'bob@dezky.com'],
    })
    expect(view.get('[role=status]').text()).toBe('Schedule saved.')
    view.unmount()
  })

  it('without a schedule says incidents go to every operator and creates the first without If-Match', async () => {
    const fetch = fakeApi((method, path) => {
      if (path.startsWith('/api/users')) return [200, team]
      if (path === '/api/oncall/now')
        return [200, { configured: false, email: null, since: null, until: null, override: false, next: null }]
      if (method === 'PUT') return [200, saved(0)]
      return [
        404,
        {
          type: 'https://dezky.com/problems/not-found',
          title: 'Not Found',
          status: 404,
          detail: 'The on-call schedule (none is set yet) does not exist.',
        },
      ]
    })
    const view = mount(OnCallView, { attachTo: document.body })
    await flushPromises()

    expect(view.get('[data-testid=oncall-now]').text()).toContain('new incidents go to every operator')
    const chips = view.get('[data-testid=schedule-form]').get('input[placeholder="name@dezky.com"]')
    await chips.setValue('ada@dezky.com')
    await chips.trigger('keydown', { key: 'Enter' })
    await view.get('[data-testid=schedule-form]').trigger('submit')
    await flushPromises()

    expect(new Headers(putOf(fetch)![1]?.headers).has('If-Match')).toBe(false)
    view.unmount()
  })
})
