/**
 * Every file the app writes is private to the user (0600) and every folder it makes is too
 * (0700), whatever the user's umask: a workspace on a shared machine or a shared home folder must
 * not be readable by other accounts, even encrypted. Walks the workspace folder (and an export
 * target) after each operation a user runs, with a permissive umask (022) so a missing mode in
 * the code shows up as 0644 / 0755, as it did on the tester's machine.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cipherChoiceHere } from '../../../../electron/services/workspace';
import { chronologyFixtures } from '../../../fixtures/paths';
import { olderCipher } from './rekey/helpers';
import { createRig, testPassphrase, type TestRig } from './session/helpers';

const root = path.resolve(__dirname, '../../../..');

/** Every file and folder under dir (dir included) whose permission bits are not 0600 / 0700. */
function looseModes(dir: string): string[] {
  const loose: string[] = [];
  const check = (entry: string) => {
    const stats = statSync(entry);
    const wanted = stats.isDirectory() ? 0o700 : 0o600;
    const mode = stats.mode & 0o777;
    if (mode !== wanted) loose.push(`${path.relative(dir, entry) || '.'} ${mode.toString(8)}`);
  };
  check(dir);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) check(path.join(entry.parentPath, entry.name));
  return loose;
}

/** `prw` as a user runs it, under umask 022, so only the code decides the modes. */
function prw(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('/bin/sh', ['-c', 'umask 022; exec "$0" "$@"', process.execPath, path.join(root, 'bin/prw.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRW_PASSPHRASE: testPassphrase, PRW_DISPLAY_NAME: 'Modes tester' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(result: ReturnType<typeof prw>): string {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

// POSIX permission bits do not exist on Windows (files there are private through ACLs on the
// user's profile folders), so there is nothing to check.
describe.skipIf(process.platform === 'win32')('file and folder modes', () => {
  let temp: string;
  let rig: TestRig;
  let dir: string;
  let review: string;
  let previousUmask: number;

  beforeAll(async () => {
    previousUmask = process.umask(0o022);
    temp = mkdtempSync(path.join(tmpdir(), 'prw-modes-'));
    const parent = path.join(temp, 'workspaces');
    mkdirSync(parent);
    // In-process, with the app's own create, so the test's cheap scrypt cost is recorded in the
    // slot and every `prw` below unlocks quickly; an older cipher so that rekey has work to do.
    mkdirSync(path.join(temp, 'data'));
    rig = createRig({}, path.join(temp, 'data'));
    ({ path: dir } = await rig.core.session.create(parent, 'Family P', testPassphrase, { cipher: olderCipher(cipherChoiceHere()) }));
  });

  afterAll(async () => {
    await rig?.core.shutdown();
    process.umask(previousUmask);
    rmSync(temp, { recursive: true, force: true });
  });

  it('after create, while open: the folder, keys.json, workspace.db, its WAL and shared-memory files and the lock', async () => {
    const names = readdirSync(dir);
    expect(names).toEqual(expect.arrayContaining(['keys.json', 'workspace.db', 'workspace.db-wal', 'workspace.db-shm', 'workspace.lock']));
    expect(looseModes(dir)).toEqual([]);
    await rig.core.session.lock('user');
    expect(looseModes(dir)).toEqual([]);
  });

  it('after a review is added and agencies’ files imported', () => {
    review = (JSON.parse(ok(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Family P', '--json'))) as { id: string }).id;
    ok(prw('chronology', 'import', dir, review, path.join(chronologyFixtures, 'police.csv'), path.join(chronologyFixtures, 'health-visiting.xlsx'), '--json'));
    expect(looseModes(dir)).toEqual([]);
  });

  it('after a backup: backups/ and the backup in it', () => {
    ok(prw('backup', 'create', dir));
    expect(readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
    expect(looseModes(dir)).toEqual([]);
  });

  it('after a restore: the restored workspace.db and the copy set aside', () => {
    const [backup] = JSON.parse(ok(prw('backup', 'list', dir, '--json'))) as Array<{ name: string }>;
    ok(prw('backup', 'restore', dir, backup!.name));
    expect(readdirSync(path.join(dir, 'backups')).some((name) => name.startsWith('pre-restore-'))).toBe(true);
    expect(looseModes(dir)).toEqual([]);
  });

  it('after a re-encryption: the re-encrypted workspace.db, keys.json and the backup taken first', () => {
    expect(JSON.parse(ok(prw('workspace', 'rekey', dir, '--json')))).toMatchObject({ changed: true });
    expect(looseModes(dir)).toEqual([]);
  });

  it('an export over an existing file readable by others replaces it with a private one', () => {
    const outDir = path.join(temp, 'exports');
    mkdirSync(outDir, { mode: 0o700 });
    for (const format of ['csv', 'xlsx', 'pdf']) {
      const out = path.join(outDir, `chronology.${format}`);
      writeFileSync(out, 'an older file');
      chmodSync(out, 0o644);
      ok(prw('chronology', 'export', dir, review, '--format', format, '--out', out));
      expect(statSync(out).size).toBeGreaterThan('an older file'.length);
    }
    expect(looseModes(outDir)).toEqual([]);
    expect(looseModes(dir)).toEqual([]);
  });
});
