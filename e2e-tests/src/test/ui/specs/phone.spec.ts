// Both apps on a phone (390 × 844): every main screen fits the width without sideways scrolling,
// tables scroll inside their cards, and the navigation is a drawer behind the Menu button.
import { expect, test } from '@playwright/test'
import {
  expectAccessible,
  expectNoSidewaysScroll,
  NarrowShell,
  OPERATOR_URL,
  PORTAL_URL,
  screenshot,
  signIn,
} from '../pages/support'

test.use({ viewport: { width: 390, height: 844 } })

const TENANT = 'kessler-architekten'
const OPERATOR_SCREENS = [
  '/',
  '/tenants',
  `/tenants/${TENANT}`,
  '/partners',
  '/users',
  '/team',
  '/flags',
  '/audit',
  '/infrastructure',
  '/incidents',
  '/oncall',
  '/billing',
  '/reports',
  '/support',
  '/settings',
]
const PORTAL_SCREENS = ['/', `/tenants/${TENANT}`, '/profile']

async function expectFits(page: import('@playwright/test').Page, appUrl: string, path: string, name: string) {
  await page.goto(appUrl + path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForLoadState('networkidle')
  await expectNoSidewaysScroll(page, `${name} ${path}`)
  await screenshot(page, `phone-${name}${path === '/' ? '-home' : path.replaceAll('/', '-')}`)
}

test('every operator screen fits a phone, and the navigation opens as a drawer', async ({ page }) => {
  await signIn(page, OPERATOR_URL, 'ada@dezky.com')
  const shell = new NarrowShell(page)
  await expect(shell.navigation()).toBeHidden()

  for (const path of OPERATOR_SCREENS) {
    await expectFits(page, OPERATOR_URL, path, 'operator')
  }

  await shell.navigate('Feature flags')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feature flags')
  await page.getByRole('button', { name: 'Menu' }).click()
  await expectAccessible(page, 'operator drawer')
  await page.keyboard.press('Escape')
  await expect(shell.navigation()).toBeHidden()
})

test("every customer screen fits a phone, and the portal's navigation opens as a drawer", async ({ page }) => {
  await signIn(page, PORTAL_URL, 'alex@example.com')
  const shell = new NarrowShell(page)

  for (const path of PORTAL_SCREENS) {
    await expectFits(page, PORTAL_URL, path, 'portal')
  }

  await shell.navigate('Home')
  await expect(page).toHaveURL(PORTAL_URL + '/')
})
