/**
 * A cell longer than a spreadsheet cell holds (an older workspace may keep one: imports now stop
 * at 32,767 characters). Excel calls a file with such a cell damaged, so the XLSX keeps the start
 * and says where the whole text is; the CSV keeps every character.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fitCell, toCsv, toXlsx } from '../../../../electron/services/chronology/export-formats';
import type { ChronologyEntry } from '../../../../shared/chronology/views';

function entry(event: string): ChronologyEntry {
  return {
    id: 'e-1',
    agency: 'Health Visiting',
    date: { start: '2024-03-01', end: '2024-03-01', precision: 'day', approximate: false, time: null, text: '01/03/2024' },
    event,
    flags: [],
    extra: {},
    provenance: { file: 'health-visiting.csv', rowNumber: 2 },
  } as unknown as ChronologyEntry;
}

describe('a cell longer than a spreadsheet holds', () => {
  const event = `Home visit, the start of a very long entry. ${'The health visitor recorded the plan. '.repeat(2_000)}`;

  it('the XLSX cell keeps its start, fits in 32,767 characters and says how long the entry is and where it is whole', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx([entry(event)], 'Chronology')) as unknown as ArrayBuffer);
    const cell = String(workbook.worksheets[0]!.getRow(2).getCell(10).value);
    expect(cell.length).toBeLessThanOrEqual(32_767);
    expect(cell.startsWith('Home visit, the start of a very long entry.')).toBe(true);
    expect(cell).toContain(`[Shortened here: this entry is ${event.length.toLocaleString('en-GB')} characters long, more than a spreadsheet cell holds. The full text is in the workspace and in the CSV export.]`);
  });

  it('the CSV keeps every character', () => {
    expect(new TextDecoder().decode(toCsv([entry(event)]))).toContain(event);
  });

  it('a cell within the limit is left as it is', () => {
    const whole = 'x'.repeat(32_767);
    expect(fitCell(whole)).toBe(whole);
  });
});
