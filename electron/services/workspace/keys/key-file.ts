/**
 * Key slots, like LUKS: one random data key, wrapped once per way of unlocking the workspace.
 * Changing a secret rewraps one slot; the database is never re-encrypted.
 *
 * Everything here works on KeyFile objects (read and written by key-file-io.ts) and returns new
 * ones; nothing touches the disk. Data keys passed in stay owned by the caller (never zeroed
 * here); data keys returned are fresh buffers the caller must zero when the workspace locks.
 */
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../../shared/errors';
import { createLogger } from '../../log';
import { defaultScryptCost, deriveKey, deriveRecoveryKey, keyLength, newHkdfParams, newScryptParams, type ScryptCost } from './kdf';
import { assertKeychainUsable, keychainSaveFailedMessage, keychainUnlockFailedMessage, type KeychainPort } from './keychain';
import { generateRecoveryCode, recoveryCodeToBytes } from './recovery-code';
import { keyFileFormat, keyFileSchema, keyFileVersion, type KeyFile, type Slot, type SlotKind, type SlotOf } from './schema';
import { keyFileDamagedMessage } from './key-file-io';
import { checksumHolds, computeChecksum, computeMac, macMatches, unwrapKey, wrapKey } from './slot-crypto';

const log = createLogger('workspace-keys');

export const wrongPassphraseMessage = 'The passphrase does not unlock this workspace.';
export const wrongRecoveryCodeMessage = 'The recovery code does not unlock this workspace.';
export const tamperedMessage =
  'keys.json in this workspace folder has been changed or damaged since the app last saved it, so the workspace was not opened. ' +
  'Restore keys.json from an earlier copy of the workspace folder (for example a backup copy), then try again. Nothing was changed.';
export const mismatchMessage =
  'keys.json in this workspace folder no longer matches the open workspace (it was changed or replaced while the workspace was open). ' +
  'Nothing was changed. Lock the workspace, unlock it again, and retry.';

export interface SlotOptions {
  /** scrypt cost for a new passphrase slot; tests inject a cheap one. Defaults to defaultScryptCost. */
  kdfParams?: ScryptCost;
  /** Clock for createdAt; defaults to the system clock. */
  now?: () => Date;
}

export interface CreateKeyFileInput extends SlotOptions {
  dataKey: Buffer;
  passphrase: string;
  /** From generateRecoveryCode(), shown to the user once. */
  recoveryCode: string;
  /** The database cipher chosen by the database module (e.g. 'chacha20'); stored, not used here. */
  cipher: string;
}

export async function createKeyFile(input: CreateKeyFileInput): Promise<KeyFile> {
  assertDataKey(input.dataKey);
  const createdAt = timestamp(input);
  const slots: Slot[] = [
    await passphraseSlot(input.dataKey, input.passphrase, input.kdfParams, createdAt),
    recoverySlot(input.dataKey, input.recoveryCode, createdAt),
  ];
  return seal({ format: keyFileFormat, version: keyFileVersion, cipher: input.cipher, slots }, input.dataKey);
}

export async function unlockWithPassphrase(file: KeyFile, passphrase: string): Promise<Buffer> {
  const slot = findSlot(checked(file), 'passphrase');
  if (typeof passphrase !== 'string' || passphrase.length === 0 || !slot) throw new AppError('wrong-secret', wrongPassphraseMessage);
  const kek = await deriveKey(passphrase, slot.kdf);
  return finishUnlock(file, slot, kek, wrongPassphraseMessage);
}

export async function unlockWithRecoveryCode(file: KeyFile, code: string): Promise<Buffer> {
  const slot = findSlot(checked(file), 'recovery');
  // A typo is reported as one (validation) before any work; a well-formed code for another
  // workspace falls through to GCM and is reported as not unlocking this one.
  const codeBytes = recoveryCodeToBytes(code);
  if (!slot) {
    codeBytes.fill(0);
    throw new AppError('wrong-secret', wrongRecoveryCodeMessage);
  }
  const kek = deriveRecoveryKey(codeBytes, slot.kdf);
  codeBytes.fill(0);
  return finishUnlock(file, slot, kek, wrongRecoveryCodeMessage);
}

export async function unlockWithKeychain(file: KeyFile, port: KeychainPort): Promise<Buffer> {
  const slot = findSlot(checked(file), 'keychain');
  if (!slot) {
    throw new AppError(
      'not-found',
      'This workspace is not set up to unlock with the keychain on this computer. Unlock with your passphrase or recovery code.',
    );
  }
  await assertKeychainUsable(port);
  let kek: Buffer;
  try {
    kek = await port.decrypt(Buffer.from(slot.kdf.sealedKey, 'base64'));
  } catch {
    log.info('keychain could not unseal the slot key');
    throw new AppError('unavailable', keychainUnlockFailedMessage);
  }
  return finishUnlock(file, slot, kek, keychainUnlockFailedMessage, 'unavailable');
}

/** Rewraps only the passphrase slot (new salt, nonce and id); every other slot is kept as is. */
export async function changePassphrase(file: KeyFile, dataKey: Buffer, newPassphrase: string, options: SlotOptions = {}): Promise<KeyFile> {
  verifyKeyFile(file, dataKey);
  const slot = await passphraseSlot(dataKey, newPassphrase, options.kdfParams, timestamp(options));
  return seal(replaceSlot(file, 'passphrase', slot), dataKey);
}

/** A new recovery code and the file with only the recovery slot rewrapped; the old code stops working. */
export async function replaceRecoveryCode(
  file: KeyFile,
  dataKey: Buffer,
  options: Pick<SlotOptions, 'now'> = {},
): Promise<{ file: KeyFile; recoveryCode: string }> {
  verifyKeyFile(file, dataKey);
  const recoveryCode = generateRecoveryCode();
  const slot = recoverySlot(dataKey, recoveryCode, timestamp(options));
  return { file: seal(replaceSlot(file, 'recovery', slot), dataKey), recoveryCode };
}

/**
 * Adds (or replaces) the keychain slot. The keychain seals a random slot key rather than the data
 * key itself, so the data key never leaves this process and the slot is GCM-bound like the rest.
 */
export async function addKeychainSlot(file: KeyFile, dataKey: Buffer, port: KeychainPort, options: Pick<SlotOptions, 'now'> = {}): Promise<KeyFile> {
  verifyKeyFile(file, dataKey);
  await assertKeychainUsable(port);
  const kek = randomBytes(keyLength);
  let roundTrip: Buffer | undefined;
  try {
    let sealedKey: Buffer;
    try {
      sealedKey = await port.encrypt(kek);
      // Prove the keychain gives the key back before relying on it.
      roundTrip = await port.decrypt(sealedKey);
    } catch {
      throw new AppError('unavailable', keychainSaveFailedMessage);
    }
    if (roundTrip.length !== kek.length || !timingSafeEqual(roundTrip, kek)) throw new AppError('unavailable', keychainSaveFailedMessage);
    const kdf: SlotOf<'keychain'>['kdf'] = { algorithm: 'os-keychain', sealedKey: sealedKey.toString('base64') };
    if (port.backend !== undefined) kdf.backend = port.backend;
    const header = { id: newSlotId(), kind: 'keychain' as const, createdAt: timestamp(options), kdf };
    const slot: Slot = { ...header, ...wrapKey(kek, dataKey, header) };
    return seal(replaceSlot(file, 'keychain', slot), dataKey);
  } finally {
    kek.fill(0);
    roundTrip?.fill(0);
  }
}

/**
 * Records a new database cipher after the workspace was re-encrypted. The data key is the same,
 * so every slot stays as it is; only the sealed `cipher` field (and so the MAC) changes.
 */
export function changeCipher(file: KeyFile, dataKey: Buffer, cipher: string): KeyFile {
  verifyKeyFile(file, dataKey);
  return seal({ ...withoutMac(file), cipher }, dataKey);
}

/** Records the audit log's head (audit/anchor.ts) in the sealed part of the file. */
export function recordAuditAnchor(file: KeyFile, dataKey: Buffer, anchor: { seq: number; hash: string }): KeyFile {
  verifyKeyFile(file, dataKey);
  return seal({ ...withoutMac(file), auditAnchor: { seq: anchor.seq, hash: anchor.hash } }, dataKey);
}

/** Removes the keychain slot (if any). safeStorage keeps nothing per workspace, so nothing else needs clearing. */
export function removeKeychainSlot(file: KeyFile, dataKey: Buffer): KeyFile {
  verifyKeyFile(file, dataKey);
  if (!findSlot(file, 'keychain')) return file;
  return seal({ ...withoutMac(file), slots: file.slots.filter((slot) => slot.kind !== 'keychain') }, dataKey);
}

export interface SlotDescription {
  id: string;
  kind: SlotKind;
  createdAt: string;
  /** Keychain slots on Linux: which keyring holds the key. */
  backend?: string;
}

/** What the status screen and `prw workspace status` show: no secrets, no key material. */
export function describeSlots(file: KeyFile): SlotDescription[] {
  return file.slots.map((slot) => {
    const description: SlotDescription = { id: slot.id, kind: slot.kind, createdAt: slot.createdAt };
    if (slot.kind === 'keychain' && slot.kdf.backend !== undefined) description.backend = slot.kdf.backend;
    return description;
  });
}

/** Throws (`corrupt`) unless the file's MAC matches the data key of the open workspace. */
export function verifyKeyFile(file: KeyFile, dataKey: Buffer): void {
  assertDataKey(dataKey);
  if (!macMatches(checked(file), dataKey)) throw new AppError('corrupt', mismatchMessage);
}

async function passphraseSlot(dataKey: Buffer, passphrase: string, cost: ScryptCost | undefined, createdAt: string): Promise<Slot> {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new AppError('validation', 'Choose a passphrase: it cannot be empty.');
  }
  const kdf = newScryptParams(cost ?? defaultScryptCost);
  const header = { id: newSlotId(), kind: 'passphrase' as const, createdAt, kdf };
  const kek = await deriveKey(passphrase, kdf);
  try {
    return { ...header, ...wrapKey(kek, dataKey, header) };
  } finally {
    kek.fill(0);
  }
}

function recoverySlot(dataKey: Buffer, recoveryCode: string, createdAt: string): Slot {
  const kdf = newHkdfParams();
  const header = { id: newSlotId(), kind: 'recovery' as const, createdAt, kdf };
  const codeBytes = recoveryCodeToBytes(recoveryCode);
  const kek = deriveRecoveryKey(codeBytes, kdf);
  codeBytes.fill(0);
  try {
    return { ...header, ...wrapKey(kek, dataKey, header) };
  } finally {
    kek.fill(0);
  }
}

/** Unwraps, then checks the whole file's MAC with the key it found. Zeroes `kek`. */
function finishUnlock(file: KeyFile, slot: Slot, kek: Buffer, wrongMessage: string, wrongCode: 'wrong-secret' | 'unavailable' = 'wrong-secret'): Buffer {
  let dataKey: Buffer | null;
  try {
    dataKey = unwrapKey(kek, slot);
  } finally {
    kek.fill(0);
  }
  if (!dataKey) {
    log.info('unlock refused', { slot: slot.kind });
    throw new AppError(wrongCode, wrongMessage);
  }
  if (!macMatches(file, dataKey)) {
    dataKey.fill(0);
    log.warn('keys.json MAC mismatch after a slot unwrapped', { slot: slot.kind });
    throw new AppError('corrupt', tamperedMessage);
  }
  return dataKey;
}

function seal(body: Omit<KeyFile, 'mac'>, dataKey: Buffer): KeyFile {
  const { checksum: _stale, ...rest } = body;
  const sealed = { ...rest, mac: computeMac(rest, dataKey) };
  const file = { ...sealed, checksum: computeChecksum(sealed) };
  // Never hand back something readKeyFile would refuse.
  return keyFileSchema.parse(file);
}

function replaceSlot(file: KeyFile, kind: SlotKind, slot: Slot): Omit<KeyFile, 'mac'> {
  const index = file.slots.findIndex((existing) => existing.kind === kind);
  const slots = index < 0 ? [...file.slots, slot] : file.slots.map((existing, i) => (i === index ? slot : existing));
  return { ...withoutMac(file), slots };
}

function withoutMac(file: KeyFile): Omit<KeyFile, 'mac' | 'checksum'> {
  const { mac: _mac, checksum: _checksum, ...body } = file;
  return body;
}

function findSlot<K extends SlotKind>(file: KeyFile, kind: K): SlotOf<K> | undefined {
  return file.slots.find((slot): slot is SlotOf<K> => slot.kind === kind);
}

/** Callers may build a KeyFile by hand; hold it to the same rules as one read from disk. */
function checked(file: KeyFile): KeyFile {
  const result = keyFileSchema.safeParse(file);
  if (!result.success) throw new AppError('corrupt', tamperedMessage);
  if (!checksumHolds(file)) throw new AppError('corrupt', keyFileDamagedMessage);
  return file;
}

function assertDataKey(dataKey: Buffer): void {
  if (!Buffer.isBuffer(dataKey) || dataKey.length !== keyLength) throw new TypeError('The data key must be a 32-byte Buffer.');
}

function newSlotId(): string {
  return randomUUID();
}

function timestamp(options: Pick<SlotOptions, 'now'>): string {
  return (options.now?.() ?? new Date()).toISOString();
}
