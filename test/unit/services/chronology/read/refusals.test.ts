/** Files the reader refuses, each with a message a review group member can act on, naming no person. */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../../../electron/services/chronology/read';
import { failure, pseudoRandomBytes } from './helpers';

const supported = 'The app reads Word documents (.docx) with the chronology in a table, .xlsx workbooks, and CSV, TSV or semicolon-separated text files.';
const zip = (content: string) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(content)]);
const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);

describe('files that are refused', () => {
  it('an empty file, and one holding only a BOM or blank lines', async () => {
    const empty = 'This file is empty. Check you chose the right file, or ask the agency to send its chronology again.';
    expect((await failure(new Uint8Array(0), 'police.csv')).message).toBe(empty);
    expect((await failure(Buffer.from([0xef, 0xbb, 0xbf]), 'police.csv')).message).toBe(empty);
    expect((await failure(Buffer.from('\r\n\r\n  \r\n'), 'police.csv')).message).toBe(empty);
  });

  it('binary junk: random bytes, random bytes behind a UTF-16 BOM, NULs', async () => {
    const binary = /^This file does not contain text the app can read: it looks like a binary file/;
    expect((await failure(pseudoRandomBytes(4096), 'junk.csv')).message).toMatch(binary);
    expect((await failure(Buffer.concat([Buffer.from([0xff, 0xfe]), pseudoRandomBytes(4096)]), 'junk.csv')).message).toMatch(binary);
    expect((await failure(new Uint8Array(1000), 'zeros.csv')).message).toMatch(binary);
  });

  it('an old binary .xls (or a password-protected workbook), naming the formats the app reads', async () => {
    const message = `This is an old-style Excel .xls file, or a password-protected workbook. Open it in Excel and save it as .xlsx (without a password) or CSV, then import that copy. ${supported}`;
    expect((await failure(cfb, 'old.xls')).message).toBe(message);
    expect((await failure(cfb, 'protected.xlsx')).message).toBe(message);
  });

  it('other documents, by their first bytes or their name', async () => {
    expect((await failure(zip('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 'book.ods')).message).toBe(
      `This is an OpenDocument spreadsheet (.ods). Open it and save it as .xlsx or CSV, then import that copy. ${supported}`,
    );
    // Word documents are read (read/docx*.test.ts): these are not whole ones.
    expect((await failure(zip('[Content_Types].xml word/document.xml'), 'chronology.docx')).message).toMatch(/^chronology\.docx could not be opened as a Word document/);
    expect((await failure(zip('[Content_Types].xml word/document.xml'), 'renamed.xlsx')).message).toMatch(/^renamed\.xlsx could not be opened as a Word document/);
    expect((await failure(zip('[Content_Types].xml xl/workbook.bin'), 'book.xlsb')).message).toMatch(/^This is an Excel binary workbook \(\.xlsb\)/);
    expect((await failure(zip('police.csv'), 'submissions.zip')).message).toBe(`This is a zip archive. Unzip it and import the chronology file inside. ${supported}`);
    expect((await failure(cfb, 'chronology.doc')).message).toMatch(/^This is an old-style Word \.doc file/);
    expect((await failure(Buffer.from('%PDF-1.7\n'), 'chronology.csv')).message).toMatch(/^This is a PDF, which the app cannot read tables from\./);
    expect((await failure(Buffer.from('{\\rtf1\\ansi Date,Event}'), 'chronology.txt')).message).toMatch(/^This is a Rich Text \(\.rtf\) document\. Open it in Word and save it as a Word document \(\.docx\)/);
    expect((await failure(Buffer.from('Date,Event\n'), 'chronology.pdf')).message).toMatch(/^This is a PDF/);
  });

  it('a web page or Excel 2003 XML saved as .xls', async () => {
    const message = `This is a web page or an XML spreadsheet, which some systems save with an .xls name. Open it in Excel and save it as .xlsx or CSV, then import that copy. ${supported}`;
    expect((await failure(Buffer.from('<html><body><table><tr><td>Date</td><td>Event</td></tr></table></body></html>'), 'export.xls')).message).toBe(message);
    expect((await failure(Buffer.from('\ufeff<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), 'export.xls')).message).toBe(message);
    expect((await failure(Buffer.from('  <!DOCTYPE html>\n<table>'), 'export.csv')).message).toBe(message);
  });

  it('binary bytes named as a workbook are a damaged workbook', async () => {
    const message = `This file is named as an Excel workbook but is not one the app can open: it may be damaged. Open it in Excel and save it again as .xlsx or CSV, then import that copy. ${supported}`;
    expect((await failure(pseudoRandomBytes(4096, 99), 'chronology.xlsx')).message).toBe(message);
    expect((await failure(pseudoRandomBytes(4096, 99), 'chronology.xls')).message).toBe(message);
  });

  it('a file over 50 MB', async () => {
    const error = await failure(new Uint8Array(50 * 1024 * 1024 + 1), 'huge.csv');
    expect(error.message).toBe('huge.csv is 50.1 MB; the most one import can take is 50 MB. Ask the agency for only the chronology sheet, or split the file into smaller ones and import each.');
  });
});

describe('files that look refusable but are read', () => {
  it('tab-separated text saved as .xls by an older system', async () => {
    const table = await readSource(Buffer.from('Date\tEvent, details\n03/04/2019\tVisit, seen\n'), 'export.xls');
    expect(table.format).toBe('tsv');
    expect(table.encoding).toBe('utf-8');
    expect(table.rows[1]).toEqual({ rowNumber: 2, cells: ['03/04/2019', 'Visit, seen'] });
  });

  it('a CSV renamed .xlsx', async () => {
    const table = await readSource(Buffer.from('Date,Event\n03/04/2019,Visit\n'), 'renamed.xlsx');
    expect(table.format).toBe('csv');
    expect(table.rows).toHaveLength(2);
  });

  it('a text cell that starts like markup', async () => {
    const table = await readSource(Buffer.from('Date,Event\n03/04/2019,<b>urgent</b>\n'), 'a.csv');
    expect(table.rows[1]!.cells).toEqual(['03/04/2019', '<b>urgent</b>']);
  });
});
