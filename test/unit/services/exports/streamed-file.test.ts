/**
 * An export is streamed into a private temporary file beside the target and renamed into place
 * only when every check has passed. Whatever happens — success, cancel, a leak, a disk that
 * fails half way — the folder ends with the finished file or with what was there before, never
 * a temporary file; the file is the user's only (0600) and replaces an existing one instead of
 * rewriting it; and the SHA-256 in the register is the file's own.
 */
import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../../shared/exports/types';
import type { JobProgress } from '../../../../shared/jobs';
import { chronologyExport } from '../../../../electron/services/chronology';
import { deliverExport, type ExportProduct } from '../../../../electron/services/exports';
import { readPdf, renderPdf } from '../../../../electron/services/pdf';
import { heading, paragraph, request, text } from '../pdf/tools';
import { addHartwellPeople, addHartwellReview, fixtureFiles, importFile } from '../chronology/helpers';
import { auditRows, call, names, useWorkspace } from '../reviews/helpers';
import type { TestRig } from '../workspace/session/helpers';
import { writes } from './deliver-helpers';

const workspace = useWorkspace();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'prw-streamed-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const failed = (promise: Promise<unknown>) => promise.then(() => null, (caught: unknown) => caught as { code: string; message: string });
const temporaryName = (target: string) => new RegExp(`^\\.${path.basename(target).replace(/\./g, '\\.')}\\.[0-9a-f]{16}\\.tmp$`);

/** A file already at the target, as another program might have left it: readable by everyone. */
function existing(target: string): void {
  writeFileSync(target, 'the file that was here before', { mode: 0o644 });
}

function expectUntouched(target: string): void {
  expect(readdirSync(dir)).toEqual([path.basename(target)]);
  expect(readFileSync(target, 'utf8')).toBe('the file that was here before');
  expect(statSync(target).mode & 0o777).toBe(0o644);
}

async function hartwell(rig: TestRig): Promise<string> {
  const reviewId = await addHartwellReview(rig);
  await addHartwellPeople(rig, reviewId);
  for (const file of fixtureFiles) await importFile(rig, reviewId, file);
  return reviewId;
}

async function leakyReview(rig: TestRig): Promise<string> {
  const review = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  await call(rig, 'people:add', { reviewId: review.id, name: names.mother, role: 'parent', relationship: 'mother', pseudonym: 'Mother' });
  return review.id;
}

function csvProduct(reviewId: string, renderTo: ExportProduct['renderTo']): ExportProduct {
  return {
    kind: 'chronology',
    format: 'csv',
    reviewId,
    subjectId: null,
    version: null,
    anonymised: true,
    filtered: false,
    fileName: 'chronology.csv',
    dialogTitle: 'Save',
    describes: 'a test',
    sourceTexts: () => [],
    renderTo,
  };
}

describe('an export streamed through a temporary file', () => {
  const formats: ExportFormat[] = ['csv', 'xlsx', 'pdf'];
  for (const format of formats) {
    it(`an anonymised ${format.toUpperCase()} chronology: in place as 0600, replacing the 0644 file there instead of rewriting it; no temporary file; the register has the file's SHA-256`, async () => {
      const { rig } = workspace;
      const reviewId = await hartwell(rig);
      const target = path.join(dir, `chronology.${format}`);
      existing(target);
      // Held open from before: a file replaced by rename still reads as it was through this.
      const before = openSync(target, 'r');
      try {
        const product = chronologyExport(rig.core.kernel, { reviewId, format, anonymised: true });
        const result = await deliverExport(rig.core.kernel, product, target, { allowUnresolved: 'Checked by hand for this test.' });

        expect(result.path).toBe(target);
        expect(readdirSync(dir)).toEqual([path.basename(target)]);
        expect(statSync(target).mode & 0o777).toBe(0o600);
        expect(readFileSync(before, 'utf8')).toBe('the file that was here before');
        const bytes = readFileSync(target);
        expect(result.record.sha256).toBe(sha256(bytes));
        expect((await call(rig, 'export:list', { reviewId })).map((record) => record.sha256)).toEqual([sha256(bytes)]);

        if (format === 'csv') {
          // The streamed CSV is the one made in memory, byte for byte: BOM, CRLF, neutralised cells.
          expect(bytes.equals(Buffer.from(await product.render()))).toBe(true);
          expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
          expect(bytes.toString('utf8')).toMatch(/^\uFEFFDate \(as written\),From,To,.*\r\n/);
        }
        if (format === 'pdf') expect((await readPdf(bytes)).pages.length).toBeGreaterThan(0);
      } finally {
        closeSync(before);
      }
    });
  }

  it('the streamed workbook keeps its layout: frozen bold header, column widths, wrapped text columns, the sheet names, "About this export"', async () => {
    const { rig } = workspace;
    const reviewId = await hartwell(rig);
    const target = path.join(dir, 'police.xlsx');
    const product = chronologyExport(rig.core.kernel, { reviewId, format: 'xlsx', anonymised: true, filter: { agencies: ['Police'] } });
    await deliverExport(rig.core.kernel, product, target, { allowUnresolved: 'Checked by hand for this test.' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.creator).toBe('Practice Review Workspace');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Chronology (anonymised)', 'About this export']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
    expect(sheet.columns.map((column) => column.width)).toEqual([14, 11, 11, 12, 6, 20, 16, 16, 16, 60, 40, 40, 12, 40, 16, 30, 20, 6]);
    const header = sheet.getRow(1);
    expect(header.getCell(1).text).toBe('Date (as written)');
    expect(header.getCell(1).font).toMatchObject({ bold: true });
    const wrapped = (row: number) => Array.from({ length: 18 }, (_, index) => sheet.getRow(row).getCell(index + 1).alignment?.wrapText === true);
    const expected = Array.from({ length: 18 }, (_, index) => index >= 9 && index <= 15);
    expect(wrapped(1)).toEqual(expected);
    expect(wrapped(2)).toEqual(expected);
    expect(sheet.rowCount).toBeGreaterThan(1);
    expect(workbook.getWorksheet('About this export')!.getRow(1).getCell(1).text).toMatch(/^This is the filtered view \(agency Police\): \d+ of 33 entries\.$/);
  });

  it('writes into a private temporary file beside the target (hidden, 0600) while it renders', async () => {
    const { rig } = workspace;
    const reviewId = await leakyReview(rig);
    const target = path.join(dir, 'chronology.csv');
    let seen: Array<{ name: string; mode: number }> = [];
    const product = csvProduct(reviewId, async (to) => {
      seen = readdirSync(dir).map((name) => ({ name, mode: statSync(path.join(dir, name)).mode & 0o777 }));
      await writes('Event\r\nSeen by Mother\r\n')(to);
    });
    await deliverExport(rig.core.kernel, product, target);
    expect(seen).toEqual([{ name: expect.stringMatching(temporaryName(target)) as unknown as string, mode: 0o600 }]);
    expect(readdirSync(dir)).toEqual(['chronology.csv']);
  });

  it('cancelled while rendering: the file that was there is untouched and no temporary file is left', async () => {
    const { rig } = workspace;
    const reviewId = await hartwell(rig);
    const target = path.join(dir, 'chronology.xlsx');
    existing(target);
    const jobId = randomUUID();
    const emit = rig.ports.emit;
    let cancelling: Promise<unknown> | null = null;
    rig.ports.emit = (event, payload) => {
      emit(event, payload);
      if (event === 'job:progress' && !cancelling && (payload as JobProgress).phase === 'rendering') cancelling = call(rig, 'job:cancel', { jobId });
    };
    const product = chronologyExport(rig.core.kernel, { reviewId, format: 'xlsx', anonymised: false });
    const error = await failed(deliverExport(rig.core.kernel, product, target, { jobId }));
    expect(error).toMatchObject({ code: 'cancelled', message: 'Export cancelled: no file was written.' });
    await cancelling;
    expectUntouched(target);
    expect(await call(rig, 'export:list', { reviewId })).toEqual([]);
  });

  it('refused for a leak: the file that was there is untouched and no temporary file is left', async () => {
    const { rig } = workspace;
    const reviewId = await leakyReview(rig);
    const target = path.join(dir, 'chronology.csv');
    existing(target);
    const error = await failed(deliverExport(rig.core.kernel, csvProduct(reviewId, writes(`Event\r\nSeen by ${names.mother}\r\n`)), target));
    expect(error).toMatchObject({
      code: 'internal',
      message: 'The anonymised copy was not saved: a check of the finished file found the real name of Mother (in row 2). Nothing was written. This is a fault in the app; please report it.',
    });
    expectUntouched(target);
    expect(await call(rig, 'export:list', { reviewId })).toEqual([]);
  });

  it('a disk that fails half way: says so, leaves the old file and no temporary file — even when the product never notices', async () => {
    const { rig } = workspace;
    const reviewId = await leakyReview(rig);
    const target = path.join(dir, 'chronology.csv');
    existing(target);
    const product = csvProduct(reviewId, ({ output }) => {
      output.write('Event\r\n');
      // What a full disk looks like from the stream: a failed write system call.
      output.destroy(Object.assign(new Error('no space left on device'), { code: 'ENOSPC', syscall: 'write' }));
      return new Promise<void>(() => undefined);
    });
    const error = await failed(deliverExport(rig.core.kernel, product, target));
    expect(error).toMatchObject({ code: 'unavailable', message: 'The file could not be saved there (the disk is full). Nothing was written. Choose another place and export again.' });
    expectUntouched(target);
    expect(await call(rig, 'export:list', { reviewId })).toEqual([]);
  });

  it('a PDF whose file fails half way stops laying out and fails with the file’s error, not a cancel', async () => {
    const { rig } = workspace;
    const reviewId = await leakyReview(rig);
    const target = path.join(dir, 'report.pdf');
    const content = { type: 'doc' as const, content: Array.from({ length: 40 }, (_, index) => [heading(1, `Section ${index + 1}`), paragraph(text('Agencies shared what they knew at the time. '.repeat(40)))]).flat() };
    let outcome: Promise<unknown> = Promise.resolve(null);
    let last = 0;
    let all = 0;
    const product: ExportProduct = {
      ...csvProduct(reviewId, async () => undefined),
      kind: 'document',
      format: 'pdf',
      anonymised: false,
      renderTo: (target) => {
        const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC', syscall: 'write' });
        outcome = renderPdf({
          ...request({ content }),
          ...target,
          onProgress: (done, total) => {
            last = done;
            all = total;
            if (done > total / 4 && !target.output.destroyed) target.output.destroy(full);
          },
        }).then(
          () => 'finished',
          (caught: unknown) => caught,
        );
        return outcome.then(() => undefined);
      },
    };
    const error = await failed(deliverExport(rig.core.kernel, product, target));
    expect(error).toMatchObject({ code: 'unavailable', message: 'The file could not be saved there (the disk is full). Nothing was written. Choose another place and export again.' });
    expect(await outcome).toMatchObject({ code: 'ENOSPC' });
    // Stopped at the next point the layout yields after the failure, not laid out to the end.
    expect(last).toBeLessThan(all);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder that is gone: refused before anything is rendered, with the same words as before', async () => {
    const { rig } = workspace;
    const reviewId = await leakyReview(rig);
    let rendered = false;
    const product = csvProduct(reviewId, async (to) => {
      rendered = true;
      await writes('Event\r\n')(to);
    });
    const error = await failed(deliverExport(rig.core.kernel, product, path.join(dir, 'gone', 'chronology.csv')));
    expect(error).toMatchObject({ code: 'unavailable', message: 'The file could not be saved there (that folder no longer exists). Nothing was written. Choose another place and export again.' });
    expect(rendered).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a partial file a killed export left beside the target is removed by the next export to it; one being written now is left', async () => {
    const { rig } = workspace;
    const reviewId = await leakyReview(rig);
    const target = path.join(dir, 'chronology.csv');
    const stale = path.join(dir, '.chronology.csv.0123456789abcdef.tmp');
    const fresh = path.join(dir, '.chronology.csv.fedcba9876543210.tmp');
    writeFileSync(stale, 'part of an export, with names', { mode: 0o600 });
    writeFileSync(fresh, 'another process is writing this', { mode: 0o600 });
    const anHourAgo = new Date(Date.now() - 60 * 60_000);
    utimesSync(stale, anHourAgo, anHourAgo);
    await deliverExport(rig.core.kernel, csvProduct(reviewId, writes('Event\r\n')), target);
    expect(readdirSync(dir).sort()).toEqual([path.basename(fresh), 'chronology.csv']);
  });

  it('a file that cannot be put in place (a folder already has its name): refused in words, and no record of it in the register or the audit log', async () => {
    const { rig } = workspace;
    const reviewId = await leakyReview(rig);
    const target = path.join(dir, 'chronology.csv');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep.txt'), 'a file inside the folder');
    const before = (await call(rig, 'export:list', { reviewId })).length;
    const error = await failed(deliverExport(rig.core.kernel, csvProduct(reviewId, writes('Event\r\n')), target));
    expect(error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/^The file could not be saved there \(.+\)\. Nothing was written\./) });
    expect(await call(rig, 'export:list', { reviewId })).toHaveLength(before);
    expect(auditRows(rig).filter((row) => row.action.startsWith('export.'))).toEqual([]);
    expect(readdirSync(dir)).toEqual(['chronology.csv']);
    expect(readdirSync(target)).toEqual(['keep.txt']);
  });
});
