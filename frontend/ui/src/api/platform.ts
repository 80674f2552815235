// The one typed client of platform-api, reached through the BFF as /api/*. Its types and paths are
// generated from platform-api's OpenAPI document (openapi/platform-api.json → platform-api.generated.ts,
// `npm run api:generate`); a change to the API that the SPAs do not follow fails their type check.
import createClient from 'openapi-fetch'
import { ApiError, bffSend, type Problem } from './bff'
import type { components, paths } from './platform-api.generated'

/** Each request field's limits (maxlength, min, max, pattern) as the document states them, for forms. */
export { limits } from './platform-api.limits.generated'

type Schemas = components['schemas']

export type Money = Schemas['Money']
/** One page of a list; the API's pages differ only in what they hold. */
export type Page<T> = Omit<Schemas['PageViewTenantView'], 'items'> & { items: T[] }

export type Tenant = Schemas['TenantView']
export type TenantStatus = Tenant['status']
export type TenantAction = Tenant['allowedActions'][number]
export type ProvisioningView = Schemas['ProvisioningView']
export type IntegrationState = ProvisioningView['state']
export type ContactInfo = Schemas['ContactInfo']
export type BillingInfo = Schemas['BillingInfo']
export type TenantList = Schemas['TenantList']
export type CreateTenant = Schemas['CreateTenantRequest']
export type TenantChanges = Schemas['CreateTenantRequestPatch']

export type Partner = Schemas['PartnerView']
export type PartnerStatus = Partner['status']
export type CreatePartner = Schemas['CreatePartnerRequest']
export type PartnerChanges = Schemas['CreatePartnerRequestPatch']

export type User = Schemas['UserView']
export type MyTenant = Schemas['MyTenant']
export type Me = Schemas['MeView']
export type Plan = Schemas['PlanView']

export type Flag = Schemas['FlagView']
export type FlagState = Flag['state']
/** Who sees a flag: Dezky only, or also customers under its customer name. */
export type FlagAudience = Flag['audience']
/** How a flag is presented: to whom, and what customers read. */
export type FlagPresentation = Pick<Flag, 'audience' | 'customerName' | 'customerDescription'>
export type FlagScope = Schemas['FlagScope']
/** What a flag does: its state, rollout percentage and scope. */
export type FlagRule = Pick<Flag, 'state' | 'pct' | 'scope'>
export type CreateFlag = Schemas['CreateFlagRequest']
export type FlagChanges = Schemas['CreateFlagRequestPatch']
export type Impact = Schemas['ImpactView']

export type AuditEvent = Schemas['AuditEvent']
export type NotificationsView = Schemas['NotificationsView']
export type AuditVerification = Schemas['AuditVerification']
export type BillingSummary = Schemas['BillingSummary']
export type UpstreamStatus = Schemas['UpstreamStatus']
export type ServiceHealth = Schemas['ServiceHealth']
export type Infrastructure = Schemas['InfrastructureView']

export type InviteRequest = Schemas['InviteRequest']
/** Who can be invited as an operator. */
export type OperatorInvitePolicy = Schemas['OperatorInvitePolicy']
/** Exactly one of link and tempPassword is present. */
export type InviteResult = Schemas['InviteResult']

export type Incident = Schemas['IncidentView']
export type IncidentStatus = Incident['status']
export type IncidentSeverity = Incident['severity']
export type IncidentImpact = Schemas['IncidentImpact']
export type IncidentAlert = Schemas['IncidentAlert']
export type TimelineEntry = Schemas['TimelineEntry']
export type TimelineKind = TimelineEntry['kind']
export type IncidentList = Schemas['IncidentList']
/** What members of an affected tenant see: customer updates only, newest first. */
export type CustomerIncident = Schemas['CustomerIncidentView']

export type OnCallOverride = Schemas['Override']
export type OnCallSchedule = Schemas['OnCallSchedule']
export type OnCallShift = Schemas['Shift']
export type OnCallScheduleView = Schemas['OnCallScheduleView']
export type OnCallNow = Schemas['OnCallNow']

type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never

/** Leaves out empty values, as the hand-typed filters of the screens send them. */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value))
    }
  }
  return params.toString()
}

// openapi-fetch builds a Request (which needs an absolute URL); it is sent on as the BFF's own
// path and init, so that one place adds what the BFF requires.
const client = createClient<paths>({
  baseUrl: `${globalThis.location?.origin ?? 'http://localhost'}/api`,
  querySerializer,
  fetch: async (request: Request) => {
    const url = new URL(request.url)
    const body = request.body === null ? undefined : await request.text()
    return bffSend(url.pathname + url.search, { method: request.method, headers: request.headers, body })
  },
})

/** The data of a successful answer; anything else is thrown as an ApiError with its problem. */
async function call<D>(answer: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  const { data, error, response } = await answer
  if (!response.ok) {
    throw new ApiError(response.status, typeof error === 'object' && error !== null ? (error as Problem) : null)
  }
  return data as D
}

/** The If-Match value for a resource of this version (platform-api's ETags are its version). */
const ifMatch = (version: number): string => `"${version}"`

const versioned = (version: number) => ({ header: { 'If-Match': ifMatch(version) } })
const MERGE_PATCH = { 'Content-Type': 'application/merge-patch+json' }

export const api = {
  me: () => call(client.GET('/me')),
  /** An operator's notifications, kept by platform-api with how far they have read them. */
  notifications: {
    get: () => call(client.GET('/me/notifications')),
    /** Read up to this instant (the newest shown); a later mark stays. */
    markRead: (upTo: string) => call(client.PUT('/me/notifications/read', { body: { upTo } })),
  },
  plans: () => call(client.GET('/plans')),

  tenants: {
    list: (query: Query<'/tenants'>) => call(client.GET('/tenants', { params: { query } })),
    get: (slug: string) => call(client.GET('/tenants/{slug}', { params: { path: { slug } } })),
    create: (body: CreateTenant) => call(client.POST('/tenants', { body })),
    update: (slug: string, version: number, changes: TenantChanges) =>
      call(
        client.PATCH('/tenants/{slug}', {
          params: { path: { slug }, ...versioned(version) },
          body: changes,
          headers: MERGE_PATCH,
        }),
      ),
    act: (slug: string, action: TenantAction, version: number, reason?: string) => {
      const params = { path: { slug }, ...versioned(version) }
      switch (action) {
        case 'suspend':
          return call(client.POST('/tenants/{slug}/suspend', { params, body: { reason: reason ?? '' } }))
        case 'resume':
          return call(client.POST('/tenants/{slug}/resume', { params }))
        case 'restore':
          return call(client.POST('/tenants/{slug}/restore', { params }))
        case 'delete':
          return call(client.DELETE('/tenants/{slug}', { params }))
      }
    },
    reconcile: (slug: string) => call(client.POST('/tenants/{slug}/reconcile', { params: { path: { slug } } })),
    members: (slug: string, page = 0, size = 25) =>
      call(client.GET('/tenants/{slug}/users', { params: { path: { slug }, query: { page, size } } })),
    inviteMember: (slug: string, body: InviteRequest) =>
      call(client.POST('/tenants/{slug}/members/invite', { params: { path: { slug } }, body })),
    deactivateMember: (slug: string, id: string) =>
      call(client.POST('/tenants/{slug}/members/{id}/deactivate', { params: { path: { slug, id } } })),
  },

  partners: {
    list: (query: Query<'/partners'>) => call(client.GET('/partners', { params: { query } })),
    get: (slug: string) => call(client.GET('/partners/{slug}', { params: { path: { slug } } })),
    create: (body: CreatePartner) => call(client.POST('/partners', { body })),
    update: (slug: string, version: number, changes: PartnerChanges) =>
      call(
        client.PATCH('/partners/{slug}', {
          params: { path: { slug }, ...versioned(version) },
          body: changes,
          headers: MERGE_PATCH,
        }),
      ),
    terminate: (slug: string) => call(client.DELETE('/partners/{slug}', { params: { path: { slug } } })),
    tenants: (slug: string, page = 0, size = 25) =>
      call(client.GET('/partners/{slug}/tenants', { params: { path: { slug }, query: { page, size } } })),
  },

  users: {
    list: (query: Query<'/users'>) => call(client.GET('/users', { params: { query } })),
    invite: (body: InviteRequest) => call(client.POST('/users/invite', { body })),
    invitePolicy: () => call(client.GET('/users/invite-policy')),
    deactivate: (id: string) => call(client.POST('/users/{id}/deactivate', { params: { path: { id } } })),
  },

  flags: {
    list: () => call(client.GET('/flags')),
    get: (key: string) => call(client.GET('/flags/{key}', { params: { path: { key } } })),
    create: (body: CreateFlag) => call(client.POST('/flags', { body })),
    update: (key: string, version: number, changes: FlagChanges) =>
      call(
        client.PATCH('/flags/{key}', {
          params: { path: { key }, ...versioned(version) },
          body: changes,
          headers: MERGE_PATCH,
        }),
      ),
    /** Deletes the flag if it is still at this version (412 otherwise); it then evaluates off everywhere. */
    remove: (key: string, version: number) =>
      call(client.DELETE('/flags/{key}', { params: { path: { key }, ...versioned(version) } })),
    impact: (key: string, rule: FlagRule) =>
      call(client.POST('/flags/{key}/impact', { params: { path: { key }, query: { size: 20 } }, body: rule })),
    evaluate: (tenantSlug: string) => call(client.POST('/flags/evaluate', { body: { tenantSlug } })),
  },

  audit: {
    list: (query: Query<'/audit'>) => call(client.GET('/audit', { params: { query } })),
    verify: () => call(client.GET('/audit/verify')),
  },

  incidents: {
    list: (query: Query<'/incidents'>) => call(client.GET('/incidents', { params: { query } })),
    get: (id: string) => call(client.GET('/incidents/{id}', { params: { path: { id } } })),
    acknowledge: (id: string) => call(client.POST('/incidents/{id}/acknowledge', { params: { path: { id } } })),
    assign: (id: string, email: string) =>
      call(client.POST('/incidents/{id}/assign', { params: { path: { id } }, body: { email } })),
    note: (id: string, text: string) =>
      call(client.POST('/incidents/{id}/notes', { params: { path: { id } }, body: { text } })),
    customerUpdate: (id: string, text: string) =>
      call(client.POST('/incidents/{id}/updates', { params: { path: { id } }, body: { text } })),
    resolve: (id: string, version: number) =>
      call(client.POST('/incidents/{id}/resolve', { params: { path: { id }, ...versioned(version) } })),
    reopen: (id: string, version: number, reason: string) =>
      call(
        client.POST('/incidents/{id}/reopen', { params: { path: { id }, ...versioned(version) }, body: { reason } }),
      ),
    /** The open incidents of a tenant as its members see them. */
    ofTenant: (slug: string) => call(client.GET('/tenants/{slug}/incidents', { params: { path: { slug } } })),
    ofTenantOne: (slug: string, id: string) =>
      call(client.GET('/tenants/{slug}/incidents/{id}', { params: { path: { slug, id } } })),
  },

  onCall: {
    now: () => call(client.GET('/oncall/now')),
    schedule: () => call(client.GET('/oncall/schedule')),
    /** Sets the schedule; the first one needs no version, every later one the version it replaces. */
    save: (schedule: OnCallSchedule, version: number | null) =>
      call(
        client.PUT('/oncall/schedule', {
          params: version === null ? {} : versioned(version),
          body: schedule,
        }),
      ),
  },

  billing: () => call(client.GET('/billing/summary')),
  infrastructure: () => call(client.GET('/infrastructure')),
  /** Each upstream's settings and circuit breaker, without calling it. */
  upstreams: () => call(client.GET('/upstreams')),
}
