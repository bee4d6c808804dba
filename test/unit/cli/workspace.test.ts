/**
 * The workspace commands as a user runs them: a separate process, secrets from files or the
 * environment, one line on stderr and exit 1 when something is wrong.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/services/sqlite';
import { cipherChoiceHere, rekeyTarget } from '../../../electron/services/workspace';
import { keyConnection, type WorkspaceCipher } from '../../../electron/services/workspace/db/open';
import { readKeyFile, unlockWithPassphrase } from '../../../electron/services/workspace/keys';
import { formatLockTime, processStartOf } from '../../../electron/services/workspace/lock';
import { cipherName } from '../../../shared/workspace';
import { olderCipher, recordedCipher } from '../services/workspace/rekey/helpers';
import { createRig, fingerprint, testPassphrase } from '../services/workspace/session/helpers';

const root = path.resolve(__dirname, '../../..');
let temp: string;
let dir: string;
let recoveryCode: string;

function prw(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/prw.cjs'), ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, PRW_PASSPHRASE: '', PRW_DISPLAY_NAME: 'CLI tester', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs prw and kills it (SIGKILL, as a crash or `kill -9` would) once it has locked the
 * workspace; returns the lock it left. A run that finishes before it is caught is tried again.
 */
async function killWhileLocked(args: string[], env: Record<string, string>, lockFile: string): Promise<{ startedAt: string; app: string; host: string }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const child = spawn(process.execPath, [path.join(root, 'bin/prw.cjs'), ...args], { stdio: 'ignore', env: { ...process.env, PRW_DISPLAY_NAME: 'CLI tester', ...env } });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let exitedYet = false;
    void exited.then(() => (exitedYet = true));
    // Waits for the whole lock, not just the file: a kill between creating and writing it is another case.
    while (!exitedYet && !lockWritten(lockFile)) await new Promise((resolve) => setImmediate(resolve));
    if (!exitedYet) child.kill('SIGKILL');
    await exited;
    const left = lockWritten(lockFile);
    if (left) return left;
  }
  throw new Error('prw finished every time before it could be killed');
}

function lockWritten(file: string): { startedAt: string; app: string; host: string } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { startedAt: string; app: string; host: string };
  } catch {
    return null;
  }
}

function secretFile(name: string, value: string): string {
  const file = path.join(temp, name);
  writeFileSync(file, value + '\n', { mode: 0o600 });
  return file;
}

// dist/cli/prw.cjs is built once by vitest's globalSetup (build-cli.ts): rebuilding it here raced other files.
beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-'));
  const created = prw(['workspace', 'create', path.join(temp, 'Family U'), '--passphrase-file', secretFile('pass', 'sturdy maple kettle 9'), '--json']);
  expect(created.stderr).toBe('');
  ({ path: dir, recoveryCode } = JSON.parse(created.stdout) as { path: string; recoveryCode: string });
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw workspace', () => {
  it('create --json gives the folder and the recovery code', () => {
    expect(dir).toBe(path.join(temp, 'Family U.review'));
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
  });

  it('create without --json prints the recovery code once with a warning to store it', () => {
    const result = prw(['workspace', 'create', path.join(temp, 'Other'), '--passphrase-stdin'], {}, 'another long passphrase\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Recovery code \(shown once/);
    expect(result.stdout).toMatch(/([0-9A-Z]{4}-){8}[0-9A-Z]{4}/);
    expect(result.stdout).toContain('somewhere safe');
  });

  it('refuses a wrong passphrase with one line and exit 1, changing nothing', () => {
    const before = fingerprint(dir);
    const result = prw(['audit', 'verify', dir], { PRW_PASSPHRASE: 'not it at all' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('prw: The passphrase does not unlock this workspace.\n');
    expect(fingerprint(dir)).toEqual(before);
  });

  it('says where to put the passphrase when none is given', () => {
    const result = prw(['backup', 'create', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--passphrase-file');
  });

  it('status works without a secret and shows the ways in', () => {
    const result = prw(['workspace', 'status', dir, '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ slots: [{ kind: 'passphrase' }, { kind: 'recovery' }], lockedBy: null });
  });

  it('rekey on a workspace already using this computer’s cipher says so, exits 0 and changes no file', () => {
    const before = fingerprint(dir);
    const result = prw(['workspace', 'rekey', dir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Nothing to do: this workspace already uses ${cipherName(cipherChoiceHere().cipher)}. Nothing was changed.\n`);
    expect(fingerprint(dir)).toEqual(before);
  });

  it('changes the passphrase using the recovery code, and the old passphrase stops working', () => {
    const changed = prw(['workspace', 'passphrase', dir, '--recovery-code-file', secretFile('code', recoveryCode), '--new-passphrase-file', secretFile('new', 'second sturdy maple 10')]);
    expect(changed.status).toBe(0);
    expect(prw(['audit', 'verify', dir], { PRW_PASSPHRASE: 'sturdy maple kettle 9' }).status).toBe(1);
    expect(prw(['audit', 'verify', dir], { PRW_PASSPHRASE: 'second sturdy maple 10' }).status).toBe(0);
  });

  it('backs up, lists and restores', () => {
    const env = { PRW_PASSPHRASE: 'second sturdy maple 10' };
    const made = prw(['backup', 'create', dir, '--json'], env);
    expect(made.status).toBe(0);
    const listed = JSON.parse(prw(['backup', 'list', dir, '--json']).stdout) as Array<{ name: string }>;
    expect(listed.map((item) => item.name)).toContain((JSON.parse(made.stdout) as { name: string }).name);
    const restored = prw(['backup', 'restore', dir, listed[0]!.name], env);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('kept in the backups folder');
  });

  it('audit verify names the first broken entry after tampering', async () => {
    const keyFile = await readKeyFile(path.join(dir, 'keys.json'));
    const dataKey = await unlockWithPassphrase(keyFile, 'second sturdy maple 10');
    const db = openDatabase(path.join(dir, 'workspace.db'));
    keyConnection(db, dataKey, keyFile.cipher as WorkspaceCipher);
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").pluck().all() as string[];
    for (const name of triggers) db.exec(`DROP TRIGGER "${name}"`);
    db.prepare("UPDATE audit_log SET actor = 'Someone else' WHERE seq = 2").run();
    db.close();
    const result = prw(['audit', 'verify', dir, '--json'], { PRW_PASSPHRASE: 'second sturdy maple 10' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
    expect(result.stderr).toContain('broken at entry 2');
  });
});

describe('prw workspace rekey on an older workspace', () => {
  it('re-encrypts it, prints what changed, and the next run has nothing to do', async () => {
    const choice = cipherChoiceHere();
    const from = olderCipher(choice);
    const to = rekeyTarget(from, choice)!;
    const rig = createRig({}, mkdirSync(path.join(temp, 'older'), { recursive: true })!);
    const { path: older } = await rig.core.session.create(path.join(temp, 'older'), 'Family W', testPassphrase, { cipher: from });
    await rig.core.session.lock('user');
    const env = { PRW_PASSPHRASE: testPassphrase };

    const json = prw(['workspace', 'rekey', older, '--json'], env);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual({ changed: true, from, to, backup: expect.stringMatching(/^workspace-.*\.db$/) });
    expect(recordedCipher(older)).toBe(to);

    const again = prw(['workspace', 'rekey', older], env);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`Nothing to do: this workspace already uses ${cipherName(to)}.`);
    expect(prw(['audit', 'verify', older], env).status).toBe(0);
  });

  it('says what changed in words when not asked for JSON, and refuses a wrong passphrase without changing anything', async () => {
    const choice = cipherChoiceHere();
    const from = olderCipher(choice);
    const rig = createRig({}, mkdirSync(path.join(temp, 'words'), { recursive: true })!);
    const { path: older } = await rig.core.session.create(path.join(temp, 'words'), 'Family X', testPassphrase, { cipher: from });
    await rig.core.session.lock('user');
    const before = fingerprint(older);

    const wrong = prw(['workspace', 'rekey', older], { PRW_PASSPHRASE: 'not it at all' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe('prw: The passphrase does not unlock this workspace.\n');
    expect(fingerprint(older)).toEqual(before);

    const result = prw(['workspace', 'rekey', older], { PRW_PASSPHRASE: testPassphrase });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Re-encrypted the workspace: ${cipherName(from)} → ${cipherName(rekeyTarget(from, choice)!)}.`);
    expect(result.stdout).toMatch(/A backup from before, in .*, is in the backups folder: workspace-.*\.db/);
  });
});

describe('prw and a workspace lock', () => {
  let locked: string;
  const env = { PRW_PASSPHRASE: testPassphrase };
  const lockFile = () => path.join(locked, 'workspace.lock');
  const taken = '2026-12-07T09:12:00.000Z';

  beforeAll(async () => {
    const rig = createRig({}, mkdirSync(path.join(temp, 'locks'), { recursive: true })!);
    ({ path: locked } = await rig.core.session.create(path.join(temp, 'locks'), 'Family L', testPassphrase));
    await rig.core.session.lock('user');
  });

  it('a lock left by a prw that was killed stops a plain command, which names --break-stale-lock; with it the command runs', async () => {
    const killed = await killWhileLocked(['backup', 'create', locked], env, lockFile());
    expect(killed).toMatchObject({ app: 'Practice Review Workspace', host: hostname() });

    const plain = prw(['audit', 'verify', locked], env);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe(
      `prw: This workspace was not closed properly. Practice Review Workspace opened it on the computer “${hostname()}” on ${formatLockTime(killed.startedAt)} and is no longer running. ` +
        'If no other copy of the app has it open, run the command again with --break-stale-lock.\n',
    );

    const broken = prw(['audit', 'verify', locked, '--break-stale-lock'], env);
    expect(broken.stderr).toBe('');
    expect(broken.status).toBe(0);
    expect(existsSync(lockFile())).toBe(false);
    expect(prw(['review', 'list', locked], env).status).toBe(0);
  });

  it('backup restore breaks a stale lock only when asked, like every other command', async () => {
    const made = prw(['backup', 'create', locked, '--json'], env);
    expect(made.status).toBe(0);
    const { name } = JSON.parse(made.stdout) as { name: string };
    const killed = await killWhileLocked(['backup', 'create', locked], env, lockFile());

    const plain = prw(['backup', 'restore', locked, name], env);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain(`on ${formatLockTime(killed.startedAt)} and is no longer running`);
    expect(plain.stderr).toContain('run the command again with --break-stale-lock.');

    const broken = prw(['backup', 'restore', locked, name, '--break-stale-lock'], env);
    expect(broken.stderr).toBe('');
    expect(broken.status).toBe(0);
    expect(broken.stdout).toContain(`Restored ${name}.`);
    expect(existsSync(lockFile())).toBe(false);
  });

  it('--break-stale-lock refuses a lock held by a program that is still running, naming it, and leaves the lock alone', () => {
    // This test process, with its real start time: alive, and the program that took the lock.
    const live = JSON.stringify({ pid: process.pid, processStart: processStartOf(process.pid), host: hostname(), instance: 'this-test', startedAt: taken, app: 'Practice Review Workspace' });
    writeFileSync(lockFile(), live);
    try {
      const result = prw(['audit', 'verify', locked, '--break-stale-lock'], env);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`This workspace is open in another window or app (Practice Review Workspace, process ${process.pid} on ${hostname()}, since ${formatLockTime(taken)}).`);
      expect(result.stderr).toContain('The lock was not broken because that app is still running.');
      expect(readFileSync(lockFile(), 'utf8')).toBe(live);
    } finally {
      rmSync(lockFile(), { force: true });
    }
  });
});

it('keeps the recovery code out of the files it writes', () => {
  const keys = readFileSync(path.join(dir, 'keys.json'), 'utf8');
  expect(keys).not.toContain(recoveryCode);
  expect(keys).not.toContain(recoveryCode.replaceAll('-', ''));
});
