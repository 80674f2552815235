// The one typed client of platform-api, reached through the BFF as /api/*. The types mirror the
// records in shared-model (com.dezky.model); field names and meanings are documented there.
import { bffFetch } from './bff'

export interface Money {
  amountMinor: number
  currency: string
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  totalItems: number
}

export type TenantStatus = 'pending' | 'active' | 'suspended' | 'deleted'
export type TenantAction = 'suspend' | 'resume' | 'delete' | 'restore'
export type IntegrationState = 'pending' | 'ok' | 'error' | 'skipped'

export interface ProvisioningView {
  state: IntegrationState
  externalIds: Record<string, string>
  lastError: string | null
  lastErrorAt: string | null
  attempts: number
  updatedAt: string | null
}

export interface ContactInfo {
  name?: string | null
  email?: string | null
  phone?: string | null
}

export interface BillingInfo {
  companyName?: string | null
  vatId?: string | null
  address?: string | null
  billingEmail?: string | null
}

export interface Tenant {
  id: string
  slug: string
  name: string
  status: TenantStatus
  plan: string
  seatCap: number
  domains: string[]
  partner: { slug: string; name: string; status: string } | null
  contactInfo: ContactInfo | null
  billingInfo: BillingInfo | null
  provisioning: Record<string, ProvisioningView>
  suspendedReason: string | null
  deletedAt: string | null
  purgeAfter: string | null
  createdAt: string
  updatedAt: string
  mrr: Money
  allowedActions: TenantAction[]
  version: number
}

export interface TenantList {
  page: Page<Tenant>
  statusCounts: Record<TenantStatus, number>
}

export interface CreateTenant {
  slug: string
  name: string
  plan: string
  seatCap: number
  domains?: string[]
  partner?: string | null
  contactInfo?: ContactInfo
  billingInfo?: BillingInfo
}

export interface Partner {
  id: string
  slug: string
  name: string
  domain: string
  status: 'in-negotiation' | 'active' | 'paused' | 'terminated'
  marginPct: number
  partnershipStartedAt: string | null
  contactInfo: { primaryName?: string | null; primaryEmail?: string | null; billingEmail?: string | null } | null
  billingInfo: {
    companyName?: string | null
    vatId?: string | null
    address?: string | null
    iban?: string | null
  } | null
  customers: number
  mrr: Money
  payout: Money
  terminatedAt: string | null
  createdAt: string
  updatedAt: string
  version: number
}

export interface CreatePartner {
  slug: string
  name: string
  domain: string
  status?: string
  marginPct: number
  contactInfo?: Partner['contactInfo']
}

export interface User {
  id: string
  issuer: string
  subject: string
  email: string | null
  name: string | null
  platformAdmin: boolean
  active: boolean
  tenantCount: number
  createdAt: string
  lastLoginAt: string | null
}

export interface MyTenant {
  slug: string
  name: string
  status: TenantStatus
  plan: string
  seatCap: number
  seatsUsed: number
  admin: boolean
  suspendedReason: string | null
  purgeAfter: string | null
}

export interface Me {
  user: User
  tenants: MyTenant[]
}

export interface Plan {
  key: string
  name: string
  pricePerSeat: Money
}

export type FlagState = 'off' | 'on' | 'targeted' | 'rollout'
/** Who sees a flag: Dezky only, or also customers under its customer name. */
export type FlagAudience = 'internal' | 'customer'
/** How a flag is presented: to whom, and what customers read. */
export interface FlagPresentation {
  audience: FlagAudience
  customerName: string | null
  customerDescription: string | null
}

export interface FlagScope {
  plans: string[]
  tenantSlugs: string[]
  partnerSlugs: string[]
  environments: string[]
}

export interface Flag {
  key: string
  description: string | null
  state: FlagState
  pct: number
  scope: FlagScope
  history: { actor: string; at: string; before: string; after: string; reason: string | null }[]
  createdAt: string
  updatedAt: string
  version: number
  audience: FlagAudience
  customerName: string | null
  customerDescription: string | null
}

export interface FlagRule {
  state: FlagState
  pct: number
  scope: FlagScope
}

export interface Impact {
  tenants: number
  onNow: number
  onProposed: number
  turnOn: { count: number; tenantSlugs: string[] }
  turnOff: { count: number; tenantSlugs: string[] }
}

export interface AuditEvent {
  id: string
  seq: number
  at: string
  actor: { issuer: string; subject: string; email: string | null; ip: string | null } | null
  action: string
  target: { type: string; id: string | null; slug: string | null } | null
  tenant: string | null
  reason: string | null
  changes: { field: string; before: string | null; after: string | null }[] | null
  details: Record<string, unknown> | null
}

export interface AuditVerification {
  ok: boolean
  checked: number
  firstBrokenSeq: number | null
  problem: string | null
  /** The newest event a valid signed checkpoint covers (0: none yet). */
  provenUpTo: number
  checkpoints: number
}

export interface BillingSummary {
  totalMrr: Money
  direct: Money
  totalPayout: Money
  byPlan: { plan: string; name: string; tenants: number; seats: number; mrr: Money }[]
  byPartner: {
    partner: string
    name: string
    status: string
    tenants: number
    seats: number
    mrr: Money
    marginPct: number
    payout: Money
  }[]
}

export interface UpstreamStatus {
  name: string
  enabled: boolean
  sandbox: boolean
  baseUrl: string | null
  circuitBreaker: string
  failureRate: number
  recentCalls: number
}

export interface ServiceHealth {
  name: string
  status: 'up' | 'down' | 'unknown'
  latencyMs: number | null
  detail: string | null
}

export interface Infrastructure {
  checkedAt: string
  services: ServiceHealth[]
  database: ServiceHealth
  upstreams: UpstreamStatus[]
}

export interface InviteRequest {
  name: string
  email: string
}

/** Exactly one of link and tempPassword is present. */
/** Who can be invited as an operator. */
export interface OperatorInvitePolicy {
  emailDomains: string[]
}

export interface InviteResult {
  subject: string
  userId: string
  username: string
  link?: string
  tempPassword?: string
}

export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved'
export type IncidentSeverity = 'critical' | 'warning' | 'info'
export type TimelineKind =
  | 'alert-fired'
  | 'alert-resolved'
  | 'acknowledged'
  | 'assigned'
  | 'escalated'
  | 'note'
  | 'customer-update'
  | 'resolved'
  | 'reopened'

export interface IncidentImpact {
  scope: 'all' | 'upstream' | 'tenant' | 'internal'
  target: string | null
}

export interface IncidentAlert {
  fingerprint: string
  name: string
  firing: boolean
  startsAt: string
  endsAt: string | null
  labels: Record<string, string>
  annotations: Record<string, string>
  generatorUrl: string | null
}

export interface TimelineEntry {
  at: string
  kind: TimelineKind
  actor: string
  text: string
  customerFacing: boolean
}

export interface Incident {
  id: string
  number: number
  title: string
  status: IncidentStatus
  severity: IncidentSeverity
  impacts: IncidentImpact[]
  assignee: string | null
  escalation: number
  escalatesAt: string | null
  heldOpen: boolean
  openedAt: string
  acknowledgedAt: string | null
  resolvedAt: string | null
  alerts: IncidentAlert[]
  timeline: TimelineEntry[]
  version: number
}

export interface IncidentList {
  page: Page<Incident>
  statusCounts: Record<IncidentStatus, number>
}

/** What members of an affected tenant see: customer updates only, newest first. */
export interface CustomerIncident {
  id: string
  number: number
  latest: string
  severity: IncidentSeverity
  openedAt: string
  updates: { at: string; text: string }[]
}

export interface OnCallOverride {
  start: string
  end: string
  email: string
  reason?: string | null
}

export interface OnCallSchedule {
  timeZone: string
  handoffTime: string
  rotationDays: number
  startDate: string
  participants: string[]
  overrides: OnCallOverride[]
}

export interface OnCallShift {
  email: string
  start: string
  end: string
  override: boolean
}

export interface OnCallScheduleView {
  schedule: OnCallSchedule
  updatedBy: string
  updatedAt: string
  upcoming: OnCallShift[]
  version: number
}

export interface OnCallNow {
  configured: boolean
  email: string | null
  since: string | null
  until: string | null
  override: boolean
  next: string | null
}

type Query = Record<string, string | number | boolean | null | undefined>

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value))
    }
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

const json = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) })

/** The If-Match value for a resource of this version (platform-api's ETags are its version). */
export const ifMatch = (version: number): string => `"${version}"`

function patch(body: unknown, version: number): RequestInit {
  return {
    method: 'PATCH',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': ifMatch(version) },
  }
}

const seg = encodeURIComponent

export const api = {
  me: () => bffFetch<Me>('/api/me'),
  plans: () => bffFetch<Plan[]>('/api/plans'),

  tenants: {
    list: (query: {
      q?: string
      status?: string
      plan?: string
      partner?: string
      sort?: string
      page?: number
      size?: number
    }) => bffFetch<TenantList>(withQuery('/api/tenants', query)),
    get: (slug: string) => bffFetch<Tenant>(`/api/tenants/${seg(slug)}`),
    create: (body: CreateTenant) => bffFetch<Tenant>('/api/tenants', json(body)),
    update: (slug: string, version: number, changes: Record<string, unknown>) =>
      bffFetch<Tenant>(`/api/tenants/${seg(slug)}`, patch(changes, version)),
    act: (slug: string, action: TenantAction, version: number, reason?: string) =>
      bffFetch<Tenant>(`/api/tenants/${seg(slug)}${action === 'delete' ? '' : `/${action}`}`, {
        method: action === 'delete' ? 'DELETE' : 'POST',
        headers: { 'If-Match': ifMatch(version) },
        body: action === 'delete' ? undefined : JSON.stringify(reason ? { reason } : {}),
      }),
    reconcile: (slug: string) => bffFetch<Tenant>(`/api/tenants/${seg(slug)}/reconcile`, json({})),
    members: (slug: string, page = 0, size = 25) =>
      bffFetch<Page<User>>(withQuery(`/api/tenants/${seg(slug)}/users`, { page, size })),
    inviteMember: (slug: string, body: InviteRequest) =>
      bffFetch<InviteResult>(`/api/tenants/${seg(slug)}/members/invite`, json(body)),
    deactivateMember: (slug: string, userId: string) =>
      bffFetch<User>(`/api/tenants/${seg(slug)}/members/${seg(userId)}/deactivate`, json({})),
  },

  partners: {
    list: (query: { q?: string; status?: string; page?: number; size?: number }) =>
      bffFetch<Page<Partner>>(withQuery('/api/partners', query)),
    get: (slug: string) => bffFetch<Partner>(`/api/partners/${seg(slug)}`),
    create: (body: CreatePartner) => bffFetch<Partner>('/api/partners', json(body)),
    update: (slug: string, version: number, changes: Record<string, unknown>) =>
      bffFetch<Partner>(`/api/partners/${seg(slug)}`, patch(changes, version)),
    terminate: (slug: string) => bffFetch<Partner>(`/api/partners/${seg(slug)}`, { method: 'DELETE' }),
    tenants: (slug: string, page = 0, size = 25) =>
      bffFetch<Page<Tenant>>(withQuery(`/api/partners/${seg(slug)}/tenants`, { page, size })),
  },

  users: {
    list: (query: { view?: 'all' | 'admins' | 'inactive'; q?: string; page?: number; size?: number }) =>
      bffFetch<Page<User>>(withQuery('/api/users', query)),
    invite: (body: InviteRequest) => bffFetch<InviteResult>('/api/users/invite', json(body)),
    invitePolicy: () => bffFetch<OperatorInvitePolicy>('/api/users/invite-policy'),
    deactivate: (id: string) => bffFetch<User>(`/api/users/${seg(id)}/deactivate`, json({})),
  },

  flags: {
    list: () => bffFetch<Flag[]>('/api/flags'),
    get: (key: string) => bffFetch<Flag>(`/api/flags/${seg(key)}`),
    create: (body: { key: string; description?: string; state?: FlagState; pct?: number; scope?: FlagScope }) =>
      bffFetch<Flag>('/api/flags', json(body)),
    update: (
      key: string,
      version: number,
      changes: Partial<FlagRule> & Partial<FlagPresentation> & { description?: string; reason?: string },
    ) => bffFetch<Flag>(`/api/flags/${seg(key)}`, patch(changes, version)),
    /** Deletes the flag if it is still at this version (412 otherwise); it then evaluates off everywhere. */
    remove: (key: string, version: number) =>
      bffFetch<void>(`/api/flags/${seg(key)}`, { method: 'DELETE', headers: { 'If-Match': ifMatch(version) } }),
    impact: (key: string, rule: FlagRule) => bffFetch<Impact>(`/api/flags/${seg(key)}/impact?size=20`, json(rule)),
    evaluate: (tenantSlug: string) => bffFetch<Record<string, boolean>>('/api/flags/evaluate', json({ tenantSlug })),
  },

  audit: {
    list: (query: {
      actor?: string
      action?: string
      tenant?: string
      target?: string
      from?: string
      to?: string
      page?: number
      size?: number
    }) => bffFetch<Page<AuditEvent>>(withQuery('/api/audit', query)),
    verify: () => bffFetch<AuditVerification>('/api/audit/verify'),
  },

  incidents: {
    list: (query: { status?: 'open' | 'resolved' | 'all'; page?: number; size?: number }) =>
      bffFetch<IncidentList>(withQuery('/api/incidents', query)),
    get: (id: string) => bffFetch<Incident>(`/api/incidents/${seg(id)}`),
    acknowledge: (id: string) => bffFetch<Incident>(`/api/incidents/${seg(id)}/acknowledge`, json({})),
    assign: (id: string, email: string) => bffFetch<Incident>(`/api/incidents/${seg(id)}/assign`, json({ email })),
    note: (id: string, text: string) => bffFetch<Incident>(`/api/incidents/${seg(id)}/notes`, json({ text })),
    customerUpdate: (id: string, text: string) =>
      bffFetch<Incident>(`/api/incidents/${seg(id)}/updates`, json({ text })),
    resolve: (id: string, version: number) =>
      bffFetch<Incident>(`/api/incidents/${seg(id)}/resolve`, {
        ...json({}),
        headers: { 'If-Match': ifMatch(version) },
      }),
    reopen: (id: string, version: number, reason: string) =>
      bffFetch<Incident>(`/api/incidents/${seg(id)}/reopen`, {
        ...json({ reason }),
        headers: { 'If-Match': ifMatch(version) },
      }),
    /** The open incidents of a tenant as its members see them. */
    ofTenant: (slug: string) => bffFetch<CustomerIncident[]>(`/api/tenants/${seg(slug)}/incidents`),
    ofTenantOne: (slug: string, id: string) =>
      bffFetch<CustomerIncident>(`/api/tenants/${seg(slug)}/incidents/${seg(id)}`),
  },

  onCall: {
    now: () => bffFetch<OnCallNow>('/api/oncall/now'),
    schedule: () => bffFetch<OnCallScheduleView>('/api/oncall/schedule'),
    /** Sets the schedule; the first one needs no version, every later one the version it replaces. */
    save: (schedule: OnCallSchedule, version: number | null) =>
      bffFetch<OnCallScheduleView>('/api/oncall/schedule', {
        method: 'PUT',
        body: JSON.stringify(schedule),
        headers: version === null ? {} : { 'If-Match': ifMatch(version) },
      }),
  },

  billing: () => bffFetch<BillingSummary>('/api/billing/summary'),
  infrastructure: () => bffFetch<Infrastructure>('/api/infrastructure'),
}
