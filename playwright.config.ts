import { defineConfig } from '@playwright/test';
import { guestSessionFile } from './e2e-tests/signIn';

// Browser tests run in Debian's Chromium (scripts/ensure-chromium.sh);
// Playwright never downloads a browser here.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// app-next's specs run only in the app-next project, against its own URL.
const APP_NEXT_SPECS = /appNext[^/]*\.spec\.ts$/;
const APP_NEXT_URL =
  process.env.PLAYWRIGHT_APP_NEXT_URL ?? 'http://localhost:3001';

export default defineConfig({
  testDir: './e2e-tests',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  outputDir: 'node_modules/.cache/e2e-test-results',
  // Starts the app unless PLAYWRIGHT_URL points at a running one; Playwright
  // stops what it started, so no server outlives the run.
  webServer: process.env.PLAYWRIGHT_URL
    ? []
    : [
        {
          command: 'yarn start backend',
          url: 'http://localhost:7007/api/standard-architecture/health',
          reuseExistingServer: !process.env.CI,
          timeout: 180_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
        // Both demo apps run as production builds: a built bundle loads in
        // a fraction of the dev server's time, and every test loads one.
        {
          command:
            'yarn workspace app build && node scripts/serve-built-app.mjs packages/app/dist 3000',
          url: 'http://localhost:3000',
          reuseExistingServer: !process.env.CI,
          timeout: 300_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
        // The second demo app, on the new frontend system, with its own config.
        {
          command:
            'yarn workspace app-next build --config ../../app-config.yaml --config ../../app-config.next.yaml && node scripts/serve-built-app.mjs packages/app-next/dist 3001',
          url: APP_NEXT_URL,
          reuseExistingServer: !process.env.CI,
          timeout: 300_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ],
  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  projects: [
    // Sign in once per app; the specs start from the saved guest session.
    {
      name: 'sign-in',
      testMatch: /signIn\.setup\.ts$/,
      use: { browserName: 'chromium', channel: undefined },
    },
    {
      name: 'sign-in-next',
      testMatch: /signIn\.setup\.ts$/,
      use: {
        browserName: 'chromium',
        channel: undefined,
        baseURL: APP_NEXT_URL,
      },
    },
    // The legacy demo app (packages/app).
    {
      name: 'chromium',
      testIgnore: APP_NEXT_SPECS,
      dependencies: ['sign-in'],
      use: {
        browserName: 'chromium',
        channel: undefined,
        storageState: guestSessionFile('sign-in'),
      },
    },
    // The new-frontend-system demo app (packages/app-next), same backend.
    {
      name: 'app-next',
      testMatch: APP_NEXT_SPECS,
      dependencies: ['sign-in-next'],
      use: {
        browserName: 'chromium',
        channel: undefined,
        baseURL: APP_NEXT_URL,
        storageState: guestSessionFile('sign-in-next'),
      },
    },
  ],
});
