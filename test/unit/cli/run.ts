/** Running `prw` as a user does: the built CLI in its own process, with a passphrase in the environment. */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';

export const root = path.resolve(__dirname, '../../..');
export const passphrase = 'sturdy maple kettle 9';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Builds dist/cli/prw.cjs from the sources, so the tests run what `npx prw` runs. */
export function buildCli(): void {
  // The CLI, and the core's worker thread that tests of the app's hosts start.
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'cli', 'core'], { cwd: root });
}

export function prw(...args: string[]): Run {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/prw.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRW_PASSPHRASE: passphrase, PRW_DISPLAY_NAME: 'CLI tester' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON a successful command printed; fails the test if it wrote to stderr or exited non-zero. */
export function json<T>(result: Run): T {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as T;
}
