/** A fictional request for the pack's tests: Northshire Police, asked for a rapid review's summary and chronology. */
import ExcelJS from 'exceljs';
import type { RequestPackInput } from '../../../../shared/agency-returns/model';

export const packInput: RequestPackInput = {
  reviewReference: 'Rapid review: Child M',
  reviewType: 'Serious incident notification and rapid review',
  subject: 'Child M',
  agency: 'Northshire Police',
  contact: null,
  asks: ['summary', 'chronology'],
  sent: '2026-03-20',
  due: '2026-04-08',
  periodFrom: '2018-01-01',
  periodTo: '2019-06-14',
  marking: 'OFFICIAL-SENSITIVE',
  from: 'Northshire Safeguarding Children Partnership',
};

/** The column names, spelled out here so that renaming one in the template fails a test. */
export const expectedHeaders = ['Date', 'Time', 'Sequence', 'Source of information', 'Author role', 'Event', 'Action taken', 'Outcome'];

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** A row's cells as text, blanks as ''. */
export function rowTexts(sheet: ExcelJS.Worksheet, rowNumber: number): string[] {
  const row = sheet.getRow(rowNumber);
  const texts: string[] = [];
  for (let column = 1; column <= Math.max(row.cellCount, 1); column++) {
    const value = row.getCell(column).value;
    texts.push(value === null || value === undefined ? '' : String(value));
  }
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts;
}
