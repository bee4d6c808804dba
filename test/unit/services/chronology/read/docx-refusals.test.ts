/** Word documents the reader refuses, each with what to do, quoting column names at most and never a cell. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importLimits } from '../../../../../shared/chronology/limits';
import { readSource } from '../../../../../electron/services/chronology/read';
import { brokenRuns, docxBytes, row, table } from './docx-helpers';
import { failure } from './helpers';

const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('Word documents that are refused', () => {
  it('no table that looks like a chronology: the message names each table and its columns, never a row of data', async () => {
    const bytes = await docxBytes(
      'Contacts for the review of Child Q.',
      table(row(['Agency', 'Contact name', 'Telephone']), row(['Police', 'DS Hollowmere', '01632 960000'])),
      table(row(['Poppy Quillfeather', 'Mother']), row(['Reuben Quillfeather', 'Child'])),
    );
    const error = await failure(bytes, 'contacts.docx');
    expect(error.message).toBe(
      'contacts.docx has 2 tables, but none of them looks like a chronology: a chronology table needs a row of column names with a date column and an event column (such as "Date" and "Event"). Table 1: Agency, Contact name, Telephone. Table 2: 2 columns, no row of column names. Check you chose the right file; if the chronology is there, name its columns in the first row of the table and import the document again.',
    );
    expect(error.message).not.toMatch(/Quillfeather|Hollowmere/);
  });

  it('a long list of tables and columns is cut short', async () => {
    const wide = ['Agency', 'Role', 'Team', 'Telephone', 'Email', 'Address', 'Manager', 'Notes about the contact arrangements for this agency'];
    const tables = Array.from({ length: 7 }, () => table(row(wide), row(wide.map(() => 'x'))));
    const { message } = await failure(await docxBytes(...tables), 'many.docx');
    expect(message).toContain('Table 1: Agency, Role, Team, Telephone, Email, Address, ….');
    expect(message).toContain('Table 5: ');
    expect(message).not.toContain('Table 6: ');
    expect(message).toContain('And 2 more.');
    expect(message).not.toContain('Notes about');
  });

  it('no tables at all', async () => {
    const { message } = await failure(await docxBytes('A letter, not a chronology.'), 'letter.docx');
    expect(message).toMatch(/^letter\.docx has no tables\. The app reads a chronology from a table in a Word document/);
  });

  it('a password-protected .docx (Word keeps it in a compound file)', async () => {
    const { message } = await failure(cfb, 'protected.docx');
    expect(message).toMatch(/^This Word document is password-protected, so the app cannot open it\. Open it in Word, remove the password .* save it, then import that copy\./);
  });

  it('a legacy binary .doc', async () => {
    const { message } = await failure(cfb, 'chronology.doc');
    expect(message).toMatch(/^This is an old-style Word \.doc file, which the app cannot read\. Open it in Word and save it as a Word document \(\.docx\), then import that copy\./);
  });

  it('a damaged .docx: not a zip, a cut-off zip, a zip without the document body, malformed XML', async () => {
    const damaged = (name: string) => `${name} could not be opened as a Word document: it is damaged, or it is not really a .docx file. Open it in Word and save it again as .docx, then import that copy.`;
    const good = await docxBytes(table(row(['Date', 'Event']), row(['01/01/2019', 'Seen.'])));
    expect((await failure(good.subarray(0, Math.floor(good.length / 2)), 'cut.docx')).message).toBe(damaged('cut.docx'));
    expect((await failure(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), 'junk.docx')).message).toBe(damaged('junk.docx'));
    expect((await failure(Buffer.from('Date,Event\n01/01/2019,Seen\n'), 'text.docx')).message).toMatch(/^This file is named as a Word document but is not one the app can open/);
    expect((await failure(await zipOf({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<w:styles/>' }), 'empty.docx')).message).toBe(
      'empty.docx is not a complete Word document: it has no document body inside. Open it in Word and save it again as .docx, then import that copy.',
    );
    const unclosed = `<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Poppy`;
    const malformed = await failure(await zipOf({ 'word/document.xml': unclosed }), 'malformed.docx');
    expect(malformed.message).toBe(damaged('malformed.docx'));
  });

  it('a document body that unpacks to more than it declares, or past the limit, is refused before it is read', async () => {
    const rows = Array.from({ length: 50 }, (_, index) => row([`0${(index % 9) + 1}/01/2019`, 'Seen at home.']));
    const bytes = await docxBytes(table(row(['Date', 'Event']), ...rows));
    // The directory says the body is 10 bytes: unpacking it shows more, so the zip lies.
    const lying = Buffer.from(bytes);
    for (let at = lying.indexOf('word/document.xml'); at >= 0; at = lying.indexOf('word/document.xml', at + 1)) {
      if (at >= 46 && lying.readUInt32LE(at - 46) === 0x02014b50) lying.writeUInt32LE(10, at - 46 + 24);
    }
    expect((await failure(lying, 'lying.docx')).message).toMatch(/^lying\.docx could not be opened as a Word document/);
    const limits = { ...importLimits, unpackedBytes: 2_000 };
    await expect(readSource(bytes, 'big.docx', { limits })).rejects.toThrow(/^big\.docx unpacks to more than 2 KB.*Copy only the chronology table into a new Word document/);
    await expect(readSource(bytes, 'long.docx', { limits: { ...importLimits, rows: 20 } })).rejects.toThrow(/^long\.docx has more than 20 rows/);
    await expect(readSource(bytes, 'narrow.docx', { limits: { ...importLimits, columns: 1 } })).rejects.toThrow(/^narrow\.docx has 2 columns/);
    // Counted to the end of the cell, across its runs and paragraphs, though its text is no longer kept.
    const long = await docxBytes(table(row(['Date', 'Event']), row(['01/01/2019', { runs: brokenRuns('x'.repeat(8), 'y'.repeat(8), 'z'.repeat(8)) }])));
    await expect(readSource(long, 'runs.docx', { limits: { ...importLimits, cellCharacters: 10 } })).rejects.toThrow(/^Table 1 of runs\.docx has a cell of 26 characters \(in row 2\)/);
    await expect(readSource(bytes, 'wordy.docx', { limits: { ...importLimits, cellCharacters: 10 } })).rejects.toThrow(/^Table 1 of wordy\.docx has a cell of 13 characters \(in row 2\); the most a cell can hold is 10\./);
  });
});
