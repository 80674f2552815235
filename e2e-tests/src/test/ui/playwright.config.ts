// Playwright against the local stack through the gateway, in Debian's headless Chromium (no
// browser download). UiIT (e2e-tests) starts the stack and passes the URLs in the environment.
import { defineConfig } from '@playwright/test'

const artifacts = process.env.DEZKY_UI_ARTIFACTS ?? '../../../target/ui-artifacts'

export default defineConfig({
  testDir: 'specs',
  outputDir: `${artifacts}/results`,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: `${artifacts}/report`, open: 'never' }]],
  use: {
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
    },
  },
})
