/**
 * The database layer's user-facing failures. Messages name the file and say what to do; they
 * never quote SQLite's own message (which can echo schema or content) and never suggest
 * deleting the workspace.
 */
import { AppError } from '../../../../shared/errors';
import { productName } from '../../../../shared/product';
import { workspaceDbName } from './files';

const restoreAdvice =
  'Restore it from a backup: the workspace keeps encrypted copies in its backups folder (Backups in the app, or "prw backup restore").';

/** workspace.db could not be read with a key the key slots accepted: the file is damaged, truncated or replaced. */
export function corruptDatabaseError(detail = 'is damaged or incomplete'): AppError {
  return new AppError(
    'corrupt',
    `${workspaceDbName} in this workspace folder ${detail}, so the workspace cannot be opened. ${restoreAdvice} The damaged file was left as it is.`,
  );
}

export function missingDatabaseError(): AppError {
  return new AppError(
    'not-found',
    `This workspace folder has no ${workspaceDbName}, so the workspace cannot be opened. If it was moved or deleted, ${restoreAdvice.charAt(0).toLowerCase()}${restoreAdvice.slice(1)}`,
  );
}

export function newerVersionError(): AppError {
  return new AppError(
    'newer-version',
    `This workspace was made by a newer version of ${productName}. Update the app to open it; the workspace has not been changed.`,
  );
}

const corruptionCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);

/**
 * True for SQLite's "this is not a database / the image is malformed" family. With AEGIS-256 or
 * ChaCha20-Poly1305 every page carries a MAC, so a flipped byte anywhere surfaces as one of these
 * when that page is read.
 */
export function isCorruptionError(error: unknown): boolean {
  return sqliteCode(error) !== undefined && corruptionCodes.has(sqliteCode(error)!);
}

export function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** For callers running queries on an open workspace: turns a corruption error into the user-facing one. */
export function toWorkspaceDbError(error: unknown): unknown {
  return isCorruptionError(error) ? corruptDatabaseError() : error;
}

/**
 * A page of the open workspace failed its check while something was being read or written: the
 * damage was found now, not at unlock. Nothing of the failed step was kept (its transaction is
 * rolled back); the way out is the same restore.
 */
export function damagedWhileOpenError(): AppError {
  return new AppError(
    'corrupt',
    `Part of ${workspaceDbName} in this workspace is damaged, so that could not be done. Nothing was changed. Lock the workspace and restore it from the newest backup: the unlock screen offers them (or use "prw backup restore"). The damaged file is kept aside, never deleted.`,
  );
}

/** A backup refused because the workspace it would copy is damaged (it would push a good backup out). */
export function damagedBackupSourceError(): AppError {
  return new AppError(
    'corrupt',
    `No backup was made: part of ${workspaceDbName} in this workspace is damaged, and a copy of it would take the place of a good backup. Nothing was changed and the earlier backups are as they were. Lock the workspace and restore it from the newest backup.`,
  );
}

