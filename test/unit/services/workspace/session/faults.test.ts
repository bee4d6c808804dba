/** Bad input and damage: each gives a clear error, offers a way back, and loses nothing. */
import { openSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services';
import { openDatabase } from '../../../../../electron/services/sqlite';
import { keyConnection } from '../../../../../electron/services/workspace/db/open';
import { createRig, fingerprint, listFiles, testPassphrase, type TestRig } from './helpers';

let rig: TestRig;
let dir: string;
let recoveryCode: string;

beforeEach(async () => {
  rig = createRig();
  ({ path: dir, recoveryCode } = await rig.core.session.create(rig.dataDir, 'Baby O', testPassphrase));
});
afterEach(() => rig.cleanup());

describe('a damaged workspace.db', () => {
  it('is reported by name with a backup offered, and restoring the backup brings the data back', async () => {
    const db = rig.core.session.require().db;
    db.exec("CREATE TABLE scratch (note TEXT); INSERT INTO scratch VALUES ('kept by the backup')");
    const backup = await dispatch(rig.core.handlers, 'backup:create', {});
    expect(backup.ok).toBe(true);
    await rig.core.session.lock('user');

    // Overwrite the middle of the file: the pages there no longer authenticate.
    const file = path.join(dir, 'workspace.db');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x41), 0, 8192, 16384);
    closeSync(fd);
    truncateSync(file, statSync(file).size - 100);

    const unlock = await dispatch(rig.core.handlers, 'workspace:unlock', { path: dir, method: 'passphrase', secret: testPassphrase });
    expect(unlock).toMatchObject({ ok: false, error: { code: 'corrupt', message: expect.stringContaining('workspace.db') } });
    if (!unlock.ok) expect(unlock.error.message.toLowerCase()).toContain('backup');

    const listed = await dispatch(rig.core.handlers, 'backup:list', { path: dir });
    if (!listed.ok) throw new Error(listed.error.message);
    const restored = await dispatch(rig.core.handlers, 'backup:restore', { path: dir, backup: listed.value[0]!.name, method: 'passphrase', secret: testPassphrase });
    expect(restored).toMatchObject({ ok: true, value: { state: 'open' } });
    expect(rig.core.session.require().db.prepare('SELECT note FROM scratch').pluck().get()).toBe('kept by the backup');
    // The damaged file was set aside, not deleted.
    expect(readdirSync(path.join(dir, 'backups')).some((name) => name.startsWith('pre-restore-'))).toBe(true);
  });
});

describe('restoring while a workspace is open', () => {
  it('checks the secret first, so a typo neither restores nor locks the workspace', async () => {
    const made = await dispatch(rig.core.handlers, 'backup:create', {});
    if (!made.ok) throw new Error(made.error.message);
    const before = readFileSync(path.join(dir, 'keys.json'));
    const result = await dispatch(rig.core.handlers, 'backup:restore', { path: dir, backup: made.value.name, method: 'passphrase', secret: 'a typo' });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-secret' } });
    expect(rig.core.session.status().state).toBe('open');
    expect(readFileSync(path.join(dir, 'keys.json'))).toEqual(before);
    expect(rig.events.filter((entry) => entry.event === 'workspace:locked')).toEqual([]);
  });
});

describe('a damaged keys.json', () => {
  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length / 2)],
    ['not JSON', () => Buffer.from('\u0000\u0001garbage')],
    ['edited', (bytes: Buffer) => Buffer.from(JSON.stringify({ ...(JSON.parse(bytes.toString('utf8')) as object), cipher: 'none' }))],
  ])('(%s) is named in the error and left as it was', async (_kind, damage) => {
    await rig.core.session.lock('user');
    const file = path.join(dir, 'keys.json');
    writeFileSync(file, damage(readFileSync(file)));
    const before = fingerprint(dir);
    const result = await dispatch(rig.core.handlers, 'workspace:unlock', { path: dir, method: 'passphrase', secret: testPassphrase });
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt', message: expect.stringContaining('keys.json') } });
    if (!result.ok) expect(result.error.message).not.toMatch(/delete|start again/i);
    expect(fingerprint(dir)).toEqual(before);
  });
});

describe('a workspace from a newer version of the app', () => {
  it('is refused with a clear message and not modified', async () => {
    const dataKey = Buffer.from(rig.core.session.require().dataKey);
    await rig.core.session.lock('user');
    const raw = openDatabase(path.join(dir, 'workspace.db'));
    keyConnection(raw, dataKey);
    raw.pragma('user_version = 999');
    raw.close();
    const before = fingerprint(dir);
    const result = await dispatch(rig.core.handlers, 'workspace:unlock', { path: dir, method: 'passphrase', secret: testPassphrase });
    expect(result).toMatchObject({ ok: false, error: { code: 'newer-version', message: expect.stringContaining('newer version') } });
    expect(fingerprint(dir)).toEqual(before);
  });
});

describe('changing the ways in', () => {
  it('a new passphrase replaces the old one and the recovery code still works', async () => {
    const changed = await dispatch(rig.core.handlers, 'workspace:change-passphrase', { current: testPassphrase, next: 'amber heron quarry 77' });
    expect(changed.ok).toBe(true);
    await rig.core.session.lock('user');
    await expect(rig.core.session.unlock(dir, 'passphrase', testPassphrase)).rejects.toMatchObject({ code: 'wrong-secret' });
    await rig.core.session.unlock(dir, 'passphrase', 'amber heron quarry 77');
    await rig.core.session.lock('user');
    await rig.core.session.unlock(dir, 'recovery-code', recoveryCode);
  });

  it('asks for the current passphrase before changing anything', async () => {
    const before = readFileSync(path.join(dir, 'keys.json'));
    const result = await dispatch(rig.core.handlers, 'workspace:new-recovery-code', { passphrase: 'a guess at it' });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-secret' } });
    expect(readFileSync(path.join(dir, 'keys.json'))).toEqual(before);
  });

  it('a new recovery code retires the old one', async () => {
    const result = await dispatch(rig.core.handlers, 'workspace:new-recovery-code', { passphrase: testPassphrase });
    if (!result.ok) throw new Error(result.error.message);
    await rig.core.session.lock('user');
    await expect(rig.core.session.unlock(dir, 'recovery-code', recoveryCode)).rejects.toMatchObject({ code: 'wrong-secret' });
    await rig.core.session.unlock(dir, 'recovery-code', result.value.recoveryCode);
  });
});

describe('no plaintext on disk', () => {
  // The people in test/fixtures/chronologies/EXPECTED.md (all fictional).
  const names = ['Maisie Hartwell', 'Tyler Hartwell', 'Kerry Hartwell', 'Dean Farrow', 'Janet Hartwell'];

  it('no file the app wrote holds a name: workspace, WAL, backups, preferences, temp files, logs', async () => {
    const startedAt = Date.now();
    const logged: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      const db = rig.core.session.require().db;
      db.exec('CREATE TABLE people (name TEXT, note TEXT)');
      const insert = db.prepare('INSERT INTO people VALUES (?, ?)');
      for (let i = 0; i < 500; i++) for (const name of names) insert.run(name, `${name} was seen at home, visit ${i}`);
      await dispatch(rig.core.handlers, 'backup:create', {});
      const whileOpen = listFiles(rig.dataDir);
      expect(whileOpen.map((file) => path.basename(file))).toEqual(expect.arrayContaining(['workspace.db', 'workspace.db-wal', 'keys.json', 'preferences.json']));
      assertNoNames(whileOpen, 'while open (WAL and shared memory included)');
      await rig.core.session.lock('user');
      await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
      await rig.core.session.lock('user');
      assertNoNames(listFiles(rig.dataDir), 'after locking');
      assertNoNames(recentTempFiles(startedAt), 'in the temp folder');
      expect(logged.join('')).not.toMatch(new RegExp(names.join('|')));
    } finally {
      process.stderr.write = write;
    }
  });

  function assertNoNames(files: string[], when: string) {
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const name of names) {
        for (const encoding of ['utf8', 'utf16le'] as const) {
          expect(bytes.includes(Buffer.from(name, encoding)), `${name} (${encoding}) found in ${path.relative(rig.dataDir, file)} ${when}`).toBe(false);
        }
      }
    }
  }

  function recentTempFiles(since: number): string[] {
    return readdirSync(tmpdir(), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(tmpdir(), entry.name))
      .filter((file) => statSync(file).mtimeMs >= since);
  }
});
