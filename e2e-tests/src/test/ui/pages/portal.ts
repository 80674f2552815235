// Page objects of the customer portal.
import { expect, type Locator, type Page } from '@playwright/test'
import { PORTAL_URL } from './support'

export class PortalApp {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(PORTAL_URL + path)
  }

  /** What Dezky tells this customer of ongoing incidents, above Home. */
  incidentBanner(): Locator {
    return this.page.getByRole('region', { name: 'Service disruption' })
  }

  myTenants(): Locator {
    return this.page.getByTestId('my-tenants').getByTestId('tenant-card')
  }

  async openTenant(name: string): Promise<TenantPortalPage> {
    await this.page.getByTestId('my-tenants').getByRole('link', { name }).click()
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible()
    return new TenantPortalPage(this.page)
  }

  /** platform-api's answer to a call the UI would not offer, made from the page with the session. */
  async apiStatus(method: string, path: string, body?: unknown): Promise<number> {
    return this.page.evaluate(
      async ([m, p, b]) =>
        (
          await fetch(p as string, {
            method: m as string,
            headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
            body: b === undefined ? undefined : JSON.stringify(b),
          })
        ).status,
      [method, path, body] as const,
    )
  }
}

export class TenantPortalPage {
  constructor(readonly page: Page) {}

  async tab(name: 'overview' | 'members' | 'services' | 'early-access'): Promise<void> {
    await this.page.getByTestId(`tab-${name}`).click()
  }

  inviteButton(): Locator {
    return this.page.getByTestId('invite-member')
  }

  members(): Locator {
    return this.page.getByTestId('member-table')
  }
}
