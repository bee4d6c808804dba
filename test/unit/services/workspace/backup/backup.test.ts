import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { appendAudit, verifyAudit } from '../../../../../electron/services/workspace/audit';
import { createBackup, listBackups, restoreBackup } from '../../../../../electron/services/workspace/backup';
import { checkDatabase } from '../../../../../electron/services/workspace/db/check';
import { openWorkspaceDb, workspaceCipher, workspaceCiphers, workspacePageSize, type WorkspaceCipher } from '../../../../../electron/services/workspace/db/open';
import { migrate } from '../../../../../electron/services/workspace/migrations';
import { bytesContain, context, fixedClock, markers, newKey, plaintextFindings, rawConnection, readIfExists, steppingClock, tempDir } from '../db/helpers';

function workspace(cipher: WorkspaceCipher = workspaceCipher) {
  const dir = tempDir('prw-backup-');
  const file = path.join(dir, 'workspace.db');
  const key = newKey();
  const db = openWorkspaceDb(file, key, { create: true, cipher });
  migrate(db, context());
  db.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO people (name) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 500; i++) insert.run(`${markers[i % markers.length]} #${i}`);
  })();
  appendAudit(db, { actor: markers[1]!, action: 'workspace.created', entityType: 'workspace' }, fixedClock());
  return { dir, file, key, db };
}

const names = (db: Db) => db.prepare('SELECT count(*) AS n FROM people').get();

describe('createBackup', () => {
  it.each(workspaceCiphers)('writes an encrypted copy (%s): (a) it opens with the data key, (b) not without it, (c) none of the markers are in its bytes', async (cipher) => {
    const { dir, key, db } = workspace(cipher);
    const info = await createBackup(db, dir, { clock: fixedClock('2026-11-26T16:30:00.123Z') });
    expect(info).toMatchObject({ name: 'workspace-2026-11-26T16-30-00Z.db', kind: 'backup', createdAt: '2026-11-26T16:30:00Z' });
    const file = path.join(dir, 'backups', info.name);
    expect(info.size).toBe(readFileSync(file).length);

    // (a) the workspace's own key opens it, with everything in it, intact
    const copy = openWorkspaceDb(file, key, { readonly: true, cipher });
    expect(names(copy)).toEqual({ n: 500 });
    expect(copy.pragma('page_size', { simple: true })).toBe(workspacePageSize);
    expect(checkDatabase(copy, 'integrity')).toEqual({ ok: true, problems: 0 });
    expect(verifyAudit(copy)).toMatchObject({ ok: true, count: 1 });
    copy.close();

    // (b) no key, or another key: not a database
    for (const otherKey of [null, newKey()]) {
      const attempt = rawConnection(file, otherKey, cipher);
      expect(() => attempt.prepare('SELECT count(*) FROM people').get()).toThrow(/not a database/);
      attempt.close();
    }
    await expect(Promise.resolve().then(() => openWorkspaceDb(file, newKey(), { readonly: true, cipher }))).rejects.toMatchObject({ code: 'corrupt' });

    // (c) nothing readable in the bytes: not the header, not a marker
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytesContain(bytes, markers)).toEqual([]);
    expect(plaintextFindings(dir)).toEqual([]);
    db.close();
  });

  it('better-sqlite3\'s own db.backup() refuses an encrypted source, so it can never leave a plaintext copy', async () => {
    const { dir, db } = workspace();
    const target = path.join(dir, 'via-backup-api.db');
    await expect(db.backup(target)).rejects.toThrow(/backup is not supported with incompatible source and target databases/);
    expect(bytesContain(readIfExists(target), markers)).toEqual([]);
    db.close();
  });

  it('keeps the newest N backups and never rotates pre-restore files away', async () => {
    const { dir, db } = workspace();
    writeFileSync(path.join(dir, 'backups-note.txt'), 'not a backup');
    const clock = steppingClock('2026-11-26T10:00:00.000Z', 60_000);
    for (let i = 0; i < 5; i++) await createBackup(db, dir, { keep: 3, clock });
    writeFileSync(path.join(dir, 'backups', 'pre-restore-2026-01-01T00-00-00Z.db'), 'set aside earlier');
    await createBackup(db, dir, { keep: 3, clock });
    const listed = await listBackups(dir);
    expect(listed.map((backup) => backup.name)).toEqual([
      'workspace-2026-11-26T10-05-00Z.db',
      'workspace-2026-11-26T10-04-00Z.db',
      'workspace-2026-11-26T10-03-00Z.db',
      'pre-restore-2026-01-01T00-00-00Z.db',
    ]);
    expect(listed[0]).toMatchObject({ kind: 'backup', createdAt: '2026-11-26T10:05:00Z' });
    expect(listed[0]!.size).toBeGreaterThan(0);
    expect(listed[3]).toMatchObject({ kind: 'pre-restore' });
    db.close();
  });

  it('gives backups taken in the same second distinct names, listed newest first', async () => {
    const { dir, db } = workspace();
    const clock = fixedClock('2026-11-26T16:30:00.000Z');
    const made = [await createBackup(db, dir, { clock }), await createBackup(db, dir, { clock }), await createBackup(db, dir, { clock })];
    expect(made.map((backup) => backup.name)).toEqual([
      'workspace-2026-11-26T16-30-00Z.db',
      'workspace-2026-11-26T16-30-00Z-2.db',
      'workspace-2026-11-26T16-30-00Z-3.db',
    ]);
    expect((await listBackups(dir)).map((backup) => backup.name)).toEqual(made.map((backup) => backup.name).reverse());
    db.close();
  });

  it('lists nothing when there is no backups folder yet, and refuses to run inside a transaction', async () => {
    const { dir, db } = workspace();
    expect(await listBackups(dir)).toEqual([]);
    db.exec('BEGIN');
    await expect(createBackup(db, dir)).rejects.toThrow(/transaction/);
    db.exec('ROLLBACK');
    await expect(createBackup(db, dir, { keep: 0 })).rejects.toMatchObject({ code: 'validation' });
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);
    db.close();
  });
});

describe('restoreBackup', () => {
  it('checks the backup, sets the current workspace.db (+ its WAL) aside as pre-restore-<time>.db, and puts the backup in place', async () => {
    const { dir, file, key, db } = workspace();
    const backup = await createBackup(db, dir, { clock: fixedClock('2026-11-26T09:00:00.000Z') });
    db.prepare('INSERT INTO people (name) VALUES (?)').run('added after the backup');
    // Leave the files as a crash would: the newest row only in the WAL.
    const crashed = ['', '-wal', '-shm'].map((suffix) => readIfExists(file + suffix));
    db.close();
    ['', '-wal', '-shm'].forEach((suffix, index) => writeFileSync(file + suffix, crashed[index]!));
    expect(crashed[1]!.length).toBeGreaterThan(0);

    const result = await restoreBackup(dir, backup.name, key, { clock: fixedClock('2026-11-26T17:00:00.000Z') });
    expect(result).toEqual({ restored: backup.name, setAside: 'pre-restore-2026-11-26T17-00-00Z.db' });
    expect(existsSync(file + '-wal')).toBe(false);

    const restored = openWorkspaceDb(file, key);
    expect(names(restored)).toEqual({ n: 500 });
    restored.close();

    // The replaced database kept its WAL, so nothing in it was lost.
    const asidePath = path.join(dir, 'backups', result.setAside!);
    expect(readIfExists(asidePath + '-wal').equals(crashed[1]!)).toBe(true);
    const aside = openWorkspaceDb(asidePath, key, { readonly: true });
    expect(names(aside)).toEqual({ n: 501 });
    aside.close();
    expect(existsSync(path.join(dir, 'backups', backup.name))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.restoring'))).toEqual([]);
    expect(plaintextFindings(dir)).toEqual([]);
  });

  it('restores into a folder whose workspace.db is gone', async () => {
    const { dir, file, key, db } = workspace();
    const backup = await createBackup(db, dir);
    db.close();
    rmSync(file);
    expect(await restoreBackup(dir, backup.name, key)).toEqual({ restored: backup.name, setAside: null });
    const restored = openWorkspaceDb(file, key);
    expect(names(restored)).toEqual({ n: 500 });
    restored.close();
  });

  it('refuses a damaged backup, and a backup under another key, leaving the workspace exactly as it was', async () => {
    const { dir, file, key, db } = workspace();
    const backup = await createBackup(db, dir);
    db.close();
    const before = readFileSync(file);
    const backupFile = path.join(dir, 'backups', backup.name);
    const bytes = readFileSync(backupFile);
    bytes[3 * workspacePageSize + 100] = bytes[3 * workspacePageSize + 100]! ^ 0x01;
    writeFileSync(backupFile, bytes);

    await expect(restoreBackup(dir, backup.name, key)).rejects.toMatchObject({ code: 'corrupt', message: expect.stringMatching(/not restored/) });
    expect(readFileSync(file).equals(before)).toBe(true);

    const other = workspace();
    const foreign = await createBackup(other.db, other.dir);
    other.db.close();
    writeFileSync(path.join(dir, 'backups', foreign.name.replace('.db', '-9.db')), readFileSync(path.join(other.dir, 'backups', foreign.name)));
    await expect(restoreBackup(dir, foreign.name.replace('.db', '-9.db'), key)).rejects.toMatchObject({ code: 'corrupt' });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await listBackups(dir)).filter((entry) => entry.kind === 'pre-restore')).toEqual([]);
  });

  it('only restores names from the backups folder (no paths)', async () => {
    const { dir, key, db } = workspace();
    db.close();
    for (const name of ['../workspace.db', 'workspace.db', '/etc/passwd', 'workspace-2026-11-26T16-30-00Z.db']) {
      await expect(restoreBackup(dir, name, key)).rejects.toMatchObject({ code: 'not-found' });
    }
  });
});
