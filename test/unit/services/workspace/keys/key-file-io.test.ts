import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changePassphrase,
  createKeyFile,
  generateRecoveryCode,
  readKeyFile,
  unlockWithPassphrase,
  writeKeyFileAtomic,
  type KeyFile,
} from '../../../../../electron/services/workspace/keys';
import { fastKdf, passphrase, tempFolder } from './helpers';

// Pass-through fs that individual tests can make fail, to simulate a crash or a full disk.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, rename: vi.fn(actual.rename), open: vi.fn(actual.open) };
});

const folder = tempFolder();

async function setUp() {
  const dataKey = randomBytes(32);
  const file = await createKeyFile({ dataKey, passphrase, recoveryCode: generateRecoveryCode(), cipher: 'chacha20', kdfParams: fastKdf });
  const dir = folder();
  const target = path.join(dir, 'keys.json');
  await writeKeyFileAtomic(target, file);
  return { dataKey, file, dir, target };
}

async function readError(target: string): Promise<{ code: string; message: string }> {
  try {
    await readKeyFile(target);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected readKeyFile to fail');
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

beforeEach(() => {
  vi.mocked(fsp.rename).mockClear();
  vi.mocked(fsp.open).mockClear();
});

describe('reading keys.json', () => {
  it('reads back exactly what was written', async () => {
    const { file, target } = await setUp();
    expect(await readKeyFile(target)).toEqual(file);
  });

  it('missing: says keys.json is missing and to restore it from a copy (never to delete anything)', async () => {
    const error = await readError(path.join(folder(), 'keys.json'));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/no keys\.json/);
    expect(error.message).toMatch(/Restore keys\.json from an earlier copy of the workspace folder/);
    expect(error.message).not.toMatch(/delete|start again/i);
  });

  const damaged: [string, (original: Buffer) => Buffer | string][] = [
    ['truncated', (original) => original.subarray(0, Math.floor(original.length / 2))],
    ['empty', () => ''],
    ['not JSON', () => 'this is not json'],
    ['binary noise', () => randomBytes(500)],
    ['another kind of JSON file', () => JSON.stringify({ name: 'something else' })],
    ['missing its slots', (original) => JSON.stringify({ ...JSON.parse(original.toString()), slots: [] })],
    ['a malformed salt', (original) => original.toString().replace(/"salt": "[^"]*"/, '"salt": "not base64!"')],
    ['an absurd scrypt cost', (original) => original.toString().replace(/"N": \d+/, '"N": 1073741824')],
    ['version 0', (original) => original.toString().replace('"version": 1', '"version": 0')],
  ];

  for (const [name, damage] of damaged) {
    it(`${name}: a clear "damaged keys.json" error naming the file, and the file is left as it was`, async () => {
      const { target } = await setUp();
      writeFileSync(target, damage(readFileSync(target)));
      const before = readFileSync(target);
      const error = await readError(target);
      expect(error.code).toBe('corrupt');
      expect(error.message).toMatch(/^keys\.json in this workspace folder /);
      expect(error.message).toMatch(/Restore keys\.json from an earlier copy of the workspace folder/);
      expect(error.message).not.toMatch(/delete|start again/i);
      expect(readFileSync(target)).toEqual(before);
    });
  }

  it('from a newer version: asks to update the app and never modifies the file', async () => {
    const { target } = await setUp();
    const newer = readFileSync(target, 'utf8').replace('"version": 1', '"version": 2').replace('"cipher"', '"futureField": true, "cipher"');
    writeFileSync(target, newer);
    const mtime = statSync(target).mtimeMs;
    const error = await readError(target);
    expect(error.code).toBe('newer-version');
    expect(error.message).toMatch(
      /^This workspace was made by a newer version of Practice Review Workspace; update the app to open it\. \(Its keys\.json is format version 2/,
    );
    expect(readFileSync(target, 'utf8')).toBe(newer);
    expect(statSync(target).mtimeMs).toBe(mtime);
  });

  it('a folder where keys.json should be: reported as damaged, not as a crash', async () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'keys.json'));
    expect(await readError(path.join(dir, 'keys.json'))).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/keys\.json/) });
  });
});

describe('writing keys.json atomically', () => {
  it('leaves only keys.json behind, readable by its owner alone', async () => {
    const { dir, target } = await setUp();
    expect(readdirSync(dir)).toEqual(['keys.json']);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('writes through a temp file in the same folder, then renames it over keys.json', async () => {
    const { dataKey, file, target } = await setUp();
    vi.mocked(fsp.rename).mockClear();
    await writeKeyFileAtomic(target, await changePassphrase(file, dataKey, 'new one', { kdfParams: fastKdf }));
    expect(fsp.rename).toHaveBeenCalledTimes(1);
    const [from, to] = vi.mocked(fsp.rename).mock.calls[0]!;
    expect(path.dirname(String(from))).toBe(path.dirname(target));
    expect(path.basename(String(from))).toMatch(/^\.keys\.json\.[0-9a-f]{16}\.tmp$/);
    expect(to).toBe(target);
  });

  it('a failure at the rename (a crash before the switch) leaves the old keys.json intact and no temp file', async () => {
    const { dataKey, file, dir, target } = await setUp();
    const before = readFileSync(target);
    vi.mocked(fsp.rename).mockRejectedValueOnce(errno('EIO'));
    const changed = await changePassphrase(file, dataKey, 'new one', { kdfParams: fastKdf });
    await expect(writeKeyFileAtomic(target, changed)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/keys\.json could not be saved.*The previous keys\.json is unchanged/),
    });
    expect(readFileSync(target)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['keys.json']);
    expect(await unlockWithPassphrase(await readKeyFile(target), passphrase)).toEqual(dataKey);
  });

  it('a full disk while writing the temp file leaves the old keys.json intact and no temp file', async () => {
    const { dataKey, file, dir, target } = await setUp();
    const before = readFileSync(target);
    const actual = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
    vi.mocked(fsp.open).mockImplementationOnce(async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      handle.writeFile = async () => {
        throw errno('ENOSPC');
      };
      return handle;
    });
    await expect(writeKeyFileAtomic(target, await changePassphrase(file, dataKey, 'x', { kdfParams: fastKdf }))).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/the disk is full/),
    });
    expect(readFileSync(target)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['keys.json']);
  });

  it('tidies a temp file left behind by a write that was killed part-way', async () => {
    const { file, dir, target } = await setUp();
    const stale = path.join(dir, '.keys.json.0123456789abcdef.tmp');
    writeFileSync(stale, 'half a file');
    writeFileSync(path.join(dir, 'notes.txt'), 'not ours');
    await writeKeyFileAtomic(target, file);
    expect(readdirSync(dir).sort()).toEqual(['keys.json', 'notes.txt']);
  });

  it('refuses to write something that is not a valid key file', async () => {
    const { file, target } = await setUp();
    const before = readFileSync(target);
    await expect(writeKeyFileAtomic(target, { ...file, slots: [] } as KeyFile)).rejects.toThrow();
    expect(readFileSync(target)).toEqual(before);
  });
});
