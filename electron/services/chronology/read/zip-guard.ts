/**
 * An .xlsx is a zip of XML parts, and exceljs unpacks and parses every part in memory before we
 * see a cell: a 307 KB workbook holding one 300 MB cell took 2 GB to open. So before exceljs gets
 * the bytes, this reads the zip's central directory (the declared sizes: refused over the
 * unpacked limit or the packing ratio without unpacking anything), then unpacks each part as a
 * stream, keeping nothing, to check it holds what it declares and to count each sheet's rows,
 * stopping at the first limit passed. A zip too damaged to walk is refused as damaged.
 *
 * A Word document (.docx) is a zip too, and jszip trusts each part's declared size until it has
 * unpacked all of it: the same check (without the row count: the Word reader counts table rows
 * as it parses) runs before jszip sees it.
 */
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../../../shared/errors';
import { overLimit, type ImportLimits } from '../../../../shared/chronology/limits';
import { countRowTags, type RowTagCounter } from './row-tags';
import { damagedWorkbook } from './workbook';

interface ZipPart {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  localOffset: number;
}

class Damaged extends Error {}

const maxU32 = 0xffffffff;

export async function guardWorkbookZip(bytes: Uint8Array, fileName: string, limits: ImportLimits): Promise<void> {
  await guardZip(bytes, fileName, limits, { kind: 'workbook', damaged: damagedWorkbook, countRowsIn: /^xl\/worksheets\/[^/]+\.xml$/i });
}

export interface ZipGuard {
  /** For the words of a refusal over a limit. */
  kind: 'workbook' | 'document';
  /** The refusal for a zip too damaged to walk, or one whose parts hold more than they declare. */
  damaged: string;
  /** Parts whose <row> tags are counted against the row limit (a workbook's sheets). */
  countRowsIn?: RegExp;
}

export async function guardZip(bytes: Uint8Array, fileName: string, limits: ImportLimits, guard: ZipGuard): Promise<void> {
  let parts: ZipPart[];
  try {
    parts = centralDirectory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw new AppError('validation', guard.damaged);
  }
  checkDeclared(parts, fileName, limits, guard);
  const sheets = guard.countRowsIn ? parts.filter((part) => guard.countRowsIn!.test(part.name)) : [];
  for (const part of parts) {
    const counter = sheets.includes(part) ? countRowTags() : null;
    const outcome = await unpack(bytes, part, counter, limits);
    if (outcome === 'damaged') throw new AppError('validation', guard.damaged);
    if (outcome === 'rows') {
      // Stopped at the limit: the sheet's own used range says how many it has, when it says more.
      const declared = counter!.dimensionRows ?? 0;
      const moreThan = declared <= limits.rows;
      const rows = moreThan ? limits.rows : declared;
      const subject = sheets.length > 1 ? `One sheet of ${fileName}` : fileName;
      throw new AppError('validation', overLimit.rows(subject, rows, limits, moreThan));
    }
  }
}

function checkDeclared(parts: readonly ZipPart[], fileName: string, limits: ImportLimits, guard: ZipGuard): void {
  let total = 0;
  for (const part of parts) {
    if (part.method !== 0 && part.method !== 8) throw new AppError('validation', guard.damaged);
    total += part.unpacked;
    if (total > limits.unpackedBytes) throw new AppError('validation', overLimit.unpackedBytes(fileName, limits, guard.kind));
    if (part.unpacked >= limits.ratioCheckedFromBytes && part.unpacked > part.packed * limits.packingRatio) {
      throw new AppError('validation', overLimit.packingRatio(fileName, limits, guard.kind));
    }
  }
}

/** The end record, searched from the end (as exceljs's zip reader does), then every directory entry. */
function centralDirectory(zip: Buffer): ZipPart[] {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Damaged();
  let count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === maxU32) ({ count, offset } = zip64End(zip, end));
  const parts: ZipPart[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Damaged();
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const part: ZipPart = {
      name: zip.toString('latin1', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      packed: zip.readUInt32LE(at + 20),
      unpacked: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    };
    if (part.packed === maxU32 || part.unpacked === maxU32 || part.localOffset === maxU32) zip64Sizes(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), part);
    parts.push(part);
    at += 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
  }
  return parts;
}

function zip64End(zip: Buffer, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || zip.readUInt32LE(locator) !== 0x07064b50) throw new Damaged();
  const record = Number(zip.readBigUInt64LE(locator + 8));
  if (zip.readUInt32LE(record) !== 0x06064b50) throw new Damaged();
  return { count: Number(zip.readBigUInt64LE(record + 32)), offset: Number(zip.readBigUInt64LE(record + 48)) };
}

/** A zip64 entry keeps its real sizes in extra field 1, in this order, only those that overflowed. */
function zip64Sizes(extra: Buffer, part: ZipPart): void {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ['unpacked', 'packed', 'localOffset'] as const) {
        if (part[key] !== maxU32) continue;
        part[key] = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
  throw new Damaged();
}

type Outcome = 'ok' | 'damaged' | 'rows';

/** Unpacks one part as a stream, keeping nothing: more than it declared is a damaged (or crafted) zip. */
async function unpack(bytes: Uint8Array, part: ZipPart, counter: RowTagCounter | null, limits: ImportLimits): Promise<Outcome> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let data: Buffer;
  try {
    if (zip.readUInt32LE(part.localOffset) !== 0x04034b50) return 'damaged';
    const start = part.localOffset + 30 + zip.readUInt16LE(part.localOffset + 26) + zip.readUInt16LE(part.localOffset + 28);
    if (start + part.packed > zip.length) return 'damaged';
    data = zip.subarray(start, start + part.packed);
  } catch {
    return 'damaged';
  }
  let seen = 0;
  const take = (chunk: Buffer): Outcome => {
    seen += chunk.length;
    if (seen > part.unpacked) return 'damaged';
    if (counter && counter.add(chunk.toString('latin1')) > limits.rows) return 'rows';
    return 'ok';
  };
  if (part.method === 0) {
    const outcome = take(data);
    return outcome === 'ok' && counter && counter.finish() > limits.rows ? 'rows' : outcome;
  }
  return new Promise<Outcome>((resolve) => {
    const inflater = createInflateRaw();
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      if (outcome !== 'ok') inflater.destroy();
      resolve(outcome);
    };
    inflater.on('data', (chunk: Buffer) => {
      const outcome = take(chunk);
      if (outcome !== 'ok') finish(outcome);
    });
    inflater.on('end', () => finish(counter && counter.finish() > limits.rows ? 'rows' : 'ok'));
    inflater.on('error', () => finish('damaged'));
    inflater.end(data);
  });
}
