/**
 * Reading and writing keys.json. Reading never changes the file, whatever is wrong with it;
 * writing is atomic (temp file in the same folder, fsync, rename, fsync the folder), so a crash
 * or a full disk leaves either the old file or the new one, never a mixture.
 */
import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import { productName } from '../../../../shared/product';
import { describeErrno, errnoCode, temporaryNameFor, writeFileAtomic } from '../../atomic-file';
import { createLogger } from '../../log';
import { keyFileFormat, keyFileName, keyFileSchema, keyFileVersion, type KeyFile } from './schema';
import { checksumHolds } from './slot-crypto';

const log = createLogger('workspace-keys-io');

/** keys.json is a few kilobytes; anything far larger is not ours. */
const maxBytes = 256 * 1024;

/** A keys.json whose bytes changed by accident. The data key never changes, so any earlier copy works. */
export const keyFileDamagedMessage =
  `The workspace's key file (${keyFileName}) is damaged, so the workspace cannot be unlocked with any passphrase or recovery code. ` +
  `Replace ${keyFileName} with the one from an earlier copy of the whole workspace folder (the backups inside the folder hold only the database, not ${keyFileName}); ` +
  'an earlier copy opens with the passphrase or recovery code that was in use when it was made. Nothing in the workspace was changed.';

const restoreAdvice = 'Restore keys.json from an earlier copy of the workspace folder (for example a backup copy), then try again.';
const untouched = 'Nothing in the workspace was changed.';

export async function readKeyFile(file: string): Promise<KeyFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = errnoCode(error);
    log.warn('keys.json could not be read', { errno: code });
    if (code === 'ENOENT') {
      throw new AppError(
        'not-found',
        `This workspace folder has no ${keyFileName}, and the workspace cannot be unlocked without it. ${restoreAdvice} ${untouched}`,
      );
    }
    if (code === 'EISDIR') throw damaged(`${keyFileName} in this workspace folder is a folder, not a file.`);
    throw new AppError('unavailable', `${keyFileName} in this workspace folder could not be read (${describeErrno(code)}). Check that you can open files in that folder, then try again. ${untouched}`);
  }
  return parseKeyFile(bytes);
}

/** Validates keys.json's bytes; exported for callers that read it some other way (backups, tests). */
export function parseKeyFile(bytes: Buffer): KeyFile {
  if (bytes.length === 0) throw damaged(`${keyFileName} in this workspace folder is empty.`);
  if (bytes.length > maxBytes) throw damaged(`${keyFileName} in this workspace folder is far too large to be a key file.`);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw damaged(`${keyFileName} in this workspace folder is damaged: it is incomplete or not valid JSON.`);
  }
  if (!isRecord(raw) || raw.format !== keyFileFormat) {
    throw damaged(`${keyFileName} in this workspace folder is not a ${productName} key file.`);
  }
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > keyFileVersion) {
    throw new AppError(
      'newer-version',
      `This workspace was made by a newer version of ${productName}; update the app to open it. ` +
        `(Its ${keyFileName} is format version ${raw.version}; this app reads version ${keyFileVersion}.) ${untouched}`,
    );
  }
  const parsed = keyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Where, never what: the values may be key material.
    log.warn('keys.json failed validation', { at: issue?.path.join('.') ?? '', issues: parsed.error.issues.length });
    throw damaged(`${keyFileName} in this workspace folder is damaged: its contents are not what ${productName} writes.`);
  }
  if (!checksumHolds(parsed.data)) {
    // Checked before any passphrase is tried, so a damaged salt, nonce or wrapped key is never
    // reported as a wrong passphrase.
    log.warn('keys.json checksum mismatch');
    throw new AppError('corrupt', keyFileDamagedMessage);
  }
  return parsed.data;
}

/** The exact bytes written for a key file (stable formatting, so unchanged slots stay byte-identical). */
export function serialiseKeyFile(file: KeyFile): Buffer {
  return Buffer.from(`${JSON.stringify(keyFileSchema.parse(file), null, 2)}\n`, 'utf8');
}

export async function writeKeyFileAtomic(file: string, keyFile: KeyFile): Promise<void> {
  const bytes = serialiseKeyFile(keyFile);
  const dir = path.dirname(file);
  const base = path.basename(file);
  const temp = temporaryNameFor(file);
  try {
    await writeFileAtomic(file, bytes, temp);
  } catch (error) {
    const code = errnoCode(error);
    log.warn('keys.json could not be written', { errno: code });
    throw new AppError(
      'unavailable',
      `${keyFileName} could not be saved in the workspace folder (${describeErrno(code)}). The previous ${keyFileName} is unchanged. Free some space or check the folder's permissions, then try again.`,
    );
  }
  await removeStaleTemps(dir, base, temp);
}

/** Temp files left by a write that was killed part-way (the workspace has a single writer). */
async function removeStaleTemps(dir: string, base: string, current: string): Promise<void> {
  const pattern = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[0-9a-f]{16}\\.tmp$`);
  try {
    for (const name of await readdir(dir)) {
      const candidate = path.join(dir, name);
      if (pattern.test(name) && candidate !== current) await unlink(candidate).catch(() => undefined);
    }
  } catch {
    // Tidying only; the write itself succeeded.
  }
}

function damaged(what: string): AppError {
  return new AppError('corrupt', `${what} ${restoreAdvice} ${untouched}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


