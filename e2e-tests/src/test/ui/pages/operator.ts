// Page objects of the operator portal.
import { expect, type Locator, type Page } from '@playwright/test'
import { capture, OPERATOR_URL } from './support'

export class OperatorApp {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(OPERATOR_URL + path)
  }

  async navigate(label: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click()
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible()
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  async palette(query: string): Promise<void> {
    await this.page.keyboard.press('Control+k')
    await this.page.getByTestId('palette-input').fill(query)
  }

  async signOut(): Promise<void> {
    await this.page.getByTestId('user-menu').click()
    await this.page.getByTestId('sign-out').click()
  }
}

export class PartnersPage {
  constructor(readonly page: Page) {}

  async create(name: string, slug: string, domain: string): Promise<void> {
    await this.page.getByTestId('new-partner').click()
    await this.page.getByTestId('partner-name').fill(name)
    await this.page.getByTestId('partner-slug').fill(slug)
    await this.page.getByTestId('partner-domain').fill(domain)
    await this.page.getByTestId('partner-create').click()
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible()
  }

  async attach(tenantSlug: string): Promise<void> {
    await this.page.getByTestId('attach-tenant').click()
    await this.page.getByTestId('attach-slug').fill(tenantSlug)
    await this.page.getByRole('option', { name: tenantSlug }).click()
    await this.page.getByTestId('attach-submit').click()
    await expect(this.page.getByTestId('customer-table')).toContainText(tenantSlug)
  }

  /** Edits the margin and the contact address, saves, and waits for the saved figures. */
  async edit(marginPct: string, email: string): Promise<void> {
    await this.page.getByTestId('edit-partner').click()
    await this.page.getByTestId('partner-edit-margin').fill(marginPct)
    await this.page.getByTestId('partner-edit-email').fill(email)
    await capture(this.page, 'operator-partner-edit')
    await this.page.getByTestId('partner-edit-save').click()
    await expect(this.page.getByRole('status')).toHaveText('Saved.')
  }
}

export class TenantsPage {
  constructor(readonly page: Page) {}

  async create(name: string, slug: string, domain: string): Promise<void> {
    await this.page.getByTestId('new-tenant').click()
    await this.page.getByTestId('tenant-name').fill(name)
    await this.page.getByTestId('tenant-slug').fill(slug)
    await this.page.getByTestId('tenant-domains').fill(domain)
    await this.page.getByTestId('tenant-create').click()
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible()
  }
}

export class TenantDetailPage {
  constructor(readonly page: Page) {}

  async tab(name: string): Promise<void> {
    await this.page.getByTestId(`tab-${name}`).click()
  }

  status(): Locator {
    return this.page.getByRole('heading', { level: 1 }).locator('..')
  }

  async expectAllResourcesOk(): Promise<void> {
    await this.tab('resources')
    for (const integration of ['authentik', 'stalwart', 'ocis']) {
      await expect(this.page.getByTestId(`resource-${integration}`)).toContainText('ok', { timeout: 30_000 })
    }
  }

  async act(action: 'suspend' | 'resume' | 'delete' | 'restore', reason?: string): Promise<void> {
    await this.tab('danger')
    await this.page.getByTestId(`action-${action}`).click()
    if (reason) {
      await this.page.getByTestId('confirm-reason').fill(reason)
    }
    await this.page.getByTestId('confirm').click()
  }
}

export class FlagsPage {
  constructor(readonly page: Page) {}

  async open(key: string): Promise<void> {
    await this.page.getByTestId('flag-table').getByRole('link', { name: key }).click()
    await expect(this.page.getByTestId('flag-panel')).toBeVisible()
  }

  async rollOut(pct: number): Promise<void> {
    await this.page.getByTestId('state-rollout').click()
    await this.page.getByTestId('rollout').fill(String(pct))
  }

  impact(): Locator {
    return this.page.getByTestId('impact')
  }

  async save(): Promise<void> {
    await this.page.getByTestId('save-flag').click()
    await expect(this.page.getByTestId('save-flag')).toBeDisabled()
  }

  async delete(): Promise<void> {
    await this.page.getByTestId('delete-flag').click()
    await this.page.getByTestId('confirm').click()
    await expect(this.page.getByTestId('flag-panel')).toBeHidden()
  }
}

export class InviteDialogPage {
  constructor(readonly page: Page) {}

  async invite(name: string, email: string): Promise<{ password: string | null; link: string | null }> {
    await this.page.getByTestId('invite-name').fill(name)
    await this.page.getByTestId('invite-email').fill(email)
    await this.page.getByTestId('invite-submit').click()
    await expect(this.page.getByTestId('invite-result')).toBeVisible()
    const password = this.page.getByTestId('invite-password')
    const link = this.page.getByTestId('invite-link')
    return {
      password: (await password.count()) ? await password.textContent() : null,
      link: (await link.count()) ? await link.textContent() : null,
    }
  }
}

export class IncidentPage {
  constructor(readonly page: Page) {}

  /** Opens the incident whose banner line says this, from the Overview's incident banner. */
  async openFromBanner(text: string): Promise<void> {
    const banner = this.page.getByRole('region', { name: 'Open incidents' })
    await banner.getByRole('listitem').filter({ hasText: text }).getByRole('link').click()
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(text)
  }

  async postCustomerUpdate(text: string): Promise<void> {
    await this.page.getByLabel('Update for customers').check()
    await this.page.getByLabel('Message').fill(text)
    await this.page.getByRole('button', { name: 'Post update' }).click()
    await expect(this.page.getByRole('status')).toContainText('Update posted')
  }

  async resolve(): Promise<void> {
    await this.page.getByRole('button', { name: 'Resolve' }).click()
    await expect(this.page.getByTestId('incident-facts')).toContainText('resolved')
  }
}
