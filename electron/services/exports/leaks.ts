/**
 * The check after rendering: reads the finished file the way its reader will (every page's text,
 * metadata and outline of a PDF; every cell and sheet name of a workbook; every line of a CSV)
 * and the file name, and finds any registered real name, alias or spelling variant in it. The
 * same scanner a publishable report will use: one place decides what counts as a leak.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ExportFormat } from '../../../shared/exports/types';
import { createNameFinder, type NamedPerson } from '../../../shared/people';
import { readPdf } from '../pdf';

export interface ReadBack {
  where: string;
  text: string;
}

async function workbookTexts(bytes: Uint8Array): Promise<ReadBack[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const texts: ReadBack[] = [{ where: 'the workbook properties', text: [workbook.creator, workbook.title, workbook.subject, workbook.keywords, workbook.description].filter(Boolean).join('\n') }];
  workbook.eachSheet((sheet) => {
    texts.push({ where: 'a sheet name', text: sheet.name });
    sheet.eachRow((row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell((cell) => cells.push(cell.text));
      texts.push({ where: `sheet "${sheet.name}", row ${rowNumber}`, text: cells.join('\n') });
    });
  });
  return texts;
}

/** What a reader of the file would see, part by part. */
export async function readBack(format: ExportFormat, bytes: Uint8Array, onPage?: (done: number, total: number) => void): Promise<ReadBack[]> {
  switch (format) {
    case 'csv': {
      // Rows as a spreadsheet reads them: a quoted cell may hold line breaks.
      const rows = Papa.parse<string[]>(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      return rows.map((cells, index) => ({ where: `row ${index + 1}`, text: cells.join('\n') }));
    }
    case 'xlsx':
      return workbookTexts(bytes);
    case 'pdf': {
      const reading = await readPdf(bytes, onPage);
      return [
        ...reading.pages.map((text, index) => ({ where: `page ${index + 1}`, text })),
        { where: 'the document properties', text: Object.values(reading.info).join('\n') },
        { where: 'the metadata', text: reading.xmp ?? '' },
        { where: 'the bookmarks', text: reading.outline.join('\n') },
      ];
    }
  }
}

export interface Leak {
  where: string;
  /** Whose name it is, by pseudonym: the message never repeats the name itself. */
  pseudonym: string;
}

/** Every place a registered name appears, by pseudonym. */
export function findLeaks(people: readonly NamedPerson[], texts: readonly ReadBack[]): Leak[] {
  const anyone = createNameFinder(people);
  const finders = people.map((person) => ({ pseudonym: person.pseudonym, find: createNameFinder([person]) }));
  const leaks: Leak[] = [];
  for (const { where, text } of texts) {
    // One pass over everything; only a text with a hit is searched person by person.
    if (!text || anyone(text).length === 0) continue;
    for (const { pseudonym, find } of finders) if (find(text).length > 0) leaks.push({ where, pseudonym });
  }
  return leaks;
}
