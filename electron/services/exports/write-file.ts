/**
 * Writing an export where the user chose, all or nothing (electron/services/atomic-file.ts): a
 * failure half way (disk full, no permission) leaves no partial file and the target as it was,
 * with a message the user can act on.
 *
 * An export is streamed: the product writes into a private temporary file beside the target
 * (openExportFile), the file is checked there, and only then renamed into place. The SHA-256 for
 * the register is taken from the very bytes going to the file, so it is the final file's.
 */
import { createHash } from 'node:crypto';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { describeErrno, errnoCode, openAtomicFile, removeStaleTemporaries, writeFileAtomic } from '../atomic-file';

function notSaved(error: unknown): AppError {
  return new AppError('unavailable', `The file could not be saved there (${describeErrno(errnoCode(error))}). Nothing was written. Choose another place and export again.`);
}

export async function writeExportFile(target: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    throw notSaved(error);
  }
}

export interface ExportFile {
  /** Where the product writes the whole file, ending it when done. */
  readonly output: Writable;
  /** The temporary file, for the check of the finished file before it is put in place. */
  readonly temporary: string;
  /** The reason the file itself could not be written (disk full…), once that has happened: it outranks whatever the product says. */
  failure(): AppError | null;
  /** Waits until everything written is on disk; the SHA-256 of the file. */
  finish(): Promise<string>;
  /** Puts the finished file in place. */
  commit(): Promise<void>;
  /** Waits until the finished file is closed, ready for putInPlace. */
  ready(): Promise<void>;
  /**
   * Renames it into place now, synchronously: called inside the transaction that records the
   * export, so the record and the file land together (a failed rename rolls the record back).
   */
  putInPlace(): void;
  /** Flushes the folder after putInPlace, so the rename survives a power cut. */
  settle(): Promise<void>;
  /** Removes the temporary file: after a failure, a cancel or a leak. Never throws. */
  discard(): Promise<void>;
}

/** Opens the temporary file; a folder that cannot take it fails here, before anything is rendered. */
export async function openExportFile(target: string): Promise<ExportFile> {
  const hash = createHash('sha256');
  let failure: AppError | null = null;
  // What a killed export left beside this target (a hidden partial copy) goes first.
  await removeStaleTemporaries(target);
  const file = await openAtomicFile(target, { observe: (chunk) => hash.update(chunk) }).catch((error: unknown) => {
    throw notSaved(error);
  });
  // Only the file's own errors (a failed system call) are failures to write; a product that stops
  // (a cancel, a refusal) may destroy the stream with its own reason. An error listener is always
  // there, so a stream error is never an uncaught exception.
  const output = file.stream;
  output.on('error', (error: unknown) => {
    if (!failure && typeof (error as { syscall?: unknown } | null)?.syscall === 'string') failure = notSaved(error);
  });
  return {
    output,
    temporary: file.temporary,
    failure: () => failure,
    async finish() {
      // A product that forgot to end its output would otherwise leave the export waiting for ever.
      if (!output.writableEnded && !output.destroyed) output.end();
      try {
        await finished(output);
      } catch (error) {
        throw failure ?? notSaved(error);
      }
      if (failure) throw failure;
      return hash.digest('hex');
    },
    async commit() {
      try {
        await file.commit();
      } catch (error) {
        throw notSaved(error);
      }
    },
    ready: () => file.ready(),
    putInPlace() {
      try {
        file.renameNow();
      } catch (error) {
        throw notSaved(error);
      }
    },
    settle: () => file.settle().catch(() => undefined),
    discard: () => file.discard(),
  };
}
