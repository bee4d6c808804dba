/** Shared by the reading tests: building inputs and catching the refusal a read ends in. */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { readSource } from '../../../../../electron/services/chronology/read';

export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The AppError a read fails with; checks it is a 'validation' error that quotes no cell. */
export async function failure(bytes: Uint8Array, fileName: string, options?: { sheet?: string }): Promise<AppError> {
  try {
    await readSource(bytes, fileName, options);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('validation');
    expect(appError.message).not.toMatch(/Hartwell|Kerry|Maisie/);
    return appError;
  }
  throw new Error('expected the read to fail');
}

/** The same 'random' bytes every run (a linear congruential generator), so a test cannot flake on a lucky BOM. */
export function pseudoRandomBytes(length: number, seed = 12345): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

export function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}
