/**
 * The chronology template as an agency opens it, read back with exceljs: its sheets, column names,
 * the date column's check and input message and dd/mm/yyyy format, the instructions, the
 * protective marking, and nothing in it but the review's reference, pseudonym and the words given.
 */
import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RequestPackInput } from '../../../../shared/agency-returns/model';
import { requestTemplateProduct } from '../../../../electron/services/agency-returns/pack';
import { matchHeader } from '../../../../electron/services/chronology/read';
import { expectedHeaders, loadWorkbook, packInput, rowTexts } from './pack-helpers';

async function template(input: RequestPackInput = packInput): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await requestTemplateProduct(input, { reviewId: 'review-1' }).render());
}

const headerRow = 5;

describe('the chronology template', () => {
  it('is an agency-request export, anonymised, named after the agency', () => {
    const product = requestTemplateProduct(packInput, { reviewId: 'review-1' });
    expect(product).toMatchObject({ kind: 'agency-request', format: 'xlsx', reviewId: 'review-1', anonymised: true, filtered: false, fileName: 'chronology-template-northshire-police.xlsx' });
    expect(product.sourceTexts().map((source) => source.text)).toEqual(expect.arrayContaining(['Rapid review: Child M', 'Child M', 'Northshire Police']));
  });

  it('writes nothing when the export is cancelled before it starts', async () => {
    const product = requestTemplateProduct(packInput, { reviewId: 'review-1' });
    const cancel = new AbortController();
    cancel.abort();
    const chunks: Buffer[] = [];
    const output = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk), done()) });
    await expect(product.renderTo({ output, signal: cancel.signal })).rejects.toThrow();
    expect(chunks).toEqual([]);
  });

  it('has the Chronology sheet first (the sheet the import reads), then the Instructions', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Chronology', 'Instructions']);
  });

  it('heads the Chronology sheet with column names the import places without asking, under a frozen header row', async () => {
    const sheet = (await template()).getWorksheet('Chronology')!;
    expect(rowTexts(sheet, headerRow)).toEqual(expectedHeaders);
    for (const name of expectedHeaders.filter((header) => header !== 'Sequence')) expect(matchHeader(name), name).toMatchObject({ exact: true });
    expect(sheet.getRow(headerRow).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    // The three lines above say what the file is, one cell each.
    expect(rowTexts(sheet, 1)).toEqual(['OFFICIAL-SENSITIVE']);
    expect(rowTexts(sheet, 2)).toEqual(['Chronology for Rapid review: Child M']);
    expect(rowTexts(sheet, 3)).toEqual(['For Northshire Police to fill in and return by Wednesday 8 April 2026. How to fill it in is on the Instructions sheet.']);
    expect(rowTexts(sheet, 4)).toEqual([]);
    expect(sheet.getColumn(6).width).toBeGreaterThanOrEqual(50);
    expect(sheet.getColumn(6).alignment?.wrapText).toBe(true);
  });

  it('formats the date column dd/mm/yyyy, with an input message about day-first and approximate dates and a check that keeps words', async () => {
    const sheet = (await template()).getWorksheet('Chronology')!;
    for (const address of ['A6', 'A2005']) {
      const cell = sheet.getCell(address);
      expect(cell.numFmt, address).toBe('dd/mm/yyyy');
      expect(cell.dataValidation, address).toMatchObject({
        type: 'date',
        allowBlank: true,
        showInputMessage: true,
        promptTitle: 'Date, day first',
        showErrorMessage: true,
        // Information: Excel shows the message and keeps "approx March 2019" on OK.
        errorStyle: 'information',
      });
      expect(cell.dataValidation.prompt).toContain('day first: 14/06/2019');
      expect(cell.dataValidation.prompt).toContain('approx March 2019');
      expect(cell.dataValidation.error).toContain('choose OK to keep it');
    }
    expect(sheet.getCell('B6').numFmt).toBe('hh:mm');
    expect(sheet.getCell('D6').dataValidation).toMatchObject({ type: 'any', showInputMessage: true, promptTitle: 'Source of information' });
    expect(sheet.getCell('D6').dataValidation.prompt).toContain('Needed on every row');
    // The lines above the header carry no check.
    expect(sheet.getCell('A3').dataValidation).toBeUndefined();
  });

  it("keeps every input message and alert within Excel's limits (a longer one makes Excel call the file damaged)", async () => {
    const sheet = (await template()).getWorksheet('Chronology')!;
    expectedHeaders.forEach((header, index) => {
      const validation = sheet.getRow(6).getCell(index + 1).dataValidation;
      expect(validation?.promptTitle?.length ?? 0, header).toBeLessThanOrEqual(32);
      expect(validation?.prompt?.length ?? 0, header).toBeLessThanOrEqual(255);
      expect(validation?.errorTitle?.length ?? 0, header).toBeLessThanOrEqual(32);
      expect(validation?.error?.length ?? 0, header).toBeLessThanOrEqual(225);
      expect(validation?.prompt, header).toBeTruthy();
    });
  });

  it('says on the Instructions sheet what to fill in, for which review, and the due date in words', async () => {
    const sheet = (await template()).getWorksheet('Instructions')!;
    const rows: string[] = [];
    sheet.eachRow((_row, number) => rows.push(rowTexts(sheet, number).join(' | ')));
    expect(rows[0]).toBe('OFFICIAL-SENSITIVE');
    expect(rows).toContain('Review | Rapid review: Child M');
    expect(rows).toContain('Type of review | Serious incident notification and rapid review');
    expect(rows).toContain('Your agency | Northshire Police');
    expect(rows).toContain('Please return it by | Wednesday 8 April 2026');
    expect(rows).toContain('Period to cover | Contacts from 1 January 2018 to 14 June 2019.');
    const all = rows.join('\n');
    expect(all).toContain('one row for each contact');
    expect(all).toContain('Write dates day first (14/06/2019 or 14 June 2019)');
    expect(all).toContain('Every row needs its source of information');
    expect(all).toContain('never by ordinary email');
    expect(all).toContain('send the password separately');
    expect(all).toContain('a nil return');
    // Every column is explained, in the sheet's order.
    const explained = rows.filter((row) => expectedHeaders.some((header) => row.startsWith(`${header} | `))).map((row) => row.split(' | ')[0]);
    expect(explained).toEqual(expectedHeaders);
  });

  it('carries the protective marking in the header and footer of both sheets and in the workbook properties', async () => {
    const workbook = await template({ ...packInput, marking: 'OFFICIAL-SENSITIVE & PERSONAL' });
    for (const sheet of workbook.worksheets) {
      expect(sheet.headerFooter.oddHeader, sheet.name).toContain('OFFICIAL-SENSITIVE && PERSONAL');
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain('OFFICIAL-SENSITIVE && PERSONAL');
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain('Page &P of &N');
    }
    expect(workbook.keywords).toBe('OFFICIAL-SENSITIVE & PERSONAL');
    expect(workbook.title).toBe('Chronology template: Rapid review: Child M');
    expect(workbook.subject).toBe('Rapid review: Child M: chronology from Northshire Police, to return by Wednesday 8 April 2026');
    expect(workbook.creator).toBe('Northshire Safeguarding Children Partnership');
  });

  it('holds nothing but its own words and the texts it was given: the pseudonym, never the contact or another name', async () => {
    const other: RequestPackInput = {
      ...packInput,
      reviewReference: 'LCSPR: Baby O',
      reviewType: 'Local child safeguarding practice review',
      subject: 'Baby O',
      agency: 'Eastmoor Health Visiting',
      from: 'Eastmoor Safeguarding Partnership',
      contact: 'Jane Smith, Safeguarding lead',
    };
    const placeholders = (input: RequestPackInput) => [
      [input.reviewReference, '«reference»'],
      [input.reviewType, '«type»'],
      [input.agency, '«agency»'],
      [input.from, '«from»'],
      [input.subject ?? '', '«pseudonym»'],
    ];
    const words = async (input: RequestPackInput) => {
      const texts = workbookTexts(await template(input));
      return texts.map((text) => placeholders(input).reduce((out, [value, mark]) => out.split(value!).join(mark!), text));
    };
    const [first, second] = [await words({ ...packInput, contact: 'Dean Farrow, Public Protection Unit' }), await words(other)];
    // Swapping the given texts for placeholders leaves the same words: nothing else varies with the input.
    expect(first).toEqual(second);
    const all = workbookTexts(await template({ ...packInput, contact: 'Dean Farrow, Public Protection Unit' })).join('\n');
    expect(all).toContain('Child M');
    expect(all).not.toMatch(/Dean|Farrow|Public Protection/);
  });
});

/** Every text in the workbook a person or a program can see: cells, properties, headers and footers, input messages. */
function workbookTexts(workbook: ExcelJS.Workbook): string[] {
  const texts: string[] = [workbook.creator, workbook.lastModifiedBy, workbook.title, workbook.subject, workbook.keywords, workbook.category, workbook.description].map(String);
  for (const sheet of workbook.worksheets) {
    texts.push(sheet.name, sheet.headerFooter.oddHeader ?? '', sheet.headerFooter.oddFooter ?? '');
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    for (const validation of new Set(Object.values(validations))) texts.push(validation.promptTitle ?? '', validation.prompt ?? '', validation.errorTitle ?? '', validation.error ?? '');
  }
  return texts;
}
