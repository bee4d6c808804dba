/**
 * Crafted files through the app, with the real limits (issue #14): each is refused at the first
 * step with words naming the file and the problem, and nothing is added to the workspace — or,
 * when within the limits, imported as the user would expect. Never an internal error.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, failure, useWorkspace } from '../reviews/helpers';
import { craftXlsx, declareUnpackedSize, rowXml, sheetXml } from './crafted';
import { addHartwellReview, choose, fixtures, importFile } from './helpers';
import { pseudoRandomBytes } from './read/helpers';

const workspace = useWorkspace();
const dir = mkdtempSync(path.join(tmpdir(), 'prw-crafted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function craft(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

let reviewId: string;
let before: number;

beforeEach(async () => {
  reviewId = await addHartwellReview(workspace.rig);
  before = (await importFile(workspace.rig, reviewId, 'police.csv')).imported;
});

/** The refusal at the first step (inspect), and again if the import is asked for anyway; then that nothing was added. */
async function refused(file: string): Promise<string> {
  const [token] = await choose(workspace.rig, reviewId, file);
  const inspected = await failure(workspace.rig, 'chronology:inspect', { token: token! });
  expect(inspected.code).toBe('validation');
  const imported = await failure(workspace.rig, 'chronology:import', {
    reviewId,
    token: token!,
    headerIndex: 0,
    mapping: ['date', 'event'],
    agency: 'School',
    jobId: randomUUID(),
    saveFormat: false,
  });
  expect(imported).toEqual(inspected);
  const list = await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });
  expect(list.total).toBe(before);
  expect(list.agencies).toHaveLength(1);
  return inspected.message;
}

describe('crafted files', () => {
  it('a CSV with 100,000 columns is refused in words, not by the mapping check', async () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
    expect(await refused(craft('wide.csv', `${header}\n`))).toBe(
      "wide.csv has 100,000 columns; the most one import can take is 200. Check it is the agency's chronology; if it is, remove the columns the review does not need and import that copy.",
    );
  });

  it('a CSV of 250,001 rows, one over the limit', async () => {
    const rows = Array.from({ length: 250_000 }, () => '2019-01-01,Visit').join('\n');
    expect(await refused(craft('rows.csv', `Date,Event\n${rows}\n`))).toBe(
      'rows.csv has 250,001 rows; the most one import can take is 250,000. Split the file into smaller ones and import each.',
    );
  });

  it('one huge cell: in a CSV, and in a small workbook that unpacks to it', async () => {
    const cell = 'Seen at home. '.repeat(3000);
    expect(await refused(craft('cell.csv', `Date,Event\n2019-01-01,"${cell}"\n`))).toBe(
      'cell.csv has a cell of 42,000 characters (in row 2); the most a cell can hold is 32,767. Shorten that cell, or split it across rows, and import that copy.',
    );
    // 5 MB of one cell packs into a few KB: refused from the zip's directory, before it is unpacked.
    const sheet = sheetXml(rowXml(1, ['Date', 'Event']) + rowXml(2, ['2019-01-01', 'a'.repeat(5 * 1024 * 1024)]));
    expect(await refused(craft('cell.xlsx', await craftXlsx({ sheet })))).toMatch(/^cell\.xlsx is packed more than 100 times smaller than its contents/);
  });

  it('a zip bomb: a small workbook whose part claims to unpack to 4 GB', async () => {
    const sheet = sheetXml(rowXml(1, ['Date', 'Event']) + rowXml(2, ['2019-01-01', 'Visit']));
    const bomb = declareUnpackedSize(await craftXlsx({ sheet }), 'xl/worksheets/sheet1.xml', 0xfffffffe);
    expect(await refused(craft('bomb.xlsx', bomb))).toBe(
      'bomb.xlsx unpacks to more than 200 MB, the most one import can take: it is either far larger than a chronology or built to exhaust memory. Open it in Excel and save only the chronology sheet as .xlsx or CSV, then import that copy.',
    );
  });

  it('a truncated workbook, and one whose packed data is garbage', async () => {
    const whole = readFileSync(path.join(fixtures, 'health-visiting.xlsx'));
    const damaged = /^This Excel file could not be opened: it is damaged, or it is not really an \.xlsx workbook\./;
    expect(await refused(craft('cut.xlsx', whole.subarray(0, Math.floor(whole.length * 0.9))))).toMatch(damaged);
    const garbled = Buffer.from(await craftXlsx({ sheet: sheetXml(rowXml(1, ['Date', 'Event']) + rowXml(2, ['2019-01-01', 'Visit '.repeat(200)])) }));
    const at = garbled.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    garbled.set(pseudoRandomBytes(64), at + 4);
    expect(await refused(craft('garbled.xlsx', garbled))).toMatch(damaged);
  });

  it('a binary file renamed .csv', async () => {
    expect(await refused(craft('renamed.csv', pseudoRandomBytes(8192)))).toMatch(/^This file does not contain text the app can read: it looks like a binary file/);
  });

  it('a file over 50 MB', async () => {
    expect(await refused(craft('huge.csv', Buffer.alloc(50 * 1024 * 1024 + 1, 0x61)))).toMatch(/^huge\.csv is 50\.1 MB; the most one import can take is 50 MB\./);
  });
});

describe('a workbook with external references', () => {
  let connects: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    connects = vi.spyOn(net.Socket.prototype, 'connect');
  });
  afterEach(() => connects.mockRestore());

  it('imports the values it shows and fetches nothing', async () => {
    const external = 'https://example.invalid/other-agency.xlsx';
    const sheet = sheetXml(
      rowXml(1, ['Date', 'Event']) +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>2019-03-11</t></is></c><c r="B2" t="str"><f>[1]Sheet1!A1</f><v>Strategy discussion</v></c></row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><t>2019-03-12</t></is></c><c r="B3" t="str"><f>WEBSERVICE("${external}")</f><v>Joint visit</v></c></row>`,
    );
    const bytes = await craftXlsx({
      sheet,
      workbookExtra: '<externalReferences><externalReference r:id="rId9"/></externalReferences>',
      relsExtra: '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>',
      parts: {
        'xl/externalLinks/externalLink1.xml': '<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"/></externalLink>',
        'xl/externalLinks/_rels/externalLink1.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="${external}" TargetMode="External"/></Relationships>`,
      },
    });
    const result = await importFile(workspace.rig, reviewId, craft('linked.xlsx', bytes), 'School');
    expect(result.imported).toBe(2);
    const { entries } = await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });
    expect(entries.filter((entry) => entry.agency === 'School').map((entry) => entry.event)).toEqual(['Strategy discussion', 'Joint visit']);
    expect(connects).not.toHaveBeenCalled();
  });
});
