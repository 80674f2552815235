// Helpers for the component specs: answers of a faked fetch, as the BFF gives them.
import { vi, type MockInstance } from 'vitest'
import type { AuditEvent } from './api/platform'

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

/** An audit event of bob@dezky.com, as the API lists it; override what a test is about. */
export function auditEvent(action: string, target: AuditEvent['target'], extra: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: `${action}-1`,
    seq: 1,
    at: '2026-12-03T10:00:00Z',
    actor: { issuer: 'dev', subject: 'bob', email: 'bob@dezky.com', ip: null },
    action,
    target,
    tenant: null,
    reason: null,
    changes: null,
    details: null,
    prevHash: '0'.repeat(64),
    hash: 'f'.repeat(64),
    ...extra,
  }
}
