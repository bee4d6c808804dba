/**
 * Importing one agency's file: read it, find its header, map its columns, preview what it would
 * make, then import it — all of it or none of it. The slow part (reading every row's date) runs
 * in slices so the import reports progress and can be cancelled; the write is one transaction.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../../../shared/errors';
import { prepareRows } from '../../../shared/chronology/prepare';
import type { ColumnMapping, PreparedEntry, RawRow, RejectedRow } from '../../../shared/chronology/types';
import type { ImportPreview, ImportResult, PreviewRow, SourceInspection } from '../../../shared/chronology/views';
import type { Ports } from '../ports';
import { type Kernel, listPeople, read, requireReview, timestamp, write } from '../kernel';
import type { Db } from '../sqlite';
import { insertRejected, nextSequence } from './entry-repository';
import { insertImported } from './import-rows';
import { invalidate } from './entries-service';
import { importState, readPickedBytes, rememberPicked, type ImportState } from './import-state';
import { cellText, detectHeader, formatSignature, headerNames, inferAgency, readSource, suggestMapping, type SourceTable } from './read';
import { replaceable, replaceSubmission } from './replace';
import { closeRemovalUndo, findFormat, findSameFile, insertSubmission, saveFormat } from './submission-repository';

// .xls and .doc too: older case systems export tab-separated text under the .xls name, and a real
// binary .xls or .doc is refused with what to do, which is better than a file the dialog hides.
const fileFilters = [{ name: 'Agency chronology (Word, Excel, CSV, TSV)', extensions: ['docx', 'xlsx', 'csv', 'tsv', 'txt', 'xls', 'doc'] }];

export async function chooseFiles(context: Kernel, ports: Ports, reviewId: string): Promise<Array<{ token: string; name: string; size: number }> | null> {
  read(context, (db) => requireReview(db, reviewId));
  const chosen = await ports.dialogs.showOpen({ title: "Choose agencies' chronology files", filters: fileFilters, multiple: true });
  if (!chosen || chosen.length === 0) return null;
  const state = importState(context.session);
  return Promise.all(
    chosen.map(async (file) => ({ token: rememberPicked(state, file, path.basename(file)), name: path.basename(file), size: (await stat(file)).size })),
  );
}

/** Also used by the CLI, which names files directly. */
export function pickPath(context: Kernel, file: string): string {
  return rememberPicked(importState(context.session), path.resolve(file), path.basename(file));
}

interface ReadFile {
  name: string;
  table: SourceTable;
  bytes: Uint8Array;
}

async function readPicked(state: ImportState, token: string, sheet: string | undefined): Promise<ReadFile> {
  const picked = state.picked.get(token);
  if (!picked) throw new AppError('not-found', 'That file is no longer chosen (the workspace may have been locked since). Choose the file again.');
  const key = `${token}\u0000${sheet ?? ''}`;
  if (state.lastRead?.key === key) return { name: picked.name, table: state.lastRead.table, bytes: state.lastRead.bytes };
  // Its size is checked on disk first: a file over the limit is never read into memory.
  const bytes = await readPickedBytes(picked);
  const table = await readSource(bytes, picked.name, sheet === undefined ? {} : { sheet });
  state.lastRead = { key, table, bytes };
  return { name: picked.name, table, bytes };
}

function checkHeaderIndex(table: SourceTable, headerIndex: number): void {
  if (headerIndex >= table.rows.length) throw new AppError('validation', `The file has ${table.rows.length} rows: choose a header row among them.`);
}

export async function inspect(context: Kernel, input: { token: string; sheet?: string | undefined; headerIndex?: number | undefined }): Promise<SourceInspection> {
  const state = importState(context.session);
  const { name, table } = await readPicked(state, input.token, input.sheet);
  let headerIndex: number;
  let headers: string[];
  if (input.headerIndex === undefined) {
    ({ headerIndex, headers } = detectHeader(table.rows));
  } else {
    checkHeaderIndex(table, input.headerIndex);
    headerIndex = input.headerIndex;
    headers = headerNames(table.rows[headerIndex]!);
  }
  const inferred = inferAgency(name);
  const saved = read(context, (db) => findFormat(db, formatSignature(headers), inferred));
  return {
    token: input.token,
    fileName: name,
    format: table.format,
    encoding: table.encoding,
    sheets: table.sheets,
    sheet: table.sheet,
    headerIndex,
    headers,
    mapping: saved?.mapping.length === headers.length ? saved.mapping : suggestMapping(headers),
    mappingSaved: saved?.mapping.length === headers.length,
    agency: saved?.agency ?? inferred,
    topRows: table.rows.slice(0, 15).map((row, index) => ({ index, rowNumber: row.rowNumber, cells: row.cells.map(cellText) })),
    dataRows: table.rows.length - headerIndex - 1,
    ...(table.format === 'docx' ? { blankRows: table.blankRows } : {}),
  };
}

interface Settings {
  reviewId: string;
  token: string;
  sheet?: string | undefined;
  headerIndex: number;
  mapping: ColumnMapping;
  agency: string;
}

function checkMapping(mapping: ColumnMapping, headers: string[]): void {
  if (mapping.length !== headers.length) throw new AppError('validation', `The mapping names ${mapping.length} columns but the header row has ${headers.length}. Check the header row and map each column.`);
  if (!mapping.includes('date')) throw new AppError('validation', 'No column is mapped to the date. Choose which column holds the date of each event.');
  const seen = new Set<string>();
  for (const field of mapping) {
    if (field === null) continue;
    if (seen.has(field)) throw new AppError('validation', `Two columns are mapped to the same field (${field}). Map each field from one column only.`);
    seen.add(field);
  }
}

/** The subject's date of birth, for flagging events before it: the first child in the people register. */
export function earliestDate(db: Db, reviewId: string): string | null {
  return listPeople(db, reviewId).find((person) => person.role === 'child' && person.dateOfBirth)?.dateOfBirth ?? null;
}

export function today(context: Kernel): string {
  return timestamp(context).slice(0, 10);
}

const sliceSize = 5_000;

/** Reads every data row in slices, yielding between them so progress shows and cancel works. */
async function prepareAll(
  context: Kernel,
  table: SourceTable,
  settings: Settings,
  fileName: string,
  step: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ entries: PreparedEntry[]; rejected: RejectedRow[] }> {
  const header = table.rows[settings.headerIndex]!;
  const data = table.rows.slice(settings.headerIndex + 1);
  const options = { date1904: table.date1904, today: today(context), earliest: read(context, (db) => earliestDate(db, settings.reviewId)), fileName };
  const entries: PreparedEntry[] = [];
  const rejected: RejectedRow[] = [];
  for (let start = 0; start < data.length || start === 0; start += sliceSize) {
    const rows: RawRow[] = [header, ...data.slice(start, start + sliceSize)];
    const result = prepareRows(rows, 0, settings.mapping, options);
    entries.push(...result.entries);
    rejected.push(...result.rejected);
    step(Math.min(start + sliceSize, data.length), data.length);
    if (start + sliceSize < data.length) {
      await nextTurn();
      if (signal?.aborted) throw cancelled();
    }
  }
  return { entries, rejected };
}

function cancelled(): AppError {
  return new AppError('cancelled', 'Import cancelled: nothing from the file was added.');
}

const previewLimit = 500;

export async function preview(context: Kernel, settings: Settings): Promise<ImportPreview> {
  read(context, (db) => requireReview(db, settings.reviewId));
  const { name, table } = await readPicked(importState(context.session), settings.token, settings.sheet);
  checkHeaderIndex(table, settings.headerIndex);
  checkMapping(settings.mapping, headerNames(table.rows[settings.headerIndex]!));
  const { entries, rejected } = await prepareAll(context, table, settings, name, () => {});
  const rows: PreviewRow[] = [
    ...rejected.map(({ rowNumber, reason }) => ({ rowNumber, reason, flags: [] })),
    ...entries.map(({ rowNumber, date, fields, flags }) => ({ rowNumber, date, flags, ...(fields.event === undefined ? {} : { event: fields.event }) })),
  ];
  const important = rows.filter((row) => row.reason !== undefined || row.flags.length > 0);
  const rest = rows.filter((row) => row.reason === undefined && row.flags.length === 0);
  const shown = [...important, ...rest].slice(0, previewLimit).sort((a, b) => a.rowNumber - b.rowNumber);
  return { entries: entries.length, rejected: rejected.length, flagged: entries.filter((entry) => entry.flags.length > 0).length, rows: shown };
}

export interface ImportRequest extends Settings {
  /** The caller's job id (the renderer picks one so it can cancel at once); a new one otherwise. */
  jobId?: string | undefined;
  saveFormat: boolean;
  /** Import it although the review already has a submission with the same bytes. */
  again?: boolean | undefined;
  /** A submission of the review this file corrects: removed in the same write (./replace.ts). */
  replaces?: string | undefined;
}

/** The last words of the refusal below: the CLI, which can import again (--again), says so instead. */
export const sameFileAdvice = 'If the agency has sent a corrected file, import that one instead, with Replace beside this file in Submissions.';

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * Refuses a file whose bytes the review already has: importing it again would add every entry
 * twice, and nothing on screen would show that the second copy is a copy.
 */
function refuseSameFile(db: Db, request: ImportRequest, name: string, sha256: string): void {
  if (request.again) return;
  const earlier = findSameFile(db, request.reviewId, sha256);
  if (!earlier) return;
  const when = dayMonthYear.format(new Date(earlier.importedAt));
  const what = earlier.fileName === name ? `${name} was already imported` : `${name} is the same file as ${earlier.fileName}, which was imported`;
  throw new AppError('same-file', `${what} into this review on ${when} (as ${earlier.agency}). Importing it again would add every entry twice. ${sameFileAdvice}`);
}

/**
 * Imports one chosen file as a job: reading, checking (in slices, so progress shows and a cancel
 * lands between them), saving. The write is one transaction, so a cancel before it adds nothing
 * and the write itself is all or nothing. Two imports of the same file may not overlap: the
 * second is refused while the first runs.
 */
export async function importFile(context: Kernel, request: ImportRequest): Promise<ImportResult> {
  read(context, (db) => requireReview(db, request.reviewId));
  const state = importState(context.session);
  const picked = state.picked.get(request.token);
  const spec = { id: request.jobId, kind: 'import', exclusive: `import:${picked?.path ?? request.token}`, describes: 'An import of this file' } as const;
  return context.jobs.run(spec, async (job) => {
    job.progress('reading', 0, 1);
    const { name, table, bytes } = await readPicked(state, request.token, request.sheet);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Said before the slow part; checked again in the write, which is what makes it certain.
    read(context, (db) => {
      refuseSameFile(db, request, name, sha256);
      if (request.replaces) replaceable(db, request.reviewId, request.replaces);
    });
    job.progress('reading', 1, 1);
    job.throwIfCancelled();
    checkHeaderIndex(table, request.headerIndex);
    const headers = headerNames(table.rows[request.headerIndex]!);
    checkMapping(request.mapping, headers);
    const prepared = await prepareAll(context, table, request, name, (done, total) => job.progress('checking', done, total), job.signal);
    // The last point a cancel can land: the write below is one synchronous transaction.
    await job.pause();
    job.progress('saving', 0, prepared.entries.length);
    const result = write(context, (db) => store(context, db, { request, name, table, bytes, sha256, headers, ...prepared }));
    job.progress('saving', prepared.entries.length, prepared.entries.length);
    invalidate(context, request.reviewId);
    return result;
  });
}

interface Storing {
  request: ImportRequest;
  name: string;
  table: SourceTable;
  bytes: Uint8Array;
  sha256: string;
  headers: string[];
  entries: PreparedEntry[];
  rejected: RejectedRow[];
}

function store(context: Kernel, db: Db, { request, name, table, bytes, sha256, headers, entries, rejected }: Storing): ImportResult {
  requireReview(db, request.reviewId);
  refuseSameFile(db, request, name, sha256);
  const at = timestamp(context);
  const submissionId = context.newId();
  insertSubmission(db, {
    id: submissionId,
    reviewId: request.reviewId,
    agency: request.agency,
    fileName: name,
    format: table.format,
    encoding: table.encoding,
    sheet: table.sheet,
    headerIndex: request.headerIndex,
    headers,
    mapping: request.mapping,
    date1904: table.date1904,
    content: bytes,
    sha256,
    importedAt: at,
  });
  const first = nextSequence(db, request.reviewId);
  insertImported(db, entries, { reviewId: request.reviewId, agency: request.agency, submissionId, file: name, importedAt: at }, first);
  insertRejected(db, request.reviewId, submissionId, rejected.map((row) => ({ ...row, id: context.newId() })));
  if (request.saveFormat) saveFormat(db, request.agency, formatSignature(headers), request.mapping, at);
  // A removal is undoable until the next import: after it, a file brought back would sit beside its replacement.
  closeRemovalUndo(db, request.reviewId);
  context.session.audit('chronology.imported', 'chronology-submission', submissionId);
  const replaced = request.replaces ? replaceSubmission(context, db, request.reviewId, request.replaces, name) : null;
  const event = { reviewId: request.reviewId, agency: request.agency, submissionId };
  const answered = context.hooks.submissionImported.map((hook) => hook(db, event)).find((result) => result !== null) ?? null;
  return {
    submissionId,
    agency: request.agency,
    imported: entries.length,
    rejected,
    ...(table.format === 'docx' ? { blankRows: table.blankRows } : {}),
    ...(replaced ? { replaced: { id: replaced.id, fileName: replaced.fileName } } : {}),
    ...(answered ? { answered } : {}),
  };
}

