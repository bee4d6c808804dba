/**
 * The bounds on one imported file (shared/chronology/limits.ts), at the reader: each limit
 * refused with words naming the file, what it has and the most one import takes. Lowered limits
 * keep the files small; the real limits are tested through the app in crafted-files.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readSource } from '../../../../electron/services/chronology/read';
import { AppError } from '../../../../shared/errors';
import { readPickedBytes } from '../../../../electron/services/chronology/import-state';
import { formatBytes, formatCount, importLimits, type ImportLimits } from '../../../../shared/chronology/limits';
import { columnMappingSchema } from '../../../../shared/chronology/schemas';
import { craftXlsx, declareUnpackedSize, rowXml, sheetXml } from './crafted';
import { workbookBytes } from './read/helpers';

const low: ImportLimits = { fileBytes: 64 * 1024, rows: 100, columns: 10, cellCharacters: 500, unpackedBytes: 200 * 1024, packingRatio: 20, ratioCheckedFromBytes: 16 * 1024 };
/** The words a read with the lowered limits is refused with: always a 'validation' error. */
async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const error: unknown = await readSource(bytes, name, { limits: low }).then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('validation');
  return (error as AppError).message;
}
const csvRows = (count: number) => `Date,Event\n${Array.from({ length: count - 1 }, (_, i) => `2019-01-${(i % 28) + 1},Visit ${i}`).join('\n')}\n`;
const dataRows = (count: number) => Array.from({ length: count }, (_, i) => rowXml(i + 2, ['2019-01-01', `Visit ${i}`])).join('');

describe('limits on an imported file', () => {
  it('states numbers as users read them', () => {
    expect(formatCount(1_500_000)).toBe('1,500,000');
    expect(formatCount(250_000)).toBe('250,000');
    expect(formatBytes(importLimits.fileBytes)).toBe('50 MB');
    expect(formatBytes(importLimits.fileBytes + 1)).toBe('50.1 MB');
    expect(formatBytes(300 * 1024)).toBe('300 KB');
  });

  it('a file over the size limit', async () => {
    expect(await refusal(Buffer.alloc(low.fileBytes + 1, 'a'), 'big.csv')).toBe(
      'big.csv is 65 KB; the most one import can take is 64 KB. Ask the agency for only the chronology sheet, or split the file into smaller ones and import each.',
    );
  });

  it('too many rows in a CSV, counted to the end; blank lines at the end do not count', async () => {
    expect(await refusal(Buffer.from(csvRows(101)), 'school.csv')).toBe(
      'school.csv has 101 rows; the most one import can take is 100. Split the file into smaller ones and import each.',
    );
    const table = await readSource(Buffer.from(`${csvRows(100)}\n\n,,\n`), 'school.csv', { limits: low });
    expect(table.rows).toHaveLength(100);
  });

  it('too many rows in a workbook, refused before the workbook is opened, with the count its used range gives', async () => {
    const bytes = await craftXlsx({ sheet: sheetXml(rowXml(1, ['Date', 'Event']) + dataRows(150), 'A1:B1500000') });
    expect(await refusal(bytes, 'school.xlsx')).toBe(
      'school.xlsx has 1,500,000 rows; the most one import can take is 100. Split the file into smaller ones and import each.',
    );
    const unsaid = await craftXlsx({ sheet: sheetXml(rowXml(1, ['Date', 'Event']) + dataRows(150)) });
    expect(await refusal(unsaid, 'school.xlsx')).toMatch(/^school\.xlsx has more than 100 rows;/);
  });

  it('rows spread far apart in a workbook count as the rows between them', async () => {
    const bytes = await craftXlsx({ sheet: sheetXml(rowXml(1, ['Date', 'Event']) + rowXml(5000, ['2019-01-01', 'Visit'])) });
    expect(await refusal(bytes, 'sparse.xlsx')).toMatch(/^sparse\.xlsx has 5,000 rows; the most one import can take is 100\./);
  });

  it('too many columns, in text and in a workbook', async () => {
    const wide = `${Array.from({ length: 12 }, (_, i) => `Column ${i}`).join(',')}\n`;
    expect(await refusal(Buffer.from(`Date,Event\n${wide}`), 'wide.csv')).toBe(
      "wide.csv has 12 columns; the most one import can take is 10. Check it is the agency's chronology; if it is, remove the columns the review does not need and import that copy.",
    );
    const workbook = await workbookBytes((book) => book.addWorksheet('Sheet').addRow(Array.from({ length: 12 }, (_, i) => `Column ${i}`)));
    expect(await refusal(workbook, 'wide.xlsx')).toMatch(/^wide\.xlsx has 12 columns; the most one import can take is 10\./);
  });

  it('a cell over the length limit, in text (quoted, across lines) and in a workbook, naming its row', async () => {
    const long = 'word '.repeat(120);
    expect(await refusal(Buffer.from(`Date,Event\n2019-01-01,short\n2019-01-02,"${long}\n${long}"\n`), 'long.csv')).toBe(
      'long.csv has a cell of 1,201 characters (in row 3); the most a cell can hold is 500. Shorten that cell, or split it across rows, and import that copy.',
    );
    const workbook = await workbookBytes((book) => {
      const sheet = book.addWorksheet('Sheet');
      sheet.addRow(['Date', 'Event']);
      sheet.addRow(['2019-01-01', 'x'.repeat(501)]);
    });
    expect(await refusal(workbook, 'long.xlsx')).toMatch(/^long\.xlsx has a cell of 501 characters \(in row 2\); the most a cell can hold is 500\./);
  });

  it('a quote never closed is still reported as one, not as a long cell', async () => {
    expect(await refusal(Buffer.from(`Date,Event\n2019-01-01,"${'a'.repeat(1000)}\n`), 'open.csv')).toMatch(/a quoted cell is never closed \(in row 2\)/);
  });

  it('a workbook whose parts unpack past the limit, by what they declare and by what they hold', async () => {
    const sheet = sheetXml(rowXml(1, ['Date', 'Event']) + dataRows(50));
    const declared = declareUnpackedSize(await craftXlsx({ sheet }), 'xl/worksheets/sheet1.xml', low.unpackedBytes + 1);
    expect(await refusal(declared, 'bomb.xlsx')).toMatch(/^bomb\.xlsx unpacks to more than 200 KB, the most one import can take: /);
    // Declaring less than it holds is a lie exceljs would believe: refused as damaged.
    const lying = declareUnpackedSize(await craftXlsx({ sheet }), 'xl/worksheets/sheet1.xml', 100);
    expect(await refusal(lying, 'bomb.xlsx')).toMatch(/^This Excel file could not be opened: it is damaged/);
  });

  it('a big part packed far smaller than real workbooks are', async () => {
    const padded = sheetXml(rowXml(1, ['Date', 'Event']) + rowXml(2, ['2019-01-01', 'a'.repeat(40_000)]));
    expect(await refusal(await craftXlsx({ sheet: padded }), 'packed.xlsx')).toMatch(/^packed\.xlsx is packed more than 20 times smaller than its contents, which real workbooks never are/);
  });

  it('a library failing on a file is "could not be read", never an internal error', async () => {
    const decode = vi.spyOn(iconv, 'decode').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    try {
      // A Windows-1252 quote mark: not UTF-8, so iconv decodes it.
      expect(await refusal(Buffer.from('Date,Event\n2019-01-01,\x93Visit\x94\n', 'latin1'), 'C:\\Returns\\police.csv')).toBe(
        'police.csv could not be read: it may be damaged, or not the kind of file its name says. Open it in a spreadsheet application, save it again as .xlsx or CSV, and import that copy.',
      );
    } finally {
      decode.mockRestore();
    }
  });

  it('the column mapping says the same limit in words', () => {
    const parsed = columnMappingSchema.safeParse(new Array(importLimits.columns + 1).fill(null));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe('A chronology can have at most 200 columns. Remove the columns the review does not need and import the file again');
  });
});

describe('reading a chosen file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'prw-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file over the size limit from its size on disk', async () => {
    const file = path.join(dir, 'big.csv');
    writeFileSync(file, Buffer.alloc(low.fileBytes + 1024, 'a'));
    await expect(readPickedBytes({ path: file, name: 'big.csv' }, low)).rejects.toMatchObject({ code: 'validation', message: expect.stringMatching(/^big\.csv is 65 KB; the most one import can take is 64 KB\./) });
  });

  it('reads one within it, and says so plainly when the file has gone', async () => {
    const file = path.join(dir, 'small.csv');
    writeFileSync(file, 'Date,Event\n');
    expect(Buffer.from(await readPickedBytes({ path: file, name: 'small.csv' }, low)).toString()).toBe('Date,Event\n');
    await expect(readPickedBytes({ path: path.join(dir, 'gone.csv'), name: 'gone.csv' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/^gone\.csv could not be read/) });
  });
});
