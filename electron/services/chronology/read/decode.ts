/**
 * Bytes → text. Agencies' exports arrive as UTF-8 (with or without a BOM), UTF-16 (Excel's
 * "Unicode text") or Windows-1252 (older Excel "CSV"): the encoding is told by its BOM, by the
 * NUL-byte pattern of BOM-less UTF-16, by whether the bytes are valid UTF-8, and otherwise taken
 * to be Windows-1252. Text that is mostly control characters is not a chronology: it is refused.
 */
import iconv from 'iconv-lite';
import { AppError } from '../../../../shared/errors';

export const textEncodings = ['utf-8-bom', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncoding = (typeof textEncodings)[number];

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** How many bytes are looked at to guess BOM-less UTF-16. */
const sniffBytes = 4096;

export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  if (looksBinary(decoded.text)) {
    throw new AppError(
      'validation',
      'This file does not contain text the app can read: it looks like a binary file, not a CSV or TSV export. Check you chose the right file, or ask the agency to send the chronology as a table in a Word document (.docx), as .xlsx or as CSV.',
    );
  }
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3), false) ?? '', encoding: 'utf-8-bom' };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: utf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: utf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const guessed = guessUtf16(bytes);
  if (guessed) return { text: utf16(bytes, guessed), encoding: guessed };
  const text = utf8(bytes, true);
  if (text !== null) return { text, encoding: 'utf-8' };
  return { text: iconv.decode(toBuffer(bytes), 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * BOM-less UTF-16 of mostly Latin text has a NUL in every other byte: the odd bytes for little
 * endian, the even ones for big endian. Data with NULs everywhere (or nowhere) is not UTF-16.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, sniffBytes) & ~1;
  if (length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return 'utf-16be';
  return null;
}

function utf8(bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder('utf-8', { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return iconv.decode(toBuffer(bytes), encoding);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * More than 2% control characters (other than tab, CR, LF), replacement characters or private-use
 * characters (what random bytes become as UTF-16) in the first 64K: not text.
 */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) control++;
  }
  return control > sample.length * 0.02;
}
