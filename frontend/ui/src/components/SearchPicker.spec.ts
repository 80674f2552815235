import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import SearchPicker, { type PickerOption } from './SearchPicker.vue'

const KESSLER = { value: 'kessler-architekten', label: 'Kessler Architekten', hint: 'kessler-architekten' }
const MOELLER = { value: 'moeller-logistik', label: 'Möller Logistik', hint: 'moeller-logistik' }

function mountPicker(search: (query: string) => Promise<PickerOption[]>) {
  return mount(SearchPicker, {
    props: {
      modelValue: '',
      'onUpdate:modelValue': (value: string) => picker.setProps({ modelValue: value }),
      unresolved: false,
      'onUpdate:unresolved': (value: boolean) => picker.setProps({ unresolved: value }),
      label: 'Tenant',
      search,
    },
    attachTo: document.body,
  })
}
let picker: ReturnType<typeof mountPicker>

async function type(text: string) {
  await picker.get('[role=combobox]').setValue(text)
  vi.advanceTimersByTime(200)
  await flushPromises()
}

describe('SearchPicker', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    picker.unmount()
    vi.useRealTimers()
  })

  it('searches once typing pauses and sets the value only when an option is chosen', async () => {
    const search = vi.fn(async () => [KESSLER, MOELLER])
    picker = mountPicker(search)

    await type('arch')

    expect(search).toHaveBeenCalledExactlyOnceWith('arch')
    expect(picker.get('[role=combobox]').attributes('aria-expanded')).toBe('true')
    expect(picker.findAll('[role=option]').map((o) => o.text())).toEqual([
      'Kessler Architekten kessler-architekten',
      'Möller Logistik moeller-logistik',
    ])
    expect(picker.props('modelValue')).toBe('')
    expect(picker.props('unresolved')).toBe(true)

    await picker.get('[role=combobox]').trigger('keydown', { key: 'ArrowDown' })
    await picker.get('[role=combobox]').trigger('keydown', { key: 'Enter' })

    expect(picker.props('modelValue')).toBe('moeller-logistik')
    expect(picker.props('unresolved')).toBe(false)
    expect(picker.emitted('picked')).toEqual([[MOELLER]])
    expect((picker.get('[role=combobox]').element as HTMLInputElement).value).toBe('Möller Logistik')
    expect(picker.get('[role=combobox]').attributes('aria-expanded')).toBe('false')
  })

  it('picks with the mouse, and typing again clears the choice', async () => {
    picker = mountPicker(async () => [KESSLER])
    await type('kess')
    await picker.get('[role=option]').trigger('mousedown')
    expect(picker.props('modelValue')).toBe('kessler-architekten')

    await type('kessler x')

    expect(picker.props('modelValue')).toBe('')
    expect(picker.props('unresolved')).toBe(true)
  })

  it('says when nothing matches, and shows only the newest answer', async () => {
    let answer: (options: PickerOption[]) => void = () => {}
    const slow = new Promise<PickerOption[]>((resolve) => (answer = resolve))
    const search = vi.fn().mockReturnValueOnce(slow).mockResolvedValueOnce([])
    picker = mountPicker(search)

    await type('k')
    await type('zahnarzt')
    answer([KESSLER])
    await flushPromises()

    expect(picker.findAll('[role=option]')).toHaveLength(0)
    expect(picker.text()).toContain('Nothing matches “zahnarzt”.')
  })

  it('closes the list on Escape without choosing', async () => {
    picker = mountPicker(async () => [KESSLER])
    await type('kess')
    await picker.get('[role=combobox]').trigger('keydown', { key: 'Escape' })

    expect(picker.get('[role=combobox]').attributes('aria-expanded')).toBe('false')
    expect(picker.props('modelValue')).toBe('')
  })
})
