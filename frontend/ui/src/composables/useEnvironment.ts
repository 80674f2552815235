// Which environment this is: as the BFF is configured (GET /bff/environment), else from the host
// name the app is served on, and why.
import { environments, type Environments } from '../api/bff'
import { useAsync, type AsyncState } from './useAsync'

export type EnvironmentName = 'dev' | 'staging' | 'prod'

export interface DetectedEnvironment {
  name: EnvironmentName
  hostname: string
  reason: string
}

export function detectEnvironment(hostname: string = globalThis.location?.hostname ?? ''): DetectedEnvironment {
  const host = hostname.toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host === '127.0.0.1') {
    return { name: 'dev', hostname, reason: `${hostname} is a local host name (localhost, *.localhost or *.local)` }
  }
  if (host.includes('staging')) {
    return { name: 'staging', hostname, reason: `${hostname} contains "staging"` }
  }
  return { name: 'prod', hostname, reason: `${hostname} is neither local nor a staging host` }
}

let configured: AsyncState<Environments> | null = null

/** The configured environments, loaded once per page and shared. */
export function useEnvironments(): AsyncState<Environments> {
  configured ??= useAsync(environments)
  return configured
}
