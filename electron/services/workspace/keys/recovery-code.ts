/**
 * Recovery codes: 160 random bits shown once at creation, written down or read aloud, typed back.
 *
 * Format: 32 Crockford base32 characters (5 bits each, no I, L, O or U) followed by 4 check
 * characters, in nine groups of four: `7KQD-3XMB-…-C9RT`. The check group is the 160-bit value
 * modulo the prime 1,048,573, whose primitive root is 32, so any single wrong character and any
 * swap of two different characters in the first 32 is always caught, and other typos almost
 * always (1 in a million slips through) — before any key derivation runs.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../../shared/errors';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const recoveryCodeBytes = 20;
export const recoveryCodeBits = recoveryCodeBytes * 8;
const dataChars = (recoveryCodeBytes * 8) / 5;
const checkChars = 4;
const groupSize = 4;
const checkModulus = 1_048_573;

export const recoveryCodeTypoMessage =
  'That recovery code is not complete or has a typo — check each group and try again';

/** A new recovery code in its canonical grouped form. */
export function generateRecoveryCode(): string {
  const bytes = randomBytes(recoveryCodeBytes);
  try {
    return encode(bytes);
  } finally {
    bytes.fill(0);
  }
}

/**
 * The canonical form of a typed-back code: accepts lower case, spaces or dashes of any kind
 * between groups (or none), and Crockford's look-alikes (O→0, I and L→1). Throws a
 * `validation` AppError when a character is missing, extra, invalid or the check group disagrees.
 */
export function normaliseRecoveryCode(input: string): string {
  const symbols = toSymbols(input);
  const data = symbols.slice(0, dataChars);
  const check = symbols.slice(dataChars);
  if (checkValue(check) !== checksum(data)) throw typo();
  return group(symbols.map((value) => alphabet[value]).join(''));
}

/** The code's 20 raw bytes, the input to the recovery slot's KDF. The caller zeroes them. */
export function recoveryCodeToBytes(code: string): Buffer {
  const symbols = toSymbols(normaliseRecoveryCode(code)).slice(0, dataChars);
  const bytes = Buffer.alloc(recoveryCodeBytes);
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (const value of symbols) {
    acc = (acc << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (acc >>> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  symbols.fill(0);
  return bytes;
}

function encode(bytes: Buffer): string {
  const symbols: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      symbols.push((acc >>> bits) & 31);
      acc &= (1 << bits) - 1;
    }
  }
  const check = checksum(symbols);
  for (let i = checkChars - 1; i >= 0; i -= 1) symbols.push(Math.floor(check / 32 ** i) % 32);
  const text = group(symbols.map((value) => alphabet[value]).join(''));
  symbols.fill(0);
  return text;
}

function toSymbols(input: string): number[] {
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.\u2010-\u2015\u2212]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== dataChars + checkChars) throw typo();
  const symbols: number[] = [];
  for (const char of compact) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw typo();
    symbols.push(value);
  }
  return symbols;
}

/** The data read as one big-endian base-32 number, modulo a prime. */
function checksum(data: number[]): number {
  let acc = 0;
  for (const value of data) acc = (acc * 32 + value) % checkModulus;
  return acc;
}

function checkValue(check: number[]): number {
  return check.reduce((acc, value) => acc * 32 + value, 0);
}

function group(text: string): string {
  return (text.match(new RegExp(`.{1,${groupSize}}`, 'g')) ?? []).join('-');
}

function typo(): AppError {
  return new AppError('validation', recoveryCodeTypoMessage);
}
