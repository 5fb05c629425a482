import { defineConfig } from '@playwright/test';

// The install test's browser check of the freshly created app; the app is
// started by scripts/install-test.sh, never by Playwright.
export default defineConfig({
  testDir: '.',
  testMatch: 'installedApp.spec.ts',
  timeout: 180_000,
  expect: { timeout: 60_000 },
  retries: 0,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../node_modules/.cache/install-test-results',
  use: {
    baseURL: process.env.INSTALLED_APP_URL ?? 'http://localhost:3010',
    screenshot: 'only-on-failure',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', channel: undefined } }],
});
