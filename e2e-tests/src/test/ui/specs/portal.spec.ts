// The customer portal in a real browser against the local stack: a tenant admin invites a
// member, a plain member cannot, an outsider gets no access, and sessions stay on their host.
import { expect, test } from '@playwright/test'
import { InviteDialogPage } from '../pages/operator'
import { PortalApp } from '../pages/portal'
import { capture, OPERATOR_URL, PORTAL_URL, signIn, unique, watchBrowserErrors } from '../pages/support'

const KESSLER = 'Kessler Architekten'
const KESSLER_SLUG = 'kessler-architekten'

test('a tenant admin sees only their tenant and invites a member', async ({ page }) => {
  const portal = new PortalApp(page)
  const browserErrors = watchBrowserErrors(page)
  await signIn(page, PORTAL_URL, 'alex@example.com')
  await expect(portal.myTenants()).toHaveCount(1)
  await expect(portal.myTenants()).toContainText(KESSLER)
  await expect(page.getByTestId('env-badge')).toHaveText(/dev/i)
  await capture(page, 'portal-home')

  const tenant = await portal.openTenant(KESSLER)
  await expect(page.getByTestId('estimate')).toContainText(/\d/)
  await capture(page, 'portal-tenant-overview')

  await tenant.tab('members')
  const email = `${unique('e2e-member')}@example.com`
  await tenant.inviteButton().click()
  const handOff = await new InviteDialogPage(page).invite('E2E Member', email)
  expect(handOff.password ?? handOff.link).toBeTruthy()
  await capture(page, 'portal-invite')
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(tenant.members()).toContainText(email)
  await capture(page, 'portal-members')

  await tenant.tab('services')
  await expect(page.getByTestId('service-ocis')).toContainText('ready')
  // The file space's address is the one the upstream reported, and the local one is a sandbox's.
  await expect(page.getByTestId('file-space-link')).toHaveAttribute('href', /^https?:\/\//)
  await expect(page.getByTestId('file-space-sandbox')).toContainText('nothing real is served there')
  await capture(page, 'portal-services')
  await tenant.tab('early-access')
  await expect(page.getByTestId('early-access')).toBeVisible()
  // Only flags shown to customers, by the name written for them; Dezky's internal keys never.
  await expect(page.getByTestId('early-access')).toContainText('Faster webmail')
  await expect(page.getByTestId('early-access')).not.toContainText('new_billing_engine')
  await expect(page.getByTestId('early-access')).not.toContainText('jmap_native_v2')
  await capture(page, 'portal-early-access')

  expect(browserErrors, 'no console errors, CSP violations or uncaught exceptions').toEqual([])
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click()
  await expect(page.getByTestId('profile-email')).toHaveText('alex@example.com')
  await capture(page, 'portal-profile')
  await page.getByTestId('profile-sign-out').click()
  await expect(page.locator('#username')).toBeVisible()
  await page.goto(PORTAL_URL + '/')
  await expect(page.locator('#username')).toBeVisible()
})

test('a plain member cannot invite: the UI offers nothing and the API answers 403', async ({ page }) => {
  const portal = new PortalApp(page)
  await signIn(page, PORTAL_URL, 'sam@example.com')
  const tenant = await portal.openTenant(KESSLER)
  await tenant.tab('members')
  await expect(tenant.members()).toBeVisible()
  await expect(tenant.inviteButton()).toHaveCount(0)
  expect(
    await portal.apiStatus('POST', `/api/tenants/${KESSLER_SLUG}/members/invite`, {
      name: 'X',
      email: 'x@example.com',
    }),
  ).toBe(403)
})

test('a user of another tenant gets no access to this tenant', async ({ page }) => {
  const portal = new PortalApp(page)
  await signIn(page, PORTAL_URL, 'pat@example.com')
  await expect(portal.myTenants()).not.toContainText(KESSLER)
  await portal.open(`/tenants/${KESSLER_SLUG}`)
  await expect(page.getByTestId('no-access')).toBeVisible()
  await capture(page, 'portal-no-access')
  expect(await portal.apiStatus('GET', `/api/tenants/${KESSLER_SLUG}`)).toBe(403)
  expect(await portal.apiStatus('GET', `/api/tenants/${KESSLER_SLUG}/users`)).toBe(403)
  expect(await portal.apiStatus('GET', '/api/tenants')).toBe(403)
})

test('the operator and portal session cookies never cross hosts', async ({ page, context }) => {
  await signIn(page, PORTAL_URL, 'alex@example.com')
  await signIn(page, OPERATOR_URL, 'ada@dezky.com')
  const portalCookies = await context.cookies(PORTAL_URL)
  const operatorCookies = await context.cookies(OPERATOR_URL)
  expect(portalCookies.map((c) => c.name)).toContain('__Host-dezky-portal')
  expect(portalCookies.map((c) => c.name)).not.toContain('__Host-dezky-operator')
  expect(operatorCookies.map((c) => c.name)).toContain('__Host-dezky-operator')
  expect(operatorCookies.map((c) => c.name)).not.toContain('__Host-dezky-portal')
  for (const cookie of [...portalCookies, ...operatorCookies].filter((c) => c.name.startsWith('__Host-'))) {
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.path).toBe('/')
  }
})
