import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Renderer end-to-end tests in Debian's Chromium (Playwright cannot download its own browser
 * here). Each test starts its own test host (test/e2e/fixtures.ts), so there is no webServer.
 * The binary behind /usr/bin/chromium skips the wrapper script and its shell warning;
 * PRW_CHROMIUM overrides, and with neither Playwright uses its own browser if installed.
 */
const chromium = [process.env.PRW_CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(
  (candidate): candidate is string => !!candidate && existsSync(candidate),
);

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
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
