/** Reading generated text files: every encoding agencies send, the three delimiters, row numbers. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectHeader, readSource } from '../../../../../electron/services/chronology/read';
import { failure, utf16be } from './helpers';

const csv = 'Date,Event,Worker\r\n03/04/2019,"Home visit, mother seen",Social worker\r\n04/04/2019,Café visit – £5 “late”,Family support\r\n';
const csvRows = [
  { rowNumber: 1, cells: ['Date', 'Event', 'Worker'] },
  { rowNumber: 2, cells: ['03/04/2019', 'Home visit, mother seen', 'Social worker'] },
  { rowNumber: 3, cells: ['04/04/2019', 'Café visit – £5 “late”', 'Family support'] },
];

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

  it('UTF-16 LE tab-separated (what Excel saves as "Unicode text")', async () => {
    const text = 'Date\tEvent\n03/04/2019\tVisit; seen, well\n';
    const table = await readSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'export.txt');
    expect(table.format).toBe('tsv');
    expect(table.rows[1]!.cells).toEqual(['03/04/2019', 'Visit; seen, well']);
  });

  it('UTF-8 with a BOM (the BOM is not part of the first header), plain UTF-8, and Windows-1252 when the bytes are not UTF-8', async () => {
    const bom = await readSource(Buffer.from(`\ufeff${csv}`, 'utf8'), 'a.csv');
    expect(bom.encoding).toBe('utf-8-bom');
    expect(bom.rows).toEqual(csvRows);
    const utf8 = await readSource(Buffer.from(csv, 'utf8'), 'a.csv');
    expect(utf8.encoding).toBe('utf-8');
    expect(utf8.rows).toEqual(csvRows);
    const bytes = iconv.encode(csv, 'windows-1252');
    // – £ “ ” as single Windows-1252 bytes: not valid UTF-8.
    expect([0x96, 0xa3, 0x93, 0x94].every((byte) => bytes.includes(byte))).toBe(true);
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
    expect(semicolon.rows[2]!.cells).toEqual(['2019-01-02', 'x, y', 'z']);
    const tab = await readSource(Buffer.from('Date\tEvent\n2019-01-01\ta, b\n'), 'a.csv');
    expect(tab.format).toBe('tsv');
    expect(tab.rows[1]!.cells).toEqual(['2019-01-01', 'a, b']);
    const comma = await readSource(Buffer.from('Date,Event,Outcome\n2019-01-01,a; b; c,Done\n2019-01-02,x; y,z\n'), 'a.txt');
    expect(comma.format).toBe('csv');
    expect(comma.rows[1]!.cells).toEqual(['2019-01-01', 'a; b; c', 'Done']);
  });

  it('picks the delimiter from the first records even when a quoted multi-line cell crosses the sample’s end', async () => {
    const long = 'word '.repeat(2000); // 20,001 characters: past the 16 KB sample, within the cell limit
    const text = `Date;Event\n2019-01-01;"${long}\n${long}"\n2019-01-02;"x, y"\n`;
    const table = await readSource(Buffer.from(text), 'a.csv');
    expect(table.format).toBe('semicolon');
    expect(table.rows).toHaveLength(3);
    expect(table.rows[1]!.cells[1]).toBe(`${long}\n${long}`);
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

  it('CRLF line ends, and a quoted cell’s own CRLF or CR line breaks, become \\n', async () => {
    const table = await readSource(Buffer.from('Date,Event\r\n2019-01-01,"one\r\ntwo\rthree"\r\n2019-01-02,x\r\n'), 'a.csv');
    expect(table.rows).toEqual([
      { rowNumber: 1, cells: ['Date', 'Event'] },
      { rowNumber: 2, cells: ['2019-01-01', 'one\ntwo\nthree'] },
      { rowNumber: 3, cells: ['2019-01-02', 'x'] },
    ]);
  });

  it('a title row above the header (an Excel CSV pads it with commas) is skipped by header detection', async () => {
    const table = await readSource(Buffer.from('Police chronology - OFFICIAL-SENSITIVE,,,\n,,,\nDate/Time,Details,Action Taken,Officer Role\n02/02/2019 23:10,Call,None,PC\n'), 'a.csv');
    expect(table.rows[0]).toEqual({ rowNumber: 1, cells: ['Police chronology - OFFICIAL-SENSITIVE', null, null, null] });
    expect(detectHeader(table.rows)).toEqual({ headerIndex: 2, headers: ['Date/Time', 'Details', 'Action Taken', 'Officer Role'] });
    expect(table.rows[3]!.rowNumber).toBe(4);
  });

  it('keeps a stray quote inside a cell rather than refusing the file', async () => {
    const table = await readSource(Buffer.from('Date,Event\n2019-01-01,She said "no" twice\n'), 'a.csv');
    expect(table.rows[1]!.cells).toEqual(['2019-01-01', 'She said "no" twice']);
  });

  it('refuses an unclosed quote naming the row it starts in, never the text', async () => {
    const error = await failure(Buffer.from('Date,Event\n2019-01-01,x\n\n2019-01-03,"Kerry Hartwell said\n2019-01-04,y\n2019-01-05,z\n'), 'a.csv');
    expect(error.message).toBe(
      'This file could not be read as CSV: a quoted cell is never closed (in row 4). Open it in a spreadsheet application, save it again as CSV, and import that copy.',
    );
    const tsv = await failure(Buffer.from('Date\tEvent\n2019-01-01\t"x\n'), 'a.tsv');
    expect(tsv.message).toMatch(/^This file could not be read as tab-separated text: a quoted cell is never closed \(in row 2\)\./);
  });

  it('refuses text with no row of two or more columns', async () => {
    const error = await failure(Buffer.from('Just a note about Kerry Hartwell\nAnother line\n'), 'notes.txt');
    expect(error.message).toMatch(/^No table was found in this file: no row has two or more columns\./);
  });
});
