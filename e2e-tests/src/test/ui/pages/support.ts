// What every page object needs: the URLs of the stack under test, signing in at the dev
// identity provider, accessibility checks with axe-core, and screenshots as artifacts.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'

export const OPERATOR_URL = process.env.DEZKY_OPERATOR_URL ?? 'http://operator.localhost:8080'
export const PORTAL_URL = process.env.DEZKY_PORTAL_URL ?? 'http://app.localhost:8080'
export const SANDBOX_URL = process.env.DEZKY_SANDBOX_URL ?? 'http://127.0.0.1:9100'
const ARTIFACTS = process.env.DEZKY_UI_ARTIFACTS ?? '../../../target/ui-artifacts'

/** Opens the app, is sent to the dev identity provider, signs in as this username, and lands back. */
export async function signIn(page: Page, appUrl: string, username: string, path = '/'): Promise<void> {
  await page.goto(appUrl + path)
  await expect(page.locator('#username')).toBeVisible()
  await page.locator('#username').fill(username)
  await page.locator('form').first().getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.toString().startsWith(appUrl))
}

/** Fails on any serious or critical axe-core violation of the page as it is now. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([])
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/screenshots/${name}.png`, fullPage: true })
}

/** Checks a screen: accessible, and saved as a screenshot. */
export async function capture(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name)
  await screenshot(page, name)
}

/**
 * Collects what the browser reports as errors while a test runs: console errors (Content
 * Security Policy violations among them) and uncaught exceptions. Expected API refusals
 * (401/403 a test provokes) are logged by Chromium as failed resources and are left out.
 */
export function watchBrowserErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      !/Failed to load resource: the server responded with a status of (401|403|404|409)/.test(message.text())
    ) {
      errors.push(message.text())
    }
  })
  return errors
}

export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`
}

export const ALERTMANAGER_URL = process.env.DEZKY_ALERTMANAGER_URL ?? 'http://127.0.0.1:9093'

/** The frame both apps share, as it behaves on a narrow screen: the navigation is a drawer. */
export class NarrowShell {
  constructor(readonly page: Page) {}

  navigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' })
  }

  async navigate(label: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Menu' }).click()
    await expect(this.navigation()).toBeVisible()
    await this.navigation().getByRole('link', { name: label }).click()
    await expect(this.navigation()).toBeHidden()
  }
}

/**
 * Fails when the page is wider than the window, i.e. the reader has to scroll sideways; names the
 * elements that stick out.
 */
export async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const width = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: window.innerWidth,
    sticking: [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(-3)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
  }))
  expect(width.page, `${screen}: page width against the window's (${width.sticking.join(', ')})`).toBeLessThanOrEqual(
    width.window,
  )
}
