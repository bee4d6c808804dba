/** Reading generated workbooks: date systems, the kinds of cell agencies use, merged cells, sheets. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText, detectHeader, readSource } from '../../../../../electron/services/chronology/read';
import { failure, pseudoRandomBytes, workbookBytes } from './helpers';

describe('dates', () => {
  // Far from UTC, on a quarter hour, and with summer time: a reader that used local time would move every date.
  const zone = process.env['TZ'];
  beforeAll(() => {
    process.env['TZ'] = 'Pacific/Chatham';
    expect(new Date(Date.UTC(2019, 0, 1)).getHours()).toBe(13);
  });
  afterAll(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it('reads the 1904 date system: date cells and date-formatted serials as the day they show, plain numbers as numbers', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Chronology');
      sheet.addRow(['Date', 'Event']);
      sheet.addRow([new Date(Date.UTC(2019, 2, 12, 10, 30)), 'Visit']);
      // 41979 days after 1 January 1904 is 7 December 2018 (in the 1900 system it would be 2014).
      sheet.addRow([41979, 'Serial']);
      sheet.getCell('A3').numFmt = 'dd/mm/yyyy';
      sheet.addRow([41979, 'Plain number']);
    });
    const table = await readSource(bytes, 'dates.xlsx');
    expect(table.date1904).toBe(true);
    expect(table.rows.map((row) => row.cells[0])).toEqual(['Date', { date: '2019-03-12T10:30:00' }, { date: '2018-12-07T00:00:00' }, 41979]);
    expect(cellText(table.rows[1]!.cells[0]!)).toBe('2019-03-12 10:30');
  });

  it('the 1900 date system by default; float noise gone, milliseconds dropped, no time-zone shift', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow(['Date', 'Event']);
      const at = (cell: string, serial: number, numFmt: string) => {
        sheet.getCell(cell).value = serial;
        sheet.getCell(cell).numFmt = numFmt;
      };
      at('A2', 43536.4375, 'dd/mm/yyyy hh:mm');
      // A microsecond short of midnight on 31 March 2019 (the night the clocks change): float noise for 1 April.
      at('A3', 43555 + 86399.999999 / 86400, 'dd/mm/yyyy hh:mm:ss');
      // 10:14:59.6, a time with real milliseconds: a clock shows 10:14:59.
      at('A4', 43555 + 36899.6 / 86400, 'dd/mm/yyyy hh:mm:ss');
      at('A5', 43555 + 0.5, 'dd/mm/yyyy hh:mm');
    });
    const table = await readSource(bytes, 'dates.xlsx');
    expect(table.date1904).toBe(false);
    expect(table.rows.slice(1).map((row) => row.cells[0])).toEqual([
      { date: '2019-03-12T10:30:00' },
      { date: '2019-04-01T00:00:00' },
      { date: '2019-03-31T10:14:59' },
      { date: '2019-03-31T12:00:00' },
    ]);
  });

  it('a time typed on its own is a date cell on Excel’s day zero (the date parser refuses it as a date)', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.addRow(['Date', 'Time']);
      sheet.addRow(['2019-03-12', 0.4375]);
      sheet.getCell('B2').numFmt = 'hh:mm';
    });
    const table = await readSource(bytes, 'times.xlsx');
    expect(table.rows[1]!.cells).toEqual(['2019-03-12', { date: '1899-12-30T10:30:00' }]);
  });
});

describe('cells', () => {
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
      sheet.addRow([{ formula: 'A2+1' }, false, '', null, null, { formula: 'NA()', result: { error: '#N/A' } }, { error: '#DIV/0!' }, 1e-7]);
      sheet.addRow(['Line one\r\nline two', { sharedFormula: 'C2', result: 4 }]);
    });
    const table = await readSource(bytes, 'cells.xlsx');
    expect(table.rows[1]!.cells).toEqual([{ date: '2019-03-12T00:00:00' }, 'Home visit', 3, 'TRUE', 'Case note', 'Bold and plain', '#N/A', 0.1 + 0.2]);
    // A formula never calculated (no cached result) is empty, not its formula text.
    expect(table.rows[2]!.cells).toEqual([null, 'FALSE', null, null, null, '#N/A', '#DIV/0!', 1e-7]);
    expect(table.rows[3]!.cells).toEqual(['Line one\nline two', 4, null, null, null, null, null, null]);
    expect(table.rows[1]!.cells.map((cell) => cellText(cell))).toEqual(['2019-03-12', 'Home visit', '3', 'TRUE', 'Case note', 'Bold and plain', '#N/A', '0.3']);
  });

  it('puts a merged range’s value in its first cell only (across and down), and keeps blank rows inside the used range', async () => {
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
      sheet.mergeCells('B6:B7');
      sheet.getCell('C7').value = 'Call';
    });
    const table = await readSource(bytes, 'merged.xlsx');
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: [null, 'Chronology title', null, null] },
      { rowNumber: 3, cells: [null, null, null, null] },
      { rowNumber: 4, cells: [null, 'Date', 'Event', 'Outcome'] },
      { rowNumber: 5, cells: [null, null, null, null] },
      { rowNumber: 6, cells: [null, '2019-01-01', 'Visit', null] },
      { rowNumber: 7, cells: [null, null, 'Call', null] },
    ]);
    expect(detectHeader(table.rows)).toEqual({ headerIndex: 2, headers: ['Column 1', 'Date', 'Event', 'Outcome'] });
  });
});

describe('sheets', () => {
  const book = () =>
    workbookBytes((workbook) => {
      workbook.addWorksheet('Cover');
      workbook.addWorksheet('Notes').addRow(['Author', 'Note']);
      workbook.addWorksheet('Chronology').addRows([
        ['Date', 'Event'],
        ['2019-01-01', 'Visit'],
      ]);
    });

  it('reads a sheet chosen by name (ignoring case), the first sheet with data by default', async () => {
    const bytes = await book();
    const first = await readSource(bytes, 'book.xlsx');
    expect(first.sheets).toEqual(['Cover', 'Notes', 'Chronology']);
    expect(first.sheet).toBe('Notes');
    expect(first.rows).toEqual([{ rowNumber: 1, cells: ['Author', 'Note'] }]);
    const chosen = await readSource(bytes, 'book.xlsx', { sheet: 'Chronology' });
    expect(chosen.sheet).toBe('Chronology');
    expect(chosen.sheets).toEqual(['Cover', 'Notes', 'Chronology']);
    expect(chosen.rows).toEqual([
      { rowNumber: 1, cells: ['Date', 'Event'] },
      { rowNumber: 2, cells: ['2019-01-01', 'Visit'] },
    ]);
    expect((await readSource(bytes, 'book.xlsx', { sheet: ' chronology ' })).sheet).toBe('Chronology');
  });

  it('refuses a sheet that does not exist (without echoing the name) and an empty sheet', async () => {
    const bytes = await book();
    const missing = await failure(bytes, 'book.xlsx', { sheet: 'Maisie' });
    expect(missing.message).toBe('This workbook has no sheet with that name. It has 3 sheets: choose one of them.');
    const empty = await failure(bytes, 'book.xlsx', { sheet: 'Cover' });
    expect(empty.message).toBe('This sheet is empty. Choose the sheet that holds the chronology.');
  });

  it('skips a hidden sheet by default, but reads it when chosen', async () => {
    const bytes = await workbookBytes((workbook) => {
      const lookup = workbook.addWorksheet('Lookups', { state: 'hidden' });
      lookup.addRow(['Code', 'Meaning']);
      workbook.addWorksheet('Chronology').addRow(['Date', 'Event']);
    });
    expect((await readSource(bytes, 'book.xlsx')).sheet).toBe('Chronology');
    expect((await readSource(bytes, 'book.xlsx', { sheet: 'Lookups' })).rows).toEqual([{ rowNumber: 1, cells: ['Code', 'Meaning'] }]);
  });

  it('refuses a workbook with no data on any sheet', async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet('Sheet1'));
    expect((await failure(bytes, 'blank.xlsx')).message).toBe('This workbook has no data on any of its sheets. Check you chose the right file.');
  });
});

describe('header rows', () => {
  it('takes the first of a header repeated mid-sheet (a page break) as the header, and returns every row', async () => {
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
});

describe('damaged workbooks', () => {
  const damaged =
    'This Excel file could not be opened: it is damaged, or it is not really an .xlsx workbook. Open it in Excel and save it again as .xlsx (or as CSV), then import that copy.';

  it('refuses random bytes behind a zip header with a clear message, not a stack trace', async () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), pseudoRandomBytes(2000)]);
    const error = await failure(bytes, 'damaged.xlsx');
    expect(error.message).toBe(damaged);
  });

  it('refuses a workbook cut short', async () => {
    const whole = await workbookBytes((workbook) => workbook.addWorksheet('S').addRow(['Date', 'Event']));
    expect((await failure(whole.subarray(0, 300), 'cut.xlsx')).message).toBe(damaged);
    expect((await failure(whole.subarray(0, whole.length - 200), 'cut.xlsx')).message).toBe(damaged);
  });
});
