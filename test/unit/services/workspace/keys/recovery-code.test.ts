import { describe, expect, it } from 'vitest';
import {
  generateRecoveryCode,
  normaliseRecoveryCode,
  recoveryCodeBits,
  recoveryCodeToBytes,
  recoveryCodeTypoMessage,
} from '../../../../../electron/services/workspace/keys/recovery-code';
import { AppError } from '../../../../../shared/errors';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const shape = /^(?:[0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/;

function expectTypo(input: string) {
  let caught: unknown;
  try {
    normaliseRecoveryCode(input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect(caught).toMatchObject({ code: 'validation', message: recoveryCodeTypoMessage });
}

describe('recovery codes', () => {
  it('look like nine groups of four unambiguous characters (no I, L, O or U)', () => {
    for (let i = 0; i < 200; i += 1) expect(generateRecoveryCode()).toMatch(shape);
  });

  it('carry at least 128 random bits: 160, every bit varying, no repeats', () => {
    expect(recoveryCodeBits).toBeGreaterThanOrEqual(128);
    expect(recoveryCodeBits).toBe(160);
    const runs = 2000;
    const ones = new Array<number>(160).fill(0);
    const seen = new Set<string>();
    for (let i = 0; i < runs; i += 1) {
      const code = generateRecoveryCode();
      seen.add(code);
      const bytes = recoveryCodeToBytes(code);
      expect(bytes).toHaveLength(20);
      for (let bit = 0; bit < 160; bit += 1) ones[bit]! += ((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
    }
    expect(seen.size).toBe(runs);
    // Each bit is set about half the time (binomial: ±5.5 standard deviations of 22).
    for (const count of ones) expect(Math.abs(count - runs / 2)).toBeLessThan(125);
  });

  it('accepts what people type back: lower case, spaces, no separators, other dashes, look-alike letters', () => {
    const code = generateRecoveryCode();
    const compact = code.replace(/-/g, '');
    const variants = [
      code.toLowerCase(),
      code.replace(/-/g, ' '),
      `  ${code.replace(/-/g, '  ')}\n`,
      compact,
      code.replace(/-/g, '\u2013'),
      code.replace(/0/g, 'O').replace(/1/g, 'I'),
      code.replace(/1/g, 'l').toLowerCase().replace(/0/g, 'o'),
      code.replace(/-/g, '').replace(/(.{5})/g, '$1 '),
    ];
    for (const typed of variants) expect(normaliseRecoveryCode(typed)).toBe(code);
  });

  it('catches every single wrong character with the exact message', () => {
    const code = generateRecoveryCode();
    const compact = code.replace(/-/g, '');
    let tried = 0;
    for (let position = 0; position < compact.length; position += 1) {
      for (const replacement of alphabet) {
        if (replacement === compact[position]) continue;
        expectTypo(compact.slice(0, position) + replacement + compact.slice(position + 1));
        tried += 1;
      }
    }
    expect(tried).toBe(36 * 31);
  });

  it('catches two neighbouring characters typed the wrong way round', () => {
    const compact = generateRecoveryCode().replace(/-/g, '');
    for (let position = 0; position < 31; position += 1) {
      const a = compact[position]!;
      const b = compact[position + 1]!;
      if (a === b) continue;
      expectTypo(compact.slice(0, position) + b + a + compact.slice(position + 2));
    }
  });

  it('refuses a missing group, an extra character, and characters outside the alphabet', () => {
    const code = generateRecoveryCode();
    expectTypo(code.split('-').slice(0, 8).join('-'));
    expectTypo(`${code}7`);
    expectTypo(code.replace(/^./, 'U'));
    expectTypo(code.replace(/^./, '*'));
    expectTypo('');
  });

  it('gives the same key bytes for every way of typing the same code', () => {
    const code = generateRecoveryCode();
    expect(recoveryCodeToBytes(code.toLowerCase().replace(/-/g, ' '))).toEqual(recoveryCodeToBytes(code));
  });
});
