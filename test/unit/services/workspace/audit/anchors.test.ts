/**
 * Anchored audit (issue #14): someone with the passphrase edits the log outside the app and
 * recomputes the SHA-256 chain, drops its triggers, or cuts its last entries. The chain alone
 * then looks intact; the anchors kept elsewhere (each backup's own log, keys.json's MAC'd area,
 * an exported PDF's metadata) do not move with it, and `audit verify` says which one no longer
 * matches.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditHead } from '../../../../../electron/services/workspace/audit';
import { keyFileName, readKeyFile } from '../../../../../electron/services/workspace/keys';
import { call, useWorkspace } from '../../reviews/helpers';
import { testPassphrase } from '../session/helpers';
import { editAndRechain, tamper as tamperWith, type RawDb } from './tamper';

const workspace = useWorkspace();
const unlockInput = () => ({ path: workspace.dir, method: 'passphrase' as const, secret: testPassphrase });

function tamper(change: (db: RawDb) => void, restoreTriggers = true): Promise<void> {
  return tamperWith(workspace.dir, testPassphrase, change, restoreTriggers);
}

async function someHistory(reviews = 3): Promise<void> {
  for (let i = 0; i < reviews; i++) await call(workspace.rig, 'review:create', { type: 'lcspr', title: `LCSPR ${i}`, subject: 'Child M' });
}

describe('audit anchors', () => {
  it('locking records the log head in keys.json, sealed by its MAC; the workspace still unlocks', async () => {
    const { rig, dir } = workspace;
    await someHistory();
    const head = auditHead(rig.core.session.require().db)!;
    await rig.core.session.lock('user');
    const keyFile = await readKeyFile(path.join(dir, keyFileName));
    // The lock's own entry is the head now: one past the one before it.
    expect(keyFile.auditAnchor?.seq).toBe(head.seq + 1);
    await call(rig, 'workspace:unlock', unlockInput());
    const check = await call(rig, 'audit:verify', {});
    expect(check.ok).toBe(true);
    expect(check.anchors).toContainEqual(expect.objectContaining({ source: 'key-file', status: 'on-chain', seq: keyFile.auditAnchor!.seq }));
  });

  it('an edited entry with the chain recomputed (triggers put back): not matching the anchor in the newest backup', async () => {
    const { rig } = workspace;
    await someHistory();
    await call(rig, 'backup:create', {});
    const backups = await call(rig, 'backup:list', { path: workspace.dir });
    await rig.core.session.lock('user');
    await tamper((db) => editAndRechain(db));

    await call(rig, 'workspace:unlock', unlockInput());
    const check = await call(rig, 'audit:verify', {});
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toBe('anchor-mismatch');
    expect(check.message).toMatch(/^The audit log does not match the backup taken on .+: entry \d+ recorded there is not entry \d+ of the log now\. The log was rewritten or cut after that point\.$/);
    expect(backups).toHaveLength(1);
    expect(check.anchors.find((anchor) => anchor.source === 'backup')?.status).toBe('not-on-chain');
    expect(check.anchors.find((anchor) => anchor.source === 'key-file')?.status).toBe('not-on-chain');
  });

  it('the last entries cut (renumbered chain still valid): not matching the record in keys.json', async () => {
    const { rig } = workspace;
    await someHistory(5);
    await rig.core.session.lock('user');
    await tamper((db) => {
      db.prepare('DELETE FROM audit_log WHERE seq > 3').run();
    });
    await call(rig, 'workspace:unlock', unlockInput());
    const check = await call(rig, 'audit:verify', {});
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toBe('anchor-mismatch');
    expect(check.message).toContain("The audit log does not match the workspace's key file (keys.json)");
  });

  it('triggers dropped (the entries untouched): reported, whatever the chain says', async () => {
    const { rig } = workspace;
    await someHistory();
    await rig.core.session.lock('user');
    await tamper(() => undefined, false);
    await call(rig, 'workspace:unlock', unlockInput());
    const check = await call(rig, 'audit:verify', {});
    expect(check).toMatchObject({ ok: false, reason: 'triggers-missing', firstBrokenSeq: null });
    if (!check.ok) expect(check.message).toContain('The rules that keep the audit log append-only were removed or changed (3 of 3)');
  });

  it('after a restore, the backups of the history it replaced are listed as such and the log verifies', async () => {
    const { rig } = workspace;
    await someHistory(1);
    const first = await call(rig, 'backup:create', {});
    await someHistory(2);
    await call(rig, 'backup:create', {});
    await call(rig, 'backup:restore', { ...unlockInput(), backup: first.name });

    const check = await call(rig, 'audit:verify', {});
    expect(check.ok).toBe(true);
    const statuses = check.anchors.filter((anchor) => anchor.source === 'backup').map((anchor) => anchor.status);
    expect(statuses).toEqual(['before-restore', 'on-chain']);
  });
});
