/**
 * Key derivation for key slots: secret → 32-byte key-encryption key (KEK).
 *
 * - Passphrases (chosen by people, low entropy) go through scrypt, memory-hard, with its cost
 *   stored in the slot so unlocking always uses the cost that wrapped it. Node's async `scrypt`
 *   runs on libuv's threadpool, so Electron's main process keeps answering while it works.
 * - Recovery codes carry 160 uniformly random bits, so stretching adds nothing an attacker would
 *   notice (2^17 more work on top of 2^160 guesses): HKDF-SHA256 with a per-slot salt is enough,
 *   and unlocking with the code is instant.
 */
import { hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

export const keyLength = 32;
const saltLength = 16;

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** scrypt's cost. Bounds keep a hostile keys.json from asking for gigabytes of memory. */
export const scryptCostSchema: z.ZodType<ScryptCost> = z
  .strictObject({
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 20)
      .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
  })
  .refine((cost) => scryptMemory(cost) <= 1024 * 1024 * 1024, 'scrypt cost needs more than 1 GiB of memory');

/**
 * Measured on the project's 2-core build machine (Node 20): median 417–449 ms per derivation
 * (N=2^16: 218 ms, N=2^18: 845 ms). 128 MiB of memory per guess is what makes GPU and ASIC
 * guessing expensive; raise N when typical hardware gets faster — old slots keep their own cost.
 */
export const defaultScryptCost: Readonly<ScryptCost> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

export interface ScryptParams extends ScryptCost {
  algorithm: 'scrypt';
  /** base64, at least 16 random bytes, fresh for every wrap. */
  salt: string;
}

export interface HkdfParams {
  algorithm: 'hkdf-sha256';
  /** base64, at least 16 random bytes, fresh for every wrap. */
  salt: string;
}

/** Fresh scrypt parameters (a new salt) at the given cost; defaults to `defaultScryptCost`. */
export function newScryptParams(cost: ScryptCost = defaultScryptCost): ScryptParams {
  const checked = scryptCostSchema.parse(cost);
  return { algorithm: 'scrypt', N: checked.N, r: checked.r, p: checked.p, salt: randomBytes(saltLength).toString('base64') };
}

export function newHkdfParams(): HkdfParams {
  return { algorithm: 'hkdf-sha256', salt: randomBytes(saltLength).toString('base64') };
}

/** Bytes OpenSSL allocates for one scrypt run (its V array plus B), used to set `maxmem`. */
export function scryptMemory(cost: ScryptCost): number {
  return 128 * cost.r * (cost.N + 2) + 128 * cost.r * cost.p;
}

/**
 * Derives a passphrase slot's KEK. The passphrase is NFC-normalised so the same characters typed
 * on macOS and Windows give the same key. The caller owns the result and zeroes it when done.
 */
export function deriveKey(secret: string | Buffer, params: ScryptParams): Promise<Buffer> {
  const cost = scryptCostSchema.parse({ N: params.N, r: params.r, p: params.p });
  const salt = Buffer.from(params.salt, 'base64');
  const password = typeof secret === 'string' ? Buffer.from(secret.normalize('NFC'), 'utf8') : secret;
  const maxmem = scryptMemory(cost) + 1024 * 1024;
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password, salt, keyLength, { ...cost, maxmem }, (error, derived) => {
      if (password !== secret) password.fill(0);
      if (error) reject(error);
      else resolve(derived);
    });
  });
}

const recoveryInfo = Buffer.from('prw recovery slot v1', 'utf8');

/** Derives a recovery slot's KEK from the code's 20 raw bytes. The caller zeroes the result. */
export function deriveRecoveryKey(codeBytes: Buffer, params: HkdfParams): Buffer {
  const salt = Buffer.from(params.salt, 'base64');
  return Buffer.from(hkdfSync('sha256', codeBytes, salt, recoveryInfo, keyLength));
}
