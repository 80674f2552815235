// Theme (dark by default, or light) and density (comfortable or compact), kept in local storage
// and applied as data attributes on <html>, where the stylesheet reads them.
import { ref, watch } from 'vue'

export type Theme = 'dark' | 'light'
export type Density = 'comfortable' | 'compact'

const THEME_KEY = 'dezky.theme'
const DENSITY_KEY = 'dezky.density'

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const value = globalThis.localStorage?.getItem(key)
  return allowed.includes(value as T) ? (value as T) : fallback
}

const theme = ref<Theme>(stored(THEME_KEY, ['dark', 'light'] as const, 'dark'))
const density = ref<Density>(stored(DENSITY_KEY, ['comfortable', 'compact'] as const, 'comfortable'))

function apply() {
  const root = globalThis.document?.documentElement
  if (root) {
    root.dataset.theme = theme.value
    root.dataset.density = density.value
  }
}

watch(theme, (value) => {
  localStorage.setItem(THEME_KEY, value)
  apply()
})
watch(density, (value) => {
  localStorage.setItem(DENSITY_KEY, value)
  apply()
})
apply()

export function useTheme() {
  return {
    theme,
    density,
    toggleTheme: () => {
      theme.value = theme.value === 'dark' ? 'light' : 'dark'
    },
  }
}
