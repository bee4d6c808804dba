import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services';
import { secondBackupDir } from '../../../../../electron/services/workspace/backup';
import { bytesContain } from '../db/helpers';
import { createRig, testPassphrase, type TestRig } from './helpers';

const marker = 'Ottoline Marchbanks-Fairweather';

let rig: TestRig;
let drive: string;
beforeEach(() => {
  drive = mkdtempSync(path.join(tmpdir(), 'prw-second-drive-'));
  rig = createRig({ backupsToKeep: 2 });
});
afterEach(() => {
  rig.cleanup();
  chmodSync(drive, 0o700);
  rmSync(drive, { recursive: true, force: true });
});

async function openWorkspace(): Promise<string> {
  const { path: dir } = await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase);
  // Something a reader must never find in the second folder's bytes.
  const result = await dispatch(rig.core.handlers, 'settings:set', { displayName: marker });
  expect(result.ok).toBe(true);
  return dir;
}

async function chooseDrive(folder: string | null = drive) {
  return dispatch(rig.core.handlers, 'settings:set', { secondBackupFolder: folder });
}

async function backUp() {
  const result = await dispatch(rig.core.handlers, 'backup:create', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function workspaceId(): string {
  const status = rig.core.session.status();
  if (status.state !== 'open') throw new Error('closed');
  return (rig.core.session.require().meta as { workspaceId: string }).workspaceId;
}

describe('a second backup folder', () => {
  it('gets a byte-for-byte copy of every backup, encrypted, rotated like the workspace folder, with no partial files left', async () => {
    const dir = await openWorkspace();
    const chosen = await chooseDrive();
    expect(chosen.ok ? null : chosen.error).toBeNull();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      rig.advance(60_000);
      const taken = await backUp();
      expect(taken).toMatchObject({ location: 'workspace', secondCopy: 'written', secondCopyProblem: null });
      names.push(taken.name);
    }
    const second = secondBackupDir(drive, 'Child M', workspaceId());
    expect(readdirSync(drive)).toEqual([path.basename(second)]);
    // Rotation keeps the newest two there too; no .partial is left behind.
    expect(readdirSync(second).sort()).toEqual(names.slice(1).sort());
    for (const name of names.slice(1)) {
      const copy = readFileSync(path.join(second, name));
      expect(copy.equals(readFileSync(path.join(dir, 'backups', name)))).toBe(true);
      expect(copy.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
      expect(bytesContain(copy, [marker, 'Child M'])).toEqual([]);
    }
  });

  it('lists backups from both folders and restores one from the second folder when the workspace folder lost its own', async () => {
    const dir = await openWorkspace();
    await chooseDrive();
    rig.advance(60_000);
    const taken = await backUp();
    await rig.core.session.lock('user');
    // The workspace's own backups are gone (a disk fault, a careless clean-up).
    rmSync(path.join(dir, 'backups'), { recursive: true, force: true });

    const listed = await dispatch(rig.core.handlers, 'backup:list', { path: dir });
    expect(listed.ok && listed.value).toEqual([{ name: taken.name, takenAt: taken.takenAt, bytes: taken.bytes, location: 'second' }]);

    const restored = await dispatch(rig.core.handlers, 'backup:restore', { path: dir, backup: taken.name, from: 'second', method: 'passphrase', secret: testPassphrase });
    expect(restored.ok ? restored.value.state : restored.error).toBe('open');
    // The backup holds the log as it was when taken (its own entry comes after it), then the restore.
    const audit = await dispatch(rig.core.handlers, 'audit:list', { kinds: ['backups'] });
    expect(audit.ok && audit.value.rows.map((row) => row.what)).toEqual(['Restored a backup', 'Chose a second folder for backups']);
  });

  it('still takes the backup when the folder cannot be reached, and says plainly what to do', async () => {
    const dir = await openWorkspace();
    await chooseDrive();
    // The drive is unplugged: its mount point is gone.
    rmSync(drive, { recursive: true, force: true });
    rig.advance(60_000);
    const taken = await backUp();
    expect(taken.secondCopy).toBe('failed');
    expect(taken.secondCopyProblem).toMatch(/^The backup is safe in the workspace folder, but the second copy could not be written to “.*”\. Check that the drive is plugged in/);
    expect(readdirSync(path.join(dir, 'backups'))).toContain(taken.name);
    // The chosen folder itself is never created on the local disk in the drive's place.
    expect(() => readdirSync(drive)).toThrow();
    const status = rig.core.session.status();
    expect(status.state === 'open' && status.secondCopyProblem).toBe(taken.secondCopyProblem);

    // Plugged back in: the next backup reaches it, and the problem clears.
    mkdirSync(drive);
    rig.advance(60_000);
    expect((await backUp()).secondCopy).toBe('written');
    const after = rig.core.session.status();
    expect(after.state === 'open' && after.secondCopyProblem).toBeNull();
  });

  it('leaves nothing behind in a folder it cannot write to, and removes a partial copy a killed app left', async () => {
    await openWorkspace();
    await chooseDrive();
    const second = secondBackupDir(drive, 'Child M', workspaceId());
    mkdirSync(second);
    writeFileSync(path.join(second, '.workspace-2026-11-26T08-00-00Z.db.partial'), 'half a copy');
    rig.advance(60_000);
    expect((await backUp()).secondCopy).toBe('written');
    expect(readdirSync(second).filter((name) => name.endsWith('.partial'))).toEqual([]);

    if (process.getuid?.() === 0) return; // root writes anywhere: the read-only case cannot be shown
    chmodSync(second, 0o500);
    rig.advance(60_000);
    expect((await backUp()).secondCopy).toBe('failed');
    chmodSync(second, 0o700);
    expect(readdirSync(second).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('refuses a folder inside the workspace or one that is not there, and records the choice and its removal in the audit log', async () => {
    const dir = await openWorkspace();
    const inside = await chooseDrive(dir);
    expect(inside.ok ? null : inside.error.message).toMatch(/^Choose a folder outside the workspace folder/);
    const missing = await chooseDrive(path.join(drive, 'not-there'));
    expect(missing.ok ? null : missing.error.message).toMatch(/could not be found\. Check that the drive is plugged in/);
    expect(rig.ports.preferences.settings().secondBackupFolder ?? null).toBeNull();

    await chooseDrive();
    await chooseDrive(null);
    const audit = await dispatch(rig.core.handlers, 'audit:list', { kinds: ['backups'] });
    expect(audit.ok && audit.value.rows.map((row) => [row.what, row.target])).toEqual([
      ['Stopped copying backups to a second folder', 'Second backup folder'],
      ['Chose a second folder for backups', 'Second backup folder'],
    ]);
  });
});
