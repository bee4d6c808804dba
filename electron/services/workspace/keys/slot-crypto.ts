/**
 * The cryptography under keys.json: AES-256-GCM wrapping of the data key per slot, the AAD that
 * binds each slot's description to its ciphertext, and the file's HMAC.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { keyLength } from './kdf';
import { keyFileFormat, keyFileVersion, type KeyFile, type Slot } from './schema';

const nonceLength = 12;
const tagLength = 16;
const macInfo = Buffer.from('prw keys.json mac v1', 'utf8');

/**
 * Deterministic JSON: object keys sorted, no whitespace, integers only. Used for the AAD and the
 * MAC so they don't depend on how a file happened to be formatted or ordered.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError('canonicalJson: only safe integers are allowed');
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: cannot serialise ${typeof value}`);
}

/** What a slot's ciphertext is bound to: everything in the slot except the GCM output. */
export type SlotHeader = Pick<Slot, 'id' | 'kind' | 'kdf' | 'createdAt'>;

function slotAad(header: SlotHeader): Buffer {
  const { id, kind, kdf, createdAt } = header;
  return Buffer.from(canonicalJson({ format: keyFileFormat, version: keyFileVersion, slot: { id, kind, kdf, createdAt } }), 'utf8');
}

export interface Wrapped {
  nonce: string;
  ciphertext: string;
  tag: string;
}

/** Wraps the data key under `kek` with a fresh nonce. */
export function wrapKey(kek: Buffer, dataKey: Buffer, header: SlotHeader): Wrapped {
  assertKey(kek);
  assertKey(dataKey);
  const nonce = randomBytes(nonceLength);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce, { authTagLength: tagLength });
  cipher.setAAD(slotAad(header));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { nonce: nonce.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/**
 * The data key, or null when GCM authentication fails — a wrong secret and a changed slot look
 * exactly the same here, by design.
 */
export function unwrapKey(kek: Buffer, slot: Slot): Buffer | null {
  if (kek.length !== keyLength) return null;
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.nonce, 'base64'), { authTagLength: tagLength });
  decipher.setAAD(slotAad(slot));
  decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
  const head = decipher.update(Buffer.from(slot.ciphertext, 'base64'));
  try {
    const tail = decipher.final();
    // Its own allocation, not a slice of Node's shared pool: the caller owns and zeroes it.
    const key = Buffer.alloc(head.length + tail.length);
    head.copy(key);
    tail.copy(key, head.length);
    tail.fill(0);
    return key.length === keyLength ? key : (key.fill(0), null);
  } catch {
    return null;
  } finally {
    head.fill(0);
  }
}

function macKey(dataKey: Buffer): Buffer {
  assertKey(dataKey);
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), macInfo, 32));
}

/** HMAC-SHA256 over the canonical serialisation of everything in the file except `mac` and `checksum`. */
export function computeMac(file: Omit<KeyFile, 'mac'> & { mac?: string }, dataKey: Buffer): string {
  const { mac: _ignored, checksum: _checksum, ...rest } = file;
  const key = macKey(dataKey);
  try {
    return createHmac('sha256', key).update(canonicalJson(rest), 'utf8').digest('base64');
  } finally {
    key.fill(0);
  }
}

export function macMatches(file: KeyFile, dataKey: Buffer): boolean {
  const expected = Buffer.from(computeMac(file, dataKey), 'base64');
  const actual = Buffer.from(file.mac, 'base64');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** SHA-256 over the canonical serialisation of everything in the file except `checksum` (the MAC included). */
export function computeChecksum(file: Omit<KeyFile, 'checksum'> & { checksum?: string }): string {
  const { checksum: _ignored, ...rest } = file;
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('base64');
}

/** False only when the file has a checksum and its contents no longer match it: damage. */
export function checksumHolds(file: KeyFile): boolean {
  if (file.checksum === undefined) return true;
  const expected = Buffer.from(computeChecksum(file), 'base64');
  const actual = Buffer.from(file.checksum, 'base64');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function assertKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== keyLength) throw new TypeError('expected a 32-byte key');
}
