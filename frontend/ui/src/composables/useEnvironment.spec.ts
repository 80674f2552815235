import { describe, expect, it } from 'vitest'
import { detectEnvironment } from './useEnvironment'

describe('detectEnvironment', () => {
  it.each([
    ['localhost', 'dev'],
    ['operator.localhost', 'dev'],
    ['app.dezky.local', 'dev'],
    ['operator.staging.dezky.com', 'staging'],
    ['staging-operator.dezky.com', 'staging'],
    ['operator.dezky.com', 'prod'],
  ])('calls %s %s, and says why', (host, expected) => {
    const environment = detectEnvironment(host)
    expect(environment.name).toBe(expected)
    expect(environment.reason).toContain(host)
  })
})
