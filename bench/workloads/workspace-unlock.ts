/**
 * Unlocking a workspace as the app does it, with the real scrypt cost: the KDF alone, then
 * everything after it (lock file, open with the raw key, schema check, audit entry, first query).
 * Issue #3's target: open + first query ≤ 50 ms on top of one KDF.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliPorts } from '../../electron/cli/ports';
import { createCore } from '../../electron/services';
import { appendAudit } from '../../electron/services/workspace/audit';
import { workspaceDbPath } from '../../electron/services/workspace/db/files';
import { openWorkspaceDb } from '../../electron/services/workspace/db/open';
import { readKeyFile, unlockWithPassphrase } from '../../electron/services/workspace/keys';
import { acquireLock } from '../../electron/services/workspace/lock';
import { migrate } from '../../electron/services/workspace/migrations';
import { elapsedMs, type Figure } from '../harness';

const passphrase = 'bench passphrase for unlocking';
let dir = '';
let workspace = '';
const core = createCore(cliPorts());

async function setup() {
  if (workspace) return;
  dir = mkdtempSync(path.join(os.tmpdir(), 'prw-bench-unlock-'));
  workspace = (await core.session.create(dir, 'Bench', passphrase)).path;
  await core.session.lock('user');
}

async function teardown() {
  await core.session.lock('user');
}

export const figures: Figure[] = [
  {
    name: 'unlock: scrypt KDF (N=2^17, r=8, p=1)',
    unit: 'ms',
    runs: 7,
    setup,
    measure: async () => {
      const keys = await readKeyFile(path.join(workspace, 'keys.json'));
      const start = process.hrtime.bigint();
      (await unlockWithPassphrase(keys, passphrase)).fill(0);
      return elapsedMs(start);
    },
  },
  {
    name: 'unlock: whole (KDF + lock file + open + audit + first query)',
    unit: 'ms',
    runs: 7,
    setup,
    teardown,
    measure: async () => {
      await core.session.lock('user');
      const start = process.hrtime.bigint();
      await core.session.unlock(workspace, 'passphrase', passphrase);
      core.session.require().db.prepare('SELECT count(*) FROM audit_log').pluck().get();
      return elapsedMs(start);
    },
  },
  {
    name: 'unlock: after the KDF (lock file, open with raw key, schema check, audit, first query)',
    unit: 'ms',
    runs: 21,
    setup,
    measure: async () => {
      const keys = await readKeyFile(path.join(workspace, 'keys.json'));
      const dataKey = await unlockWithPassphrase(keys, passphrase);
      const start = process.hrtime.bigint();
      const lock = acquireLock(workspace, { app: 'bench' });
      const db = openWorkspaceDb(workspaceDbPath(workspace), dataKey, { cipher: keys.cipher });
      migrate(db, { appVersion: 'bench', now: () => new Date() });
      appendAudit(db, { actor: 'Bench', action: 'workspace.unlocked', entityType: 'workspace' }, () => new Date());
      db.prepare('SELECT count(*) FROM audit_log').pluck().get();
      const ms = elapsedMs(start);
      db.close();
      lock.release();
      dataKey.fill(0);
      return ms;
    },
    teardown: async () => {
      await teardown();
      rmSync(dir, { recursive: true, force: true });
    },
  },
];
