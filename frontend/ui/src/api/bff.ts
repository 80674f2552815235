// The one typed client of the BFF. The SPA never holds a token: the session cookie is sent by
// the browser, and every call carries X-CSRF: 1, which the BFF requires on /api and /bff.

/** What GET /bff/user answers. */
export interface BffUser {
  name: string
  email: string
  groups: string[]
  platformAdmin: boolean
  sessionExpiresAt: string | null
  logoutUrl: string
}

/** An RFC 9457 problem document, as platform-api and the BFF answer errors. */
export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  [extension: string]: unknown
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
  }
}

/** Sends the browser to sign in, coming back to the page it is on (the BFF remembers it). */
export function signIn(location: Location = globalThis.location): void {
  location.assign(location.pathname + location.search + location.hash)
}

/** Sends a request the way the BFF requires: same-origin cookie, X-CSRF, JSON or a problem back. */
export function bffSend(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  headers.set('X-CSRF', '1')
  headers.set('Accept', 'application/json, application/problem+json')
  if (init.body !== undefined && init.body !== null && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json')
  }
  return fetch(path, { ...init, headers, credentials: 'same-origin' })
}

/** The problem document of a failed answer, if it has one. */
async function problemOf(response: Response): Promise<Problem | null> {
  return response.headers.get('Content-Type')?.includes('json') ? ((await response.json()) as Problem) : null
}

export async function bffFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await bffSend(path, init)
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response))
  }
  if (response.status === 204) {
    return undefined as T
  }
  return (await response.json()) as T
}

/** A deployment of this app, as the BFF is configured with it. */
export interface EnvironmentView {
  name: string
  kind: 'dev' | 'staging' | 'prod'
  url: string
}

/** What GET /bff/environment answers: this deployment (null where its kind is not configured) and the same app in the others. */
export interface Environments {
  current: EnvironmentView | null
  others: EnvironmentView[]
}

export function environments(): Promise<Environments> {
  return bffFetch<Environments>('/bff/environment')
}

export function currentUser(): Promise<BffUser> {
  return bffFetch<BffUser>('/bff/user')
}

/** Ends the session at the BFF, then lets the identity provider end its own. */
export async function signOut(location: Location = globalThis.location): Promise<void> {
  const { redirectTo } = await bffFetch<{ redirectTo: string }>('/bff/logout', { method: 'POST' })
  location.assign(redirectTo)
}
