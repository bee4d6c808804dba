/**
 * Checking a re-encrypted copy before it may replace anything: it opens with the data key and the
 * new cipher, passes `integrity_check`, is not plaintext, and every table holds as many rows as
 * the database it was copied from.
 */
import { AppError } from '../../../../shared/errors';
import type { Job } from '../../jobs';
import type { Db } from '../../sqlite';
import { checkDatabase } from '../db/check';
import { isPlaintextSqlite } from '../db/files';
import { openWorkspaceDb, type WorkspaceCipher } from '../db/open';

/** Rows per table (virtual tables and SQLite's own included), by name. */
export type TableCounts = Map<string, number>;

export function tableCounts(db: Db): TableCounts {
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return new Map(names.map((name) => [name, db.prepare(`SELECT count(*) FROM ${quoteName(name)}`).pluck().get() as number]));
}

export function copyMismatchError(): AppError {
  return new AppError('corrupt', 'The re-encrypted copy did not match the workspace, so it was deleted. The workspace was not changed. Try again; if it happens again, make a backup and contact support.');
}

export interface VerifyRequest {
  file: string;
  dataKey: Buffer;
  cipher: WorkspaceCipher;
  expected: TableCounts;
  job: Job;
  nativeBinding?: string | undefined;
}

export async function verifyCopy(request: VerifyRequest): Promise<void> {
  const { job, expected } = request;
  const total = expected.size + 1;
  job.progress('verifying', 0, total);
  if (isPlaintextSqlite(request.file)) throw copyMismatchError();
  let db: Db;
  try {
    db = openWorkspaceDb(request.file, request.dataKey, { readonly: true, cipher: request.cipher, nativeBinding: request.nativeBinding });
  } catch {
    throw copyMismatchError();
  }
  try {
    if (!checkDatabase(db, 'integrity').ok) throw copyMismatchError();
    job.progress('verifying', 1, total);
    await job.pause();
    const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
    if (names.length !== expected.size || names.some((name) => !expected.has(name))) throw copyMismatchError();
    let done = 1;
    for (const [name, rows] of expected) {
      if ((db.prepare(`SELECT count(*) FROM ${quoteName(name)}`).pluck().get() as number) !== rows) throw copyMismatchError();
      job.progress('verifying', ++done, total);
      await job.pause();
    }
  } finally {
    db.close();
  }
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

