/**
 * A crash mid-write (issue #3): a child commits a stream of transactions and is killed with SIGKILL
 * at a random point, 20 times over the same workspace. After every kill the workspace reopens with
 * its key, passes integrity_check, holds every number the child reported as committed, and its
 * audit chain verifies.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../../../electron/services/workspace/audit';
import { checkDatabase } from '../../../../../electron/services/workspace/db/check';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { newKey, tempDir } from './helpers';

const root = path.resolve(__dirname, '../../../../..');
const writer = path.join(__dirname, 'crash-writer.ts');

/** Runs the writer until it has committed at least once, then kills it after a random delay. Returns the committed numbers it printed. */
function runAndKill(file: string, key: Buffer, killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file], {
      cwd: root,
      env: { ...process.env, PRW_TEST_DATA_KEY: key.toString('hex'), PRW_LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!timer && out.includes('\n')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL' || !timer) {
        reject(new Error(`writer ended without being killed (signal ${signal}): ${err.slice(0, 2000)}`));
        return;
      }
      // Only complete lines count: a number is "committed" once its newline was printed.
      const complete = out.slice(0, out.lastIndexOf('\n') + 1);
      resolve(complete.split('\n').filter(Boolean).map(Number));
    });
  });
}

describe('crash safety', () => {
  it('survives 20 SIGKILLs mid-write with every committed transaction present and the database intact', async () => {
    const file = path.join(tempDir('prw-crash-'), 'workspace.db');
    const key = newKey();
    const committed = new Set<number>();
    let previousMax = 0;
    for (let round = 0; round < 20; round++) {
      const printed = await runAndKill(file, key, Math.floor(Math.random() * 250));
      expect(printed.length, `round ${round}`).toBeGreaterThan(0);
      expect(printed[0], `round ${round} continues where the last committed row left off`).toBeGreaterThan(previousMax);
      for (const n of printed) committed.add(n);

      const db = openWorkspaceDb(file, key);
      expect(checkDatabase(db, 'integrity'), `round ${round}`).toEqual({ ok: true, problems: 0 });
      const present = new Set((db.prepare('SELECT n FROM probe').pluck().all() as number[]));
      const lost = [...committed].filter((n) => !present.has(n));
      expect(lost, `round ${round}: committed but missing`).toEqual([]);
      expect(verifyAudit(db), `round ${round}`).toMatchObject({ ok: true });
      previousMax = Math.max(...present);
      db.close();
    }
    expect(committed.size).toBeGreaterThan(20);
  }, 600_000); // a hang guard only: 20 kills of a child process take a minute on a busy machine
});
