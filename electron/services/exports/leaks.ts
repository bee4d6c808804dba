/**
 * The check after rendering: reads the finished file the way its reader will (every page's text,
 * metadata and outline of a PDF; every cell and sheet name of a workbook; every line of a CSV)
 * and the file name, and finds any registered real name, alias or spelling variant in it. The
 * same scanner a publishable report will use: one place decides what counts as a leak.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
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
  // A view of the same memory, not a copy: the file is held once.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
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

/**
 * The rows of a CSV as a spreadsheet reads them (a quoted cell may hold line breaks), one at a
 * time: a large file is never decoded or parsed whole. `chunks` are UTF-8 text, decoded across
 * chunk boundaries by the caller; a leading byte order mark is not part of the first cell.
 */
async function* csvTexts(chunks: AsyncIterable<string>): AsyncGenerator<ReadBack> {
  async function* withoutBom(): AsyncGenerator<string> {
    let first = true;
    for await (const chunk of chunks) {
      yield first ? chunk.replace(/^\uFEFF/, '') : chunk;
      first = false;
    }
  }
  const source = Readable.from(withoutBom());
  const rows = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: true });
  // pipe() carries neither a failed read forward nor an early stop back: both are done here, so
  // a check that stops at the first name closes the file it was reading.
  source.on('error', (error) => rows.destroy(error));
  source.pipe(rows);
  let index = 0;
  try {
    for await (const cells of rows as AsyncIterable<string[]>) yield { where: `row ${++index}`, text: cells.join('\n') };
  } finally {
    source.destroy();
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/**
 * What a reader of the finished file at `file` would see, part by part, read from the file
 * itself: a CSV row by row; a PDF (pdf.js needs the bytes) or a workbook read into memory once.
 */
export async function* readBackFile(format: ExportFormat, file: string, onPage?: (done: number, total: number) => void): AsyncGenerator<ReadBack> {
  if (format === 'csv') {
    yield* csvTexts(createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 }));
    return;
  }
  yield* await readBack(format, await readFile(file), onPage);
}

/** What a reader of the file would see, part by part. */
export async function readBack(format: ExportFormat, bytes: Uint8Array, onPage?: (done: number, total: number) => void): Promise<ReadBack[]> {
  switch (format) {
    case 'csv':
      return collect(csvTexts(Readable.from([new TextDecoder('utf-8').decode(bytes)])));
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
    // REFI-QDA files are read whole, tags and attributes too: a name in a code's or a source's
    // name attribute is as visible in QualCoder or NVivo as one in the text.
    case 'qdc':
      return [{ where: 'the codebook', text: new TextDecoder('utf-8').decode(bytes) }];
    case 'qdpx':
      return projectTexts(bytes);
  }
}

function projectTexts(bytes: Uint8Array): ReadBack[] {
  const decoder = new TextDecoder('utf-8');
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ where: name === 'project.qde' ? 'the project file' : `the source ${name}`, text: `${name}\n${decoder.decode(data)}` }));
}

export interface Leak {
  where: string;
  /** Whose name it is, by pseudonym: the message never repeats the name itself. */
  pseudonym: string;
}

/** Every place a registered name appears, by pseudonym. */
export function findLeaks(people: readonly NamedPerson[], texts: readonly ReadBack[]): Leak[] {
  const find = leakFinder(people);
  return texts.flatMap(find);
}

/** The scanner for one text at a time, built once: a file read back part by part is checked as it is read. */
export function leakFinder(people: readonly NamedPerson[]): (part: ReadBack) => Leak[] {
  const anyone = createNameFinder(people);
  const finders = people.map((person) => ({ pseudonym: person.pseudonym, find: createNameFinder([person]) }));
  return ({ where, text }) => {
    // One pass over everything; only a text with a hit is searched person by person.
    if (!text || anyone(text).length === 0) return [];
    return finders.filter(({ find }) => find(text).length > 0).map(({ pseudonym }) => ({ where, pseudonym }));
  };
}
