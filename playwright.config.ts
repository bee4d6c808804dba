import { defineConfig } from '@playwright/test';
import { findBrowser } from './test/e2e/browser';

/**
 * Renderer end-to-end tests in a system Chromium, Chrome or Edge, else Playwright's own browser
 * (test/e2e/browser.ts; PRW_CHROMIUM overrides). With none, the run stops here with one line
 * saying how to get one. Each test starts its own test host (test/e2e/fixtures.ts), so there is
 * no webServer.
 */
const browser = findBrowser();

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  // One browser at a time: the build machines have two cores and the core does CPU-bound crypto.
  workers: 1,
  fullyParallel: false,
  // No retries, on CI either: each test has its own host and data, nothing on the network, so a
  // test that passes only on a second try has found a race in the app. Report it, don't hide it.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browser,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
