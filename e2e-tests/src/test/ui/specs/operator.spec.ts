// The operator portal in a real browser against the local stack: the whole working day of an
// operator, each main screen checked with axe-core and saved as a screenshot.
import { expect, test } from '@playwright/test'
import {
  FlagsPage,
  InviteDialogPage,
  OperatorApp,
  PartnersPage,
  TenantDetailPage,
  TenantsPage,
} from '../pages/operator'
import { capture, OPERATOR_URL, signIn, unique, watchBrowserErrors } from '../pages/support'

test('an operator runs the platform from the operator portal', async ({ page }) => {
  const app = new OperatorApp(page)
  const browserErrors = watchBrowserErrors(page)
  await signIn(page, OPERATOR_URL, 'ada@dezky.com', '/tenants?status=active')
  await expect(app.heading()).toHaveText('Tenants')
  await expect(page).toHaveURL(/\/tenants\?status=active/)
  await expect(page.getByTestId('env-badge')).toHaveText(/dev/i)
  // The environment menu: the other deployment is listed, and production asks before it opens.
  await page.getByTestId('env-badge').click()
  await page.getByRole('menuitem', { name: /Production · production/ }).click()
  await expect(page.getByRole('dialog')).toContainText(
    'production is production: what you change there reaches real customers',
  )
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  await expect(page).toHaveURL(/\/tenants\?status=active/)
  // The favicon, fetched by the page itself (only the browser resolves *.localhost).
  const favicon = await page.evaluate(async () => {
    const answer = await fetch('/favicon.svg')
    return { status: answer.status, type: answer.headers.get('content-type') }
  })
  expect(favicon.status).toBe(200)
  expect(favicon.type).toContain('image/svg+xml')
  await expect(page.getByTestId('tenant-table')).toBeVisible()
  await capture(page, 'operator-tenants')
  // Word search: any word of a name, case- and accent-insensitive; the partner filter picks a partner.
  await page.getByTestId('tenant-search').fill('kruger')
  await expect(page.getByTestId('tenant-table')).toContainText('Krüger Optik')
  await page.getByTestId('tenant-search').fill('')
  await page.getByTestId('partner-filter').fill('northwind')
  await page.getByRole('option', { name: /Northwind IT Services/ }).click()
  await expect(page).toHaveURL(/partner=northwind/)
  await expect(page.getByTestId('tenant-table')).toContainText('Northwind IT Services')
  await expect(page.getByTestId('tenant-table')).not.toContainText('direct')

  await app.navigate('Overview')
  await expect(page.getByTestId('kpi-tenants')).not.toHaveText('…')
  await capture(page, 'operator-overview')

  // A partner, then a tenant provisioned in the sandboxes, attached to the partner.
  const partnerSlug = unique('e2e-partner')
  const partnerName = `Partner ${partnerSlug}`
  await app.navigate('Partners')
  await capture(page, 'operator-partners')
  await new PartnersPage(page).create(partnerName, partnerSlug, `${partnerSlug}.example`)

  const tenantSlug = unique('e2e-tenant')
  const tenantName = `Tenant ${tenantSlug}`
  await app.navigate('Tenants')
  await new TenantsPage(page).create(tenantName, tenantSlug, `${tenantSlug}.example`)
  const tenant = new TenantDetailPage(page)
  await tenant.expectAllResourcesOk()
  await expect(tenant.status()).toContainText('active')
  await capture(page, 'operator-tenant-resources')

  await app.open(`/partners/${partnerSlug}`)
  await expect(app.heading()).toHaveText(partnerName)
  await new PartnersPage(page).attach(tenantSlug)
  await expect(page.getByTestId('customer-table')).toContainText(tenantName)
  await expect(page.getByTestId('partner-figures')).toContainText('1 customer ·')
  await capture(page, 'operator-partner-detail')
  await new PartnersPage(page).edit('17.5', `billing@${partnerSlug}.example`)
  await expect(page.getByText('Margin 17.5 %')).toBeVisible()
  await expect(page.getByText(`billing@${partnerSlug}.example`)).toBeVisible()

  // Suspend with a reason, then resume.
  await app.open(`/tenants/${tenantSlug}`)
  await tenant.act('suspend', 'Unpaid invoice (e2e)')
  await expect(tenant.status()).toContainText('suspended')
  await tenant.act('resume')
  await expect(tenant.status()).toContainText('active')
  await tenant.tab('audit')
  // Read as sentences, the suspension with its reason.
  await expect(page.getByTestId('audit-table')).toContainText(`ada@dezky.com resumed ${tenantSlug}`)
  await expect(page.getByTestId('audit-table')).toContainText(
    `ada@dezky.com suspended ${tenantSlug} — reason: Unpaid invoice (e2e)`,
  )
  await capture(page, 'operator-tenant-audit')

  // A new flag rolled out to 25 % with its exact impact shown before saving.
  const flagKey = unique('e2e_flag').replace(/-/g, '_')
  await app.navigate('Feature flags')
  await page.getByTestId('new-flag').click()
  await page.getByTestId('flag-key').fill(flagKey)
  await page.getByTestId('flag-create').click()
  const flags = new FlagsPage(page)
  await expect(page.getByTestId('flag-panel')).toBeVisible()
  await flags.rollOut(25)
  await expect(flags.impact()).toContainText(/\d+ of \d+/)
  await expect(page.getByTestId('turn-on')).toContainText(/\d+ turn on/)
  const turnOn = Number((await page.getByTestId('turn-on').textContent())?.match(/\d+/)?.[0])
  expect(turnOn).toBeGreaterThan(0)
  // Picking another flag while the rollout is unsaved asks first; keeping the change stays here.
  let question = ''
  page.once('dialog', (dialog) => {
    question = dialog.message()
    void dialog.dismiss()
  })
  await page.getByTestId('flag-table').getByRole('link').filter({ hasNotText: flagKey }).first().click()
  await expect.poll(() => question).toContain(flagKey)
  await expect(page).toHaveURL(new RegExp(`/flags/${flagKey}$`))
  await expect(page.getByTestId('rollout')).toHaveValue('25')
  await flags.save()
  await capture(page, 'operator-flags')
  await flags.delete()
  await expect(page.getByTestId('flag-table')).not.toContainText(flagKey)

  // Invite an operator: the hand-off is shown once.
  const email = `${unique('e2e-op')}@dezky.com`
  await app.navigate('Operator team')
  await page.getByTestId('invite-operator').click()
  const handOff = await new InviteDialogPage(page).invite('E2E Operator', email)
  expect(handOff.password ?? handOff.link).toBeTruthy()
  await capture(page, 'operator-invite')
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByTestId('team-table')).toContainText(email)

  // All of it in the audit log, by this operator.
  await app.navigate('Audit log')
  await expect(page.getByTestId('chain')).toContainText('Chain verified')
  await page.getByLabel('Actor').fill('ada@dezky.com')
  await page.getByRole('button', { name: 'Filter' }).click()
  const audit = page.getByTestId('audit-table')
  for (const action of [
    'partner.created',
    'tenant.created',
    'tenant.updated',
    'tenant.suspended',
    'tenant.resumed',
    'flag.created',
    'flag.updated',
    'platform.user_invited',
  ]) {
    await expect(audit).toContainText(action)
  }
  await capture(page, 'operator-audit')

  for (const [label, name] of [
    ['Infrastructure', 'infrastructure'],
    ['Users', 'users'],
    ['Billing', 'billing'],
    ['Reports', 'reports'],
    ['Support', 'support'],
    ['Settings', 'settings'],
  ] as const) {
    await app.navigate(label)
    await expect(page.getByText('Loading…')).toHaveCount(0)
    await capture(page, `operator-${name}`)
  }
  // The light theme passes the same accessibility checks, and the choice survives a reload.
  await page.getByLabel('Light').check()
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await app.navigate('Tenants')
  await capture(page, 'operator-tenants-light')
  await app.navigate('Settings')
  await page.getByLabel('Dark').check()

  await app.navigate('Infrastructure')
  await expect(page.getByTestId('upstreams')).toContainText('sandbox')
  await expect(page.getByTestId('services')).toContainText('database')

  // Keyboard: the palette finds the tenant through the API; Enter opens it.
  await app.palette(tenantSlug)
  await expect(page.getByRole('option', { name: new RegExp(tenantName) })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.getByRole('option', { name: new RegExp(tenantName) }).click()
  await expect(app.heading()).toHaveText(tenantName)

  // The sidebar collapses with Ctrl+[.
  await page.keyboard.press('Control+[')
  await expect(page.getByTestId('sidebar-toggle')).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Control+[')

  // Notifications from the audit trail: what others did (the demo data's robot, other tests' users),
  // not what this operator did (the tenant created above); each links to its subject; marking them
  // read empties the count.
  await page.getByTestId('bell').click()
  await expect(page.getByTestId('notifications')).not.toContainText(tenantSlug)
  await expect(page.getByTestId('notifications').getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/(tenants|flags|team|incidents)/,
  )
  await capture(page, 'operator-notifications')
  await page.getByTestId('mark-read').click()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('bell')).toHaveAttribute('aria-label', 'Notifications, 0 unread')
  // The read mark is the server's, not this browser's.
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await expect(page.getByTestId('bell')).toHaveAttribute('aria-label', 'Notifications, 0 unread')

  expect(browserErrors, 'no console errors, CSP violations or uncaught exceptions').toEqual([])

  // Signing out ends the session at the BFF and at the identity provider, which asks to sign in again.
  await app.signOut()
  await expect(page.locator('#username')).toBeVisible()
  await page.goto(`${OPERATOR_URL}/tenants`)
  await expect(page.locator('#username')).toBeVisible()
})

test('someone signed in who is not a platform admin gets one plain page and a way out', async ({ page }) => {
  const browserErrors = watchBrowserErrors(page)
  await signIn(page, OPERATOR_URL, 'sam.outsider@example.com')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This portal is for Dezky platform admins')
  await expect(page.getByText('sam.outsider@example.com')).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
  await capture(page, 'operator-not-platform-admin')
  expect(browserErrors, 'nothing the API would refuse is asked for').toEqual([])

  await page.getByTestId('not-admin-sign-out').click()
  await page.waitForURL((url) => !url.toString().startsWith(OPERATOR_URL))
})
