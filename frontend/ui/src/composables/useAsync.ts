// Loading data with its loading and error states, and the sign-in redirect on 401.
import { reactive, ref, shallowRef } from 'vue'
import { ApiError, signIn } from '../api/bff'

/** A reactive object, so that templates read `list.data`, not `list.data.value`. */
export interface AsyncState<T> {
  /** The last answer (null before the first); screens may replace it with a newer one they got. */
  data: T | null
  readonly error: string | null
  /** The HTTP status of the last failure, when it was one (403 and 404 are told apart this way). */
  readonly errorStatus: number | null
  readonly loading: boolean
  /** Loads again; a newer call wins over an older one still running. */
  reload: () => Promise<void>
}

/** A message for people: the problem's detail where the API gave one. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) {
    return 'Your session has ended. Reload the page to sign in again; nothing was changed.'
  }
  if (error instanceof ApiError) {
    return error.problem?.detail ?? error.problem?.title ?? `The request failed (HTTP ${error.status}).`
  }
  return error instanceof Error ? error.message : String(error)
}

/** Runs an action; on 401 sends the browser to sign in (coming back here) instead of failing. */
export async function orSignIn<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      signIn()
    }
    throw e
  }
}

export function useAsync<T>(loader: () => Promise<T>, options: { immediate?: boolean } = {}): AsyncState<T> {
  const data = shallowRef<T | null>(null)
  const error = ref<string | null>(null)
  const errorStatus = ref<number | null>(null)
  const loading = ref(false)
  let latest = 0

  async function reload() {
    const call = ++latest
    loading.value = true
    error.value = null
    errorStatus.value = null
    try {
      const result = await orSignIn(loader)
      if (call === latest) {
        data.value = result
      }
    } catch (e) {
      if (call === latest) {
        error.value = messageOf(e)
        errorStatus.value = e instanceof ApiError ? e.status : null
      }
    } finally {
      if (call === latest) {
        loading.value = false
      }
    }
  }

  if (options.immediate !== false) {
    void reload()
  }
  // data stays a shallow ref inside: answers are replaced whole, never deeply watched.
  return reactive({ data, error, errorStatus, loading, reload }) as AsyncState<T>
}
