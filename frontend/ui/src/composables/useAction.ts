// Doing something: pending while it runs, the problem as a sentence and per field when it fails,
// a notice when it succeeds, and the sign-in redirect on 401. Every screen acts through this.
import { reactive } from 'vue'
import { ApiError } from '../api/bff'
import { messageOf, orSignIn } from './useAsync'

export interface ActionState<A extends unknown[], T> {
  readonly pending: boolean
  /** What went wrong, for people (null while nothing has). */
  readonly error: string | null
  /** The HTTP status of the last failure, when it was one. */
  readonly status: number | null
  /** A 400 problem's messages by field (its first path segment: `contactInfo.email` → `contactInfo`). */
  readonly fieldErrors: Record<string, string>
  /** What was done, once it succeeded (when a success text is given). */
  readonly notice: string | null
  /** Runs the action; resolves with its result, or undefined when it failed (the state says why). */
  run: (...args: A) => Promise<T | undefined>
  /** Forgets the last error and notice (when the form is closed or edited again). */
  reset: () => void
}

export interface ActionOptions<T> {
  /** What to say when the resource changed since it was read (412 on If-Match). */
  conflict?: string
  /** The notice after success. */
  success?: string | ((result: T) => string)
}

export function useAction<A extends unknown[], T>(
  action: (...args: A) => Promise<T>,
  options: ActionOptions<T> = {},
): ActionState<A, T> {
  const state = reactive({
    pending: false,
    error: null as string | null,
    status: null as number | null,
    fieldErrors: {} as Record<string, string>,
    notice: null as string | null,
    run,
    reset,
  })

  function reset() {
    state.error = null
    state.status = null
    state.fieldErrors = {}
    state.notice = null
  }

  async function run(...args: A): Promise<T | undefined> {
    reset()
    state.pending = true
    try {
      const result = await orSignIn(() => action(...args))
      const success = options.success
      state.notice = typeof success === 'function' ? success(result) : (success ?? null)
      return result
    } catch (e) {
      state.status = e instanceof ApiError ? e.status : null
      state.fieldErrors = fieldErrorsOf(e)
      state.error = state.status === 412 && options.conflict ? options.conflict : messageOf(e)
      return undefined
    } finally {
      state.pending = false
    }
  }

  return state
}

function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors = error instanceof ApiError ? error.problem?.errors : undefined
  const byField: Record<string, string> = {}
  if (Array.isArray(errors)) {
    for (const { field, message } of errors as { field: string; message: string }[]) {
      byField[field.split('.')[0] ?? field] ??= message
    }
  }
  return byField
}
