import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // The CLI tests run the built `prw`: built once here, not by each file (they raced).
    globalSetup: ['test/unit/cli/build-cli.ts'],
    environment: 'node',
    // Native SQLite and scrypt are CPU-bound: two workers on a two-core machine.
    maxWorkers: 2,
    // A guard against a hang, not a speed check: the CLI tests spawn prw a dozen times (each an
    // unlock with scrypt), and on a busy two-core machine that has taken over a minute. Speed is
    // measured by `npm run bench`, never by a test.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
