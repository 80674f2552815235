// An incident from a real alert through the real Alertmanager, in both apps: the operator sees the
// banner, opens the incident and writes a customer update; the affected tenant's admin sees it in
// their portal, a member of another tenant does not; the operator resolves it and it is gone.
import { expect, test } from '@playwright/test'
import { IncidentPage, OperatorApp } from '../pages/operator'
import { PortalApp } from '../pages/portal'
import {
  ALERTMANAGER_URL,
  capture,
  OPERATOR_URL,
  PORTAL_URL,
  signIn,
  unique,
  watchBrowserErrors,
} from '../pages/support'

test('an alert for one tenant becomes an incident its members are told about, and no one else', async ({
  browser,
  request,
}) => {
  const summary = `Mail delivery delayed for Kessler Architekten (${unique('e2e')})`
  const update = `Incoming mail is delayed by about ten minutes; nothing is lost. (${unique('update')})`
  const startsAt = new Date()
  const endsAt = new Date(startsAt.getTime() + 15 * 60_000)
  // As Prometheus would: Alertmanager groups it and posts it to platform-api's webhook.
  const posted = await request.post(`${ALERTMANAGER_URL}/api/v2/alerts`, {
    data: [
      {
        labels: { alertname: 'E2eTenantDisruption', tenant: 'kessler-architekten', severity: 'warning' },
        annotations: { summary },
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
      },
    ],
  })
  expect(posted.status()).toBe(200)

  const operatorPage = await (await browser.newContext()).newPage()
  const errors = watchBrowserErrors(operatorPage)
  const app = new OperatorApp(operatorPage)
  await signIn(operatorPage, OPERATOR_URL, 'ada@dezky.com')
  await expect(operatorPage.getByTestId('oncall-indicator')).toContainText('On call')
  await expect(async () => {
    await operatorPage.reload()
    await expect(operatorPage.getByRole('region', { name: 'Open incidents' })).toContainText(summary, {
      timeout: 2_000,
    })
  }).toPass({ timeout: 30_000 })
  await capture(operatorPage, 'operator-overview-incident')
  const incident = new IncidentPage(operatorPage)
  await incident.openFromBanner(summary)
  await expect(operatorPage.getByTestId('alerts')).toContainText('tenant=kessler-architekten')
  await incident.postCustomerUpdate(update)
  await capture(operatorPage, 'operator-incident')

  const adminPage = await (await browser.newContext()).newPage()
  const portal = new PortalApp(adminPage)
  await signIn(adminPage, PORTAL_URL, 'alex@example.com')
  await expect(portal.incidentBanner()).toContainText(update)
  await capture(adminPage, 'portal-home-incident')
  await portal.incidentBanner().getByRole('link').filter({ hasText: 'Incident #' }).first().click()
  await expect(adminPage.getByTestId('incident-updates')).toContainText(update)
  await expect(adminPage.locator('body')).not.toContainText(summary)
  await capture(adminPage, 'portal-incident')

  const otherPage = await (await browser.newContext()).newPage()
  const other = new PortalApp(otherPage)
  await signIn(otherPage, PORTAL_URL, 'pat@example.com')
  await expect(other.myTenants()).toHaveCount(1)
  await expect(otherPage.locator('body')).not.toContainText(update)

  await incident.resolve()
  await adminPage.goto(PORTAL_URL + '/')
  await expect(portal.myTenants()).toHaveCount(1)
  await expect(adminPage.locator('body')).not.toContainText(update)

  await app.navigate('Incidents')
  await capture(operatorPage, 'operator-incidents')
  await app.navigate('On call')
  const form = operatorPage.getByTestId('schedule-form')
  await expect(form).toBeVisible()
  await form.getByPlaceholder('name@dezky.com').fill('grace@dezky.com')
  await form.getByRole('button', { name: 'Add', exact: true }).click()
  await form.getByRole('button', { name: 'Save schedule' }).click()
  await expect(form.getByRole('status')).toHaveText('Schedule saved.')
  await expect(operatorPage.getByTestId('shifts')).toContainText('grace@dezky.com')
  await expect(operatorPage.getByTestId('oncall-indicator')).toContainText('@dezky.com')
  await capture(operatorPage, 'operator-oncall')
  expect(errors, 'no console errors, CSP violations or uncaught exceptions').toEqual([])
})
