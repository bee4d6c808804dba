import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/program';

const root = path.resolve(__dirname, '../../..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

function capture() {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe('prw (in process)', () => {
  it('prints the version and exits 0', async () => {
    const io = capture();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.stdout.trim()).toBe(version);
  });

  it('lists its commands in --help', async () => {
    const io = capture();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdout).toContain('Usage: prw');
    expect(io.stdout).toContain('info');
  });

  it('exits 2 with a message on a usage error', async () => {
    const io = capture();
    expect(await run(['no-such-command'], io)).toBe(2);
    expect(io.stderr).toContain("unknown command 'no-such-command'");
  });

  it('info --json reports the encrypted engine as JSON', async () => {
    const io = capture();
    expect(await run(['info', '--json'], io)).toBe(0);
    const info = JSON.parse(io.stdout) as { version: string; sqlite: { cipher: string } };
    expect(info.version).toBe(version);
    expect(info.sqlite.cipher).toMatch(/SQLite3 Multiple Ciphers/);
  });
});

describe('prw (installed launcher)', () => {
  it('runs as a separate process through bin/prw.cjs', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin/prw.cjs'), '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it('exits 2 for an unknown option', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin/prw.cjs'), '--frobnicate'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown option');
  });
});

describe('prw stderr: one line unless --verbose', () => {
  const passphrase = 'sturdy maple kettle 9';
  let temp: string;
  let dir: string;

  function prw(args: string[], secret = passphrase) {
    const env: NodeJS.ProcessEnv = { ...process.env, PRW_PASSPHRASE: secret, PRW_DISPLAY_NAME: 'CLI tester' };
    delete env.PRW_LOG_LEVEL;
    const result = spawnSync(process.execPath, [path.join(root, 'bin/prw.cjs'), ...args], { encoding: 'utf8', env });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  beforeAll(() => {
    // dist/cli/prw.cjs is built once by vitest's globalSetup (build-cli.ts).
    temp = mkdtempSync(path.join(tmpdir(), 'prw-stderr-'));
    const created = prw(['workspace', 'create', path.join(temp, 'Family S'), '--json']);
    expect(created.status, created.stderr).toBe(0);
    dir = (JSON.parse(created.stdout) as { path: string }).path;
  }, 60_000);
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('a wrong passphrase: exactly the one-line message, and with --verbose the log line too', () => {
    const plain = prw(['audit', 'verify', dir], 'not it at all');
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe('prw: The passphrase does not unlock this workspace.\n');

    const verbose = prw(['audit', 'verify', dir, '--verbose'], 'not it at all');
    expect(verbose.status).toBe(1);
    const lines = verbose.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('prw: The passphrase does not unlock this workspace.');
    expect(lines.slice(0, -1)).toContainEqual(expect.stringMatching(/ info workspace-keys: unlock refused/));
  }, 60_000);

  it('a damaged keys.json: exactly the one-line message, and with --verbose (before or after the command) the warning first', () => {
    const file = path.join(dir, 'keys.json');
    const sound = readFileSync(file, 'utf8');
    const keys = JSON.parse(sound) as { slots: Array<{ nonce: string }> };
    const nonce = keys.slots[0]!.nonce;
    writeFileSync(file, sound.replace(nonce, (nonce[0] === 'A' ? 'B' : 'A') + nonce.slice(1)));
    try {
      const plain = prw(['audit', 'verify', dir]);
      expect(plain.status).toBe(1);
      expect(plain.stderr.split('\n')).toEqual([expect.stringMatching(/^prw: The workspace's key file \(keys\.json\) is damaged/), '']);

      for (const args of [['audit', 'verify', dir, '--verbose'], ['--verbose', 'audit', 'verify', dir]]) {
        const verbose = prw(args);
        expect(verbose.status).toBe(1);
        const lines = verbose.stderr.trimEnd().split('\n');
        expect(lines[0]).toMatch(/ warn workspace-keys-io: keys\.json checksum mismatch/);
        expect(lines.at(-1)).toMatch(/^prw: The workspace's key file \(keys\.json\) is damaged/);
      }
    } finally {
      writeFileSync(file, sound);
    }
  }, 60_000);
});
