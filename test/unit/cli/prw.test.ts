import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'cli'], { cwd: root });
  });

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
