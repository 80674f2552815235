// Helpers for the component specs: answers of a faked fetch, as the BFF gives them.
import { vi, type MockInstance } from 'vitest'

export function respond(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType },
  })
}

/** Fakes fetch with a function of (method, path, body) → [status, body]. */
export function fakeApi(handler: (method: string, path: string, body: unknown) => [number, unknown]): MockInstance {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.pathname + input.search : input.url
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    const [status, answer] = handler(init?.method ?? 'GET', path, body)
    return respond(status, answer, status >= 400 ? 'application/problem+json' : 'application/json')
  })
}
