/** A PDF's bytes to base64 in the renderer, as terms:verify-pdf takes them. */
import { describe, expect, it } from 'vitest';
import { base64FromBytes } from '../../../../renderer/features/terms/base64';

describe('base64FromBytes', () => {
  it('encodes an ArrayBuffer or a Uint8Array the way Node decodes it', () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');
    expect(base64FromBytes(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64FromBytes(bytes.buffer)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('encodes every byte value, including those that are not text', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(Buffer.from(base64FromBytes(all), 'base64')).toEqual(Buffer.from(all));
  });

  it('handles a file of several megabytes without overflowing the stack', () => {
    const large = new Uint8Array(3 * 1024 * 1024 + 7).map((_, index) => (index * 31) % 256);
    const encoded = base64FromBytes(large);
    expect(encoded.length).toBe(Math.ceil(large.length / 3) * 4);
    expect(Buffer.from(encoded, 'base64').equals(Buffer.from(large))).toBe(true);
  });

  it('gives an empty string for an empty file', () => {
    expect(base64FromBytes(new ArrayBuffer(0))).toBe('');
  });
});
