import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * `npm run test:crosscheck`: real exports checked with poppler and qpdf (test/crosscheck), beside
 * the unit tests' pdf.js reader. Kept out of vitest.config.mts so `npm run test:unit` needs only
 * Node; CI (.ci/run) installs the tools and runs both.
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/crosscheck/**/*.test.ts'],
    globalSetup: ['test/crosscheck/setup.ts'],
    environment: 'node',
    maxWorkers: 2,
    // Hang guards, not speed checks (see vitest.config.mts).
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
