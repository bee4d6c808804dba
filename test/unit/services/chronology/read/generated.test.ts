/** Reading generated inputs: encodings, delimiters, workbooks with the cell kinds agencies use, and bad files. */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { cellText, detectHeader, formatSignature, headerNames, inferAgency, readSource, suggestMapping } from '../../../../../electron/services/chronology/read';

const csv = 'Date,Event,Worker\r\n03/04/2019,"Home visit, mother seen",Social worker\r\n04/04/2019,Café visit – £5,Family support\r\n';
const csvRows = [
  { rowNumber: 1, cells: ['Date', 'Event', 'Worker'] },
  { rowNumber: 2, cells: ['03/04/2019', 'Home visit, mother seen', 'Social worker'] },
  { rowNumber: 3, cells: ['04/04/2019', 'Café visit – £5', 'Family support'] },
];

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The AppError a read fails with. */
async function failure(bytes: Uint8Array, fileName: string, options?: { sheet?: string }): Promise<AppError> {
  try {
    await readSource(bytes, fileName, options);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected the read to fail');
}

/** The same 'random' bytes every run (a linear congruential generator), so the test cannot flake on a lucky BOM. */
function pseudoRandomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('text encodings', () => {
  it('UTF-16 LE with a BOM', async () => {
    const table = await readSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]), 'a.csv');
    expect(table.encoding).toBe('utf-16le');
    expect(table.format).toBe('csv');
    expect(table.rows).toEqual(csvRows);
  });

  it('UTF-16 BE with a BOM', async () => {
    const table = await readSource(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(csv)]), 'a.csv');
    expect(table.encoding).toBe('utf-16be');
    expect(table.rows).toEqual(csvRows);
  });

  it('UTF-16 without a BOM, by the NUL-byte pattern, both byte orders', async () => {
    const le = await readSource(Buffer.from(csv, 'utf16le'), 'a.csv');
    expect(le.encoding).toBe('utf-16le');
    expect(le.rows).toEqual(csvRows);
    const be = await readSource(utf16be(csv), 'a.csv');
    expect(be.encoding).toBe('utf-16be');
    expect(be.rows).toEqual(csvRows);
  });

  it('UTF-16 LE tab-separated (Excel "Unicode text")', async () => {
    const text = 'Date\tEvent\n03/04/2019\tVisit; seen, well\n';
    const table = await readSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'export.txt');
    expect(table.format).toBe('tsv');
    expect(table.rows[1]!.cells).toEqual(['03/04/2019', 'Visit; seen, well']);
  });

  it('plain UTF-8, and Windows-1252 when the bytes are not UTF-8', async () => {
    const utf8 = await readSource(Buffer.from(csv, 'utf8'), 'a.csv');
    expect(utf8.encoding).toBe('utf-8');
    expect(utf8.rows).toEqual(csvRows);
    const bytes = iconv.encode(csv, 'windows-1252');
    expect(bytes.includes(Buffer.from([0x96]))).toBe(true);
    const table = await readSource(bytes, 'a.csv');
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows).toEqual(csvRows);
  });
});

describe('delimited text', () => {
  it('detects semicolons and tabs whatever the extension, with quoted delimiters inside cells', async () => {
    const semicolon = await readSource(Buffer.from('Date;Event;Outcome\n2019-01-01;"a; b, c";Done\n2019-01-02;x, y;z\n'), 'a.csv');
    expect(semicolon.format).toBe('semicolon');
    expect(semicolon.rows[1]!.cells).toEqual(['2019-01-01', 'a; b, c', 'Done']);
    const tab = await readSource(Buffer.from('Date\tEvent\n2019-01-01\ta, b\n'), 'a.csv');
    expect(tab.format).toBe('tsv');
    expect(tab.rows[1]!.cells).toEqual(['2019-01-01', 'a, b']);
  });

  it('numbers rows by record, keeps blank lines as empty rows, ragged rows as they are, drops trailing blank lines', async () => {
    const table = await readSource(Buffer.from('Date,Event\n"2019-01-01","line one\nline two"\n\n2019-01-03,x,extra\n2019-01-04\n,\n\n\n'), 'a.csv');
    expect(table.rows).toEqual([
      { rowNumber: 1, cells: ['Date', 'Event'] },
      { rowNumber: 2, cells: ['2019-01-01', 'line one\nline two'] },
      { rowNumber: 3, cells: [null] },
      { rowNumber: 4, cells: ['2019-01-03', 'x', 'extra'] },
      { rowNumber: 5, cells: ['2019-01-04'] },
    ]);
  });

  it('refuses an unclosed quote with the line, never the text', async () => {
    const error = await failure(Buffer.from('Date,Event\n2019-01-01,"Kerry Hartwell said\n'), 'a.csv');
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/quoted cell is never closed/);
    expect(error.message).not.toMatch(/Hartwell/);
  });

  it('refuses text with no row of two or more columns', async () => {
    const error = await failure(Buffer.from('Just a note about Kerry Hartwell\nAnother line\n'), 'notes.txt');
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/No table was found/);
    expect(error.message).not.toMatch(/Hartwell/);
  });
});

describe('workbooks', () => {
  it('reads the 1904 date system: date cells and date-formatted serials as the day they show', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event']);
      sheet.addRow([new Date(Date.UTC(2019, 2, 12, 10, 30)), 'Visit']);
      sheet.addRow([41979, 'Serial']);
      sheet.getCell('A3').numFmt = 'dd/mm/yyyy';
      sheet.addRow([41979, 'Plain number']);
    });
    const table = await readSource(bytes, 'dates.xlsx');
    expect(table.date1904).toBe(true);
    expect(table.rows.map((row) => row.cells[0])).toEqual(['Date', { date: '2019-03-12T10:30:00' }, { date: '2018-12-07T00:00:00' }, 41979]);
    expect(cellText(table.rows[1]!.cells[0]!)).toBe('2019-03-12 10:30');
  });

  it('the 1900 date system by default', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow(['Date', 'Event']);
      sheet.addRow([43536.4375, 'Serial']);
      sheet.getCell('A2').numFmt = 'dd/mm/yyyy hh:mm';
    });
    const table = await readSource(bytes, 'dates.xlsx');
    expect(table.date1904).toBe(false);
    expect(table.rows[1]!.cells[0]).toEqual({ date: '2019-03-12T10:30:00' });
  });

  it('reads formula cells as their cached results, and every other kind of cell as what it shows', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Cells');
      sheet.addRow(['Date', 'Event', 'Count', 'Flag', 'Link', 'Rich', 'Error', 'Fraction']);
      sheet.addRow([
        { formula: 'DATE(2019,3,12)', result: new Date(Date.UTC(2019, 2, 12)) },
        { formula: 'CONCAT("Home ","visit")', result: 'Home visit' },
        { formula: 'SUM(1,2)', result: 3 },
        true,
        { text: 'Case note', hyperlink: 'https://example.org/note' },
        { richText: [{ text: 'Bold ', font: { bold: true } }, { text: 'and plain' }] },
        { error: '#N/A' },
        0.1 + 0.2,
      ]);
      sheet.getCell('A2').numFmt = 'yyyy-mm-dd';
      sheet.addRow([{ formula: 'A2+1' }, false, '', null, null, null, null, 1e-7]);
    });
    const table = await readSource(bytes, 'cells.xlsx');
    expect(table.rows[1]!.cells).toEqual([{ date: '2019-03-12T00:00:00' }, 'Home visit', 3, 'TRUE', 'Case note', 'Bold and plain', '#N/A', 0.1 + 0.2]);
    expect(table.rows[2]!.cells).toEqual([null, 'FALSE', null, null, null, null, null, 1e-7]);
    expect(table.rows[1]!.cells.map((cell) => cellText(cell))).toEqual(['2019-03-12', 'Home visit', '3', 'TRUE', 'Case note', 'Bold and plain', '#N/A', '0.3']);
  });

  it('puts a merged range’s value in its first cell only, and keeps blank rows inside the used range', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Merged');
      sheet.getCell('B2').value = 'Chronology title';
      sheet.mergeCells('B2:D2');
      sheet.getCell('B4').value = 'Date';
      sheet.getCell('C4').value = 'Event';
      sheet.getCell('D4').value = 'Outcome';
      sheet.getCell('B6').value = '2019-01-01';
      sheet.getCell('C6').value = 'Visit';
      sheet.mergeCells('C6:D6');
    });
    const table = await readSource(bytes, 'merged.xlsx');
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: [null, 'Chronology title', null, null] },
      { rowNumber: 3, cells: [null, null, null, null] },
      { rowNumber: 4, cells: [null, 'Date', 'Event', 'Outcome'] },
      { rowNumber: 5, cells: [null, null, null, null] },
      { rowNumber: 6, cells: [null, '2019-01-01', 'Visit', null] },
    ]);
    expect(detectHeader(table.rows)).toEqual({ headerIndex: 2, headers: ['Column 1', 'Date', 'Event', 'Outcome'] });
  });

  it('reads a sheet chosen by name, the first sheet with data by default, and refuses a sheet that does not exist', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Cover');
      workbook.addWorksheet('Notes').addRow(['Author', 'Note']);
      workbook.addWorksheet('Chronology').addRows([
        ['Date', 'Event'],
        ['2019-01-01', 'Visit'],
      ]);
    });
    const first = await readSource(bytes, 'book.xlsx');
    expect(first.sheets).toEqual(['Cover', 'Notes', 'Chronology']);
    expect(first.sheet).toBe('Notes');
    expect(first.rows).toEqual([{ rowNumber: 1, cells: ['Author', 'Note'] }]);
    const chosen = await readSource(bytes, 'book.xlsx', { sheet: 'Chronology' });
    expect(chosen.sheet).toBe('Chronology');
    expect(chosen.rows).toEqual([
      { rowNumber: 1, cells: ['Date', 'Event'] },
      { rowNumber: 2, cells: ['2019-01-01', 'Visit'] },
    ]);
    const missing = await failure(bytes, 'book.xlsx', { sheet: 'Maisie' });
    expect(missing.code).toBe('validation');
    expect(missing.message).toBe('This workbook has no sheet with that name. It has 3 sheets: choose one of them.');
    const empty = await failure(bytes, 'book.xlsx', { sheet: 'Cover' });
    expect(empty.message).toBe('This sheet is empty. Choose the sheet that holds the chronology.');
  });

  it('takes the first of a header repeated mid-sheet (a page break) as the header', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Chronology').addRows([
        ['Agency chronology'],
        ['Date', 'Event', 'Action taken'],
        ['2019-01-01', 'Visit', 'None'],
        ['Date', 'Event', 'Action taken'],
        ['2019-01-02', 'Call', 'Logged'],
      ]);
    });
    const table = await readSource(bytes, 'repeat.xlsx');
    const header = detectHeader(table.rows);
    expect(header).toEqual({ headerIndex: 1, headers: ['Date', 'Event', 'Action taken'] });
    expect(table.rows.length - header.headerIndex - 1).toBe(3);
    expect(table.rows[3]).toEqual({ rowNumber: 4, cells: ['Date', 'Event', 'Action taken'] });
  });

  it('refuses a corrupt .xlsx with a clear message, not a stack trace', async () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), pseudoRandomBytes(2000)]);
    const error = await failure(bytes, 'damaged.xlsx');
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'This Excel file could not be opened: it is damaged, or it is not really an .xlsx workbook. Open it in Excel and save it again as .xlsx (or as CSV), then import that copy.',
    );
    const truncated = (await workbookBytes((workbook) => workbook.addWorksheet('S').addRow(['Date', 'Event']))).subarray(0, 300);
    expect((await failure(truncated, 'cut.xlsx')).message).toMatch(/could not be opened/);
  });
});

describe('files that are refused', () => {
  it('an empty file', async () => {
    const error = await failure(new Uint8Array(0), 'police.csv');
    expect(error.code).toBe('validation');
    expect(error.message).toBe('This file is empty. Check you chose the right file, or ask the agency to send its chronology again.');
  });

  it('binary junk: random bytes, and NUL-heavy data that is not UTF-16', async () => {
    const junk = await failure(pseudoRandomBytes(4096), 'junk.csv');
    expect(junk.code).toBe('validation');
    expect(junk.message).toMatch(/looks like a binary file/);
    const utf16Junk = await failure(Buffer.concat([Buffer.from([0xff, 0xfe]), pseudoRandomBytes(4096)]), 'junk.csv');
    expect(utf16Junk.message).toMatch(/looks like a binary file/);
    const nuls = await failure(new Uint8Array(1000), 'zeros.csv');
    expect(nuls.message).toMatch(/looks like a binary file/);
  });

  it('an old .xls, an .ods, a Word document, a PDF: naming the formats the app reads', async () => {
    const xls = await failure(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'old.xls');
    expect(xls.message).toMatch(/old-style Excel \.xls file.*save it as \.xlsx.*\.xlsx workbooks and CSV, TSV or semicolon-separated/);
    const ods = await failure(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]), 'book.ods');
    expect(ods.message).toMatch(/OpenDocument spreadsheet \(\.ods\).*\.xlsx workbooks and CSV/);
    const docx = await failure(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('[Content_Types].xml word/document.xml')]), 'chronology.docx');
    expect(docx.message).toMatch(/Word document/);
    const pdf = await failure(Buffer.from('%PDF-1.7\n'), 'chronology.pdf');
    expect(pdf.message).toMatch(/PDF/);
    const named = await failure(Buffer.from('Date,Event\n'), 'chronology.xls');
    expect(named.message).toMatch(/old-style Excel \.xls/);
  });

  it('a file over 200 MB', async () => {
    const error = await failure(new Uint8Array(200 * 1024 * 1024 + 1), 'huge.csv');
    expect(error.message).toMatch(/larger than 200 MB/);
  });
});

describe('headers and mapping', () => {
  it('cellText: dates with and without time, numbers without float noise, empty', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(' text ')).toBe(' text ');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(43536)).toBe('43536');
    expect(cellText(-1.5)).toBe('-1.5');
    expect(cellText({ date: '2019-03-12T00:00:00' })).toBe('2019-03-12');
    expect(cellText({ date: '2019-03-12T10:15:00' })).toBe('2019-03-12 10:15');
    expect(cellText({ date: '2019-03-12' })).toBe('2019-03-12');
  });

  it('headerNames: trimmed, a blank one "Column N"', () => {
    expect(headerNames({ rowNumber: 1, cells: [' Date ', null, '  ', 'Event', 12] })).toEqual(['Date', 'Column 2', 'Column 3', 'Event', '12']);
  });

  it('detectHeader skips title and blank rows, and falls back to the first row of two or more cells', () => {
    const rows = [
      { rowNumber: 1, cells: ['Police chronology for the review of the circumstances', null, null] },
      { rowNumber: 2, cells: [null, null, null] },
      { rowNumber: 3, cells: ['Subject: a child', 'Prepared 2024', null] },
      { rowNumber: 4, cells: ['When', 'What happened', 'Officer role'] },
      { rowNumber: 5, cells: [{ date: '2019-01-01T00:00:00' }, 'Visit', 'PC'] },
    ];
    expect(detectHeader(rows)).toEqual({ headerIndex: 3, headers: ['When', 'What happened', 'Officer role'] });
    expect(detectHeader([rows[1]!, { rowNumber: 2, cells: ['x', 'y'] }, { rowNumber: 3, cells: ['1', '2'] }]).headerIndex).toBe(1);
  });

  it('suggestMapping: case- and punctuation-insensitive, one column per field, the best synonym winning', () => {
    expect(suggestMapping(['DATE', 'event type', 'Type', 'Notes', 'Details', 'action_taken', 'End Date', 'To', 'Organisation', 'Risk', 'Something else'])).toEqual([
      'date',
      'eventType',
      null,
      null,
      'event',
      'action',
      'endDate',
      null,
      'agency',
      'significance',
      null,
    ]);
    expect(suggestMapping(['Date of contact', 'Date'])).toEqual([null, 'date']);
  });

  it('formatSignature: stable over case and punctuation, different for different headers', () => {
    expect(formatSignature(['Date/Time', 'Officer Role'])).toBe('date time|officer role');
    expect(formatSignature([' date - time', 'OFFICER  ROLE'])).toBe(formatSignature(['Date/Time', 'Officer Role']));
    expect(formatSignature(['Date', 'Event'])).not.toBe(formatSignature(['Event', 'Date']));
  });

  it('inferAgency: by whole words of the file name, the longest key winning; else the name title-cased', () => {
    expect(inferAgency('police.csv')).toBe('Police');
    expect(inferAgency('/tmp/Hartwell Police Chronology.xlsx')).toBe('Police');
    expect(inferAgency('csc-export.xlsx')).toBe("Children's Social Care");
    expect(inferAgency("Children's Social Care.xlsx")).toBe("Children's Social Care");
    expect(inferAgency('adult-social-care.csv')).toBe('Adult Social Care');
    expect(inferAgency('social_care.csv')).toBe("Children's Social Care");
    expect(inferAgency('RUH ED attendances.csv')).toBe('Hospital Emergency Department');
    expect(inferAgency('emergency.csv')).toBe('Hospital Emergency Department');
    expect(inferAgency('mental-health.tsv')).toBe('Mental Health');
    expect(inferAgency('probation.csv')).toBe('Probation');
    expect(inferAgency('edited.csv')).toBe('Edited');
    expect(inferAgency('odd-dates.csv')).toBe('Odd Dates');
    expect(inferAgency('.csv')).toBeNull();
    expect(inferAgency('')).toBeNull();
  });
});
