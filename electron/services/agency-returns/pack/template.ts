/**
 * The chronology template an agency is sent with its request: a "Chronology" sheet whose column
 * names the chronology import places without asking, and an "Instructions" sheet. The review's
 * reference, the agency and the due date also sit in three single-cell lines above the column
 * names: the import's header detection skips rows of one cell, so they never make it ask which
 * row holds the names (test/unit/services/agency-returns/pack-round-trip.test.ts proves it).
 *
 * Dates: the Date column is formatted dd/mm/yyyy and carries an input message and a date check
 * whose alert is Excel's "information" kind, which tells the person and keeps what they typed
 * when they choose OK. A stricter check would refuse "approx March 2019", and an uncertain date
 * written as words is normal practice (the import keeps its precision and never invents a day).
 *
 * No one is named: the template holds the review's reference (pseudonym only), the agency, the
 * partnership and the dates it is given, nothing more.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { RequestPackInput } from '../../../../shared/agency-returns/model';
import { withBytes, type InMemoryProduct, type SourceText } from '../../exports';
import { templateColumns } from './columns';
import { dayWithWeekday, periodWords, slug } from './words';

/** The sheet the import reads: the first sheet, so it is the one read when none is chosen. */
export const chronologySheet = 'Chronology';
export const instructionsSheet = 'Instructions';
/** The row of column names (1-based); the three lines above it say what the file is. */
export const headerRow = 5;
/** How many rows below the header get the input messages and the date check. */
export const templateRows = 2000;

const dateFormat = 'dd/mm/yyyy';
const timeFormat = 'hh:mm';
const lastRow = headerRow + templateRows;

/**
 * Excel's "information" alert: it shows the message and keeps the value on OK. At most 32
 * characters of title and 225 of message, or Excel calls the file damaged.
 */
const dateAlert = {
  title: 'Not a date Excel knows',
  message: 'That is fine for a date in words, such as approx March 2019: choose OK to keep it. For an exact date, write it day first, for example 14/06/2019 or 14 June 2019.',
};

/** Text for a header or footer: "&" starts a code there, so a literal one is doubled. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Rows high enough for wrapped text: Excel does not size a row to its wrapped text on opening. */
function linesHigh(text: string, width: number): number {
  const perLine = Math.max(10, Math.floor(width * 1.1));
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** Excel's "any value" check, which carries only an input message. */
type AnyValue = Omit<ExcelJS.DataValidation, 'type' | 'formulae'> & { type: 'any' };

/**
 * One check for a whole range. exceljs 4.4 keeps a sheet's checks by range in
 * `worksheet.dataValidations` (lib/doc/data-validations.js) and writes each as one element; its
 * typings leave that out, and setting a check cell by cell would write thousands of empty cells.
 */
function validate(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation | AnyValue): void {
  (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation | AnyValue): void } }).dataValidations.add(range, validation);
}

function addChronologySheet(workbook: ExcelJS.Workbook, input: RequestPackInput, due: string): void {
  const sheet = workbook.addWorksheet(chronologySheet, {
    views: [{ state: 'frozen', ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
    headerFooter: {
      oddHeader: `&C&"-,Bold"${headerFooterText(input.marking)}`,
      oddFooter: `&L${headerFooterText(input.reviewReference)}&C${headerFooterText(input.marking)}&RPage &P of &N`,
    },
  });
  sheet.columns = templateColumns.map((column, index) => ({
    key: `c${index}`,
    width: column.width,
    style: {
      alignment: { wrapText: true, vertical: 'top' },
      ...(column.name === 'Date' ? { numFmt: dateFormat } : column.name === 'Time' ? { numFmt: timeFormat } : {}),
    },
  }));
  // One cell each, unwrapped (the text runs on across the empty cells beside it): a row of one
  // cell is never taken for the header.
  const lines: Array<[string, Partial<ExcelJS.Font>]> = [
    [input.marking, { bold: true }],
    [`Chronology for ${input.reviewReference}`, { bold: true, size: 14 }],
    [`For ${input.agency} to fill in and return by ${due}. How to fill it in is on the ${instructionsSheet} sheet.`, {}],
  ];
  lines.forEach(([text, font], index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { wrapText: false, vertical: 'top' };
  });
  const header = sheet.getRow(headerRow);
  templateColumns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.name;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  templateColumns.forEach((column, index) => {
    const letter = columnLetter(index);
    const range = `${letter}${headerRow + 1}:${letter}${lastRow}`;
    const prompt = { showInputMessage: true, promptTitle: column.prompt.title, prompt: column.prompt.message };
    if (column.name === 'Date') {
      validate(sheet, range, {
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        allowBlank: true,
        ...prompt,
        showErrorMessage: true,
        errorStyle: 'information',
        errorTitle: dateAlert.title,
        error: dateAlert.message,
      });
    } else {
      validate(sheet, range, { type: 'any', allowBlank: true, ...prompt });
    }
  });
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, input: RequestPackInput, due: string): void {
  const labelWidth = 26;
  const textWidth = 95;
  const sheet = workbook.addWorksheet(instructionsSheet, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&C&"-,Bold"${headerFooterText(input.marking)}`, oddFooter: `&C${headerFooterText(input.marking)}&RPage &P of &N` },
  });
  sheet.columns = [
    { key: 'label', width: labelWidth, style: { alignment: { wrapText: true, vertical: 'top' }, font: { bold: true } } },
    { key: 'text', width: textWidth, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  const add = (label: string, text = '', font?: Partial<ExcelJS.Font>) => {
    const row = sheet.addRow([label, text]);
    if (font) row.getCell(1).font = font;
    const lines = Math.max(linesHigh(label, labelWidth), linesHigh(text, textWidth));
    if (lines > 1) row.height = lines * 15;
  };
  const period = periodWords(input);
  add(input.marking, '', { bold: true });
  add('Chronology template', '', { bold: true, size: 14 });
  add('');
  add('Review', input.reviewReference);
  add('Type of review', input.reviewType);
  add('Your agency', input.agency);
  add('Please return it by', due);
  if (period) add('Period to cover', `Contacts ${period}.`);
  add('Sent by', input.from);
  add('');
  add('What to fill in', `Fill in the ${chronologySheet} sheet: one row for each contact your agency had with the child or family, in the order they happened.`);
  add('', 'Write dates day first (14/06/2019 or 14 June 2019). If your record does not give the exact day, write what it does give, in words, such as approx March 2019. Never make up a day.');
  add('', 'Every row needs its source of information: the record the entry comes from.');
  add('', `Please keep the column names on the ${chronologySheet} sheet as they are: the review team reads the sheet straight into the review's chronology. You may add a column after the last one if you need to.`);
  add('');
  add('The columns', '', { bold: true });
  for (const column of templateColumns) add(column.name, column.guidance);
  add('');
  add('Sending it back', `Send it by secure email or through the partnership's secure file transfer, never by ordinary email. Protect the file with a password and send the password separately. Mark it ${input.marking}.`);
  add('No involvement', 'If your agency had no contact with the child or family, tell us so (a nil return) by the same date. You do not need to fill in the template.');
}

/** What the template says, with where, for the names check before an anonymised export. */
function templateTexts(input: RequestPackInput): SourceText[] {
  const where = (part: string) => `the chronology template for ${input.agency}: ${part}`;
  return [
    { text: input.reviewReference, where: where("the review's reference") },
    { text: input.reviewType, where: where('the type of review') },
    ...(input.subject ? [{ text: input.subject, where: where("the review's pseudonym") }] : []),
    { text: input.agency, where: where('the agency') },
    { text: input.from, where: where('who sent it') },
  ];
}

/** The workbook, built in memory: it is a few kilobytes whatever the review. */
export function buildTemplate(input: RequestPackInput): ExcelJS.Workbook {
  const due = dayWithWeekday(input.due);
  const workbook = new ExcelJS.Workbook();
  const sent = new Date(`${input.sent}T12:00:00Z`);
  workbook.creator = input.from;
  workbook.lastModifiedBy = input.from;
  if (!Number.isNaN(sent.getTime())) {
    workbook.created = sent;
    workbook.modified = sent;
  }
  workbook.title = `Chronology template: ${input.reviewReference}`;
  workbook.subject = `${input.reviewReference}: chronology from ${input.agency}, to return by ${due}`;
  workbook.keywords = input.marking;
  workbook.category = input.marking;
  workbook.description = `For ${input.agency} to fill in and return by ${due}. Protective marking: ${input.marking}.`;
  addChronologySheet(workbook, input, due);
  addInstructionsSheet(workbook, input, due);
  return workbook;
}

/** The chronology template for one agency's request, as an export product (the one export path records it). */
export function requestTemplateProduct(input: RequestPackInput, facts: { reviewId: string }): InMemoryProduct {
  return withBytes({
    kind: 'agency-request',
    format: 'xlsx',
    reviewId: facts.reviewId,
    subjectId: null,
    version: null,
    anonymised: true,
    filtered: false,
    fileName: `chronology-template-${slug(input.agency)}.xlsx`,
    dialogTitle: `Save the chronology template for ${input.agency}`,
    describes: `the chronology template for ${input.agency}, to return by ${dayWithWeekday(input.due)}`,
    sourceTexts: () => templateTexts(input),
    renderTo: async (target) => {
      target.signal?.throwIfAborted();
      const bytes = Buffer.from(await buildTemplate(input).xlsx.writeBuffer());
      target.signal?.throwIfAborted();
      await pipeline(Readable.from([bytes]), target.output, target.signal ? { signal: target.signal } : {});
    },
  });
}
