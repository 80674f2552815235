// How numbers, money and times are shown, in the reader's locale.
import type { Money } from '../api/platform'

export function money(value: Money | null | undefined): string {
  if (!value) {
    return '—'
  }
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: value.currency }).format(
    value.amountMinor / 100,
  )
}

export function count(value: number): string {
  return new Intl.NumberFormat().format(value)
}

/** "1 customer", "6 customers", "0 customers" (English plurals with -s). */
export function plural(value: number, noun: string): string {
  return `${count(value)} ${noun}${value === 1 ? '' : 's'}`
}

export function date(value: string | null | undefined): string {
  return value ? new Date(value).toLocaleDateString(undefined, { dateStyle: 'medium' }) : '—'
}

export function dateTime(value: string | null | undefined): string {
  return value ? new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—'
}

/** "3 min ago", "in 2 days". */
export function relative(value: string | null | undefined, now: number = Date.now()): string {
  if (!value) {
    return 'never'
  }
  const seconds = Math.round((new Date(value).getTime() - now) / 1000)
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ]
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.round(seconds / size), unit)
    }
  }
  return format.format(seconds, 'second')
}
