/**
 * keys.json, format version 1: the workspace's random data key wrapped once per slot.
 *
 * Every slot holds the same 256-bit data key under AES-256-GCM with its own key-encryption key
 * (KEK); `kdf` says how to get that KEK back (scrypt for the passphrase, HKDF for the recovery
 * code, the OS keychain for the keychain slot) and is bound into the slot's AAD together with
 * the slot's id, kind and createdAt, so nothing in a slot can be swapped without GCM noticing.
 * `mac` covers the whole file (see slot-crypto.ts). `checksum`, a plain SHA-256 over everything
 * else, is what tells accidental damage (a flipped byte in a salt, nonce or wrapped key) from a
 * passphrase that does not open a sound slot: GCM alone cannot, and the MAC needs the data key.
 * It proves nothing against a deliberate edit (anyone can recompute it); GCM and the MAC do that.
 * Files written before it existed have none and are read as before. Objects are strict: an
 * unknown field is damage.
 */
import { z } from 'zod';
import { scryptCostSchema } from './kdf';

export const keyFileFormat = 'prw-keys';
export const keyFileVersion = 1;
export const keyFileName = 'keys.json';

/** Canonical base64 (what Buffer#toString('base64') writes) decoding to a length in range. */
function base64(min: number, max = min) {
  return z
    .string()
    .max(8192)
    .refine((text) => {
      const bytes = Buffer.from(text, 'base64');
      return bytes.toString('base64') === text && bytes.length >= min && bytes.length <= max;
    }, `expected base64 of ${min === max ? min : `${min}–${max}`} bytes`);
}

const saltSchema = base64(16, 64);

export const scryptParamsSchema = z
  .strictObject({
    algorithm: z.literal('scrypt'),
    N: z.number(),
    r: z.number(),
    p: z.number(),
    salt: saltSchema,
  })
  .check((ctx) => {
    const cost = scryptCostSchema.safeParse({ N: ctx.value.N, r: ctx.value.r, p: ctx.value.p });
    if (!cost.success) ctx.issues.push({ code: 'custom', message: 'scrypt cost out of range', input: ctx.value });
  });

export const hkdfParamsSchema = z.strictObject({
  algorithm: z.literal('hkdf-sha256'),
  salt: saltSchema,
});

/** The keychain slot's KEK, sealed by the OS keychain (Electron safeStorage); opaque to us. */
export const keychainParamsSchema = z.strictObject({
  algorithm: z.literal('os-keychain'),
  sealedKey: base64(1, 4096),
  /** safeStorage's backend when it was sealed (Linux), shown in status; absent elsewhere. */
  backend: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/)
    .optional(),
});

// Parsed objects come out in shape order, which is the order keys.json is written in.
function slot<K extends string, P extends z.ZodType>(kind: K, kdf: P) {
  return z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    kind: z.literal(kind),
    createdAt: z.iso.datetime(),
    kdf,
    nonce: base64(12),
    ciphertext: base64(32),
    tag: base64(16),
  });
}

export const slotSchema = z.discriminatedUnion('kind', [
  slot('passphrase', scryptParamsSchema),
  slot('recovery', hkdfParamsSchema),
  slot('keychain', keychainParamsSchema),
]);

export const keyFileSchema = z
  .strictObject({
    format: z.literal(keyFileFormat),
    version: z.literal(keyFileVersion),
    /** The database cipher (e.g. 'chacha20'); stored for the database module, not used here. */
    cipher: z.string().regex(/^[a-z0-9-]{1,32}$/),
    slots: z.array(slotSchema).min(2).max(8),
    /**
     * The audit log's head when the workspace was last locked (audit/anchor.ts): inside the MAC,
     * so rewriting the log without the data key's MAC shows. Absent in files from before it.
     */
    auditAnchor: z.strictObject({ seq: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
    mac: base64(32),
    checksum: base64(32).optional(),
  })
  .check((ctx) => {
    const count = (kind: SlotKind) => ctx.value.slots.filter((slot) => slot.kind === kind).length;
    const problems: string[] = [];
    if (count('passphrase') !== 1) problems.push('there must be exactly one passphrase slot');
    if (count('recovery') !== 1) problems.push('there must be exactly one recovery slot');
    if (count('keychain') > 1) problems.push('there may be at most one keychain slot');
    if (new Set(ctx.value.slots.map((slot) => slot.id)).size !== ctx.value.slots.length) problems.push('slot ids repeat');
    for (const message of problems) ctx.issues.push({ code: 'custom', message, input: ctx.value, path: ['slots'] });
  });

export type KeyFile = z.infer<typeof keyFileSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type SlotKind = Slot['kind'];
export type SlotOf<K extends SlotKind> = Extract<Slot, { kind: K }>;
