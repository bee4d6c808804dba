/**
 * Writing a file all or nothing: the bytes go to a private temporary file beside the target
 * (mode 0600), are flushed to disk, then renamed over the target in one step, and the folder is
 * flushed so the rename survives a power cut. A failure half way (disk full, no permission)
 * leaves no partial file and the target as it was; the error is rethrown for the caller to word.
 * keys.json and every export are written this way: keys.json from bytes (writeFileAtomic), an
 * export as a stream (openAtomicFile), so a large file is never held in memory whole.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { renameSync, unlinkSync } from 'node:fs';
import { open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from './log';

const log = createLogger('atomic-file');

/** The temporary name used beside `target`: ".<name>.<16 hex>.tmp". */
export function temporaryNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
}

/**
 * Removes temporary files of ours beside `target` that a killed process left behind (a partial
 * export is a partial copy of the workspace's content in a folder the user chose). Only files
 * named as temporaryNameFor names them, and only when older than `olderThanMs`: one being
 * written right now by another process is left alone.
 */
export async function removeStaleTemporaries(target: string, olderThanMs = 2 * 60_000, now = Date.now()): Promise<number> {
  const dir = path.dirname(target);
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(target))}\\.[0-9a-f]{16}\\.tmp$`);
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!pattern.test(name)) continue;
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < olderThanMs) continue;
    await unlink(file).then(
      () => void removed++,
      () => undefined,
    );
  }
  if (removed > 0) log.info('removed stale temporary files', { removed });
  return removed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function writeFileAtomic(target: string, bytes: Uint8Array, temporary = temporaryNameFor(target)): Promise<void> {
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(target));
}

/**
 * A file being written as a stream, all or nothing: `stream` writes to the private temporary
 * file; `commit` (once the stream has finished) puts it in place, `discard` removes it.
 */
export interface AtomicFile {
  /** The temporary file beside the target, for reading the finished file back before it is committed. */
  readonly temporary: string;
  /** Ending it flushes the file to disk ('finish' comes after the fsync). */
  readonly stream: Writable;
  /** Renames the finished temporary file over the target; on failure the temporary file is removed and the error rethrown. */
  commit(): Promise<void>;
  /**
   * The same in three steps, so a caller can make the rename part of a database transaction:
   * `ready` waits for the file to be closed, `renameNow` renames synchronously (removing the
   * temporary file if that fails), `settle` flushes the folder.
   */
  ready(): Promise<void>;
  renameNow(): void;
  settle(): Promise<void>;
  /** Stops writing and removes the temporary file; never throws, and may be called more than once. */
  discard(): Promise<void>;
}

export interface AtomicFileOptions {
  /** Sees every chunk in the order it goes to the file (an export's SHA-256 is taken on the way). */
  observe?: (chunk: Buffer) => void;
  temporary?: string;
}

/**
 * Opens the temporary file exclusively ('wx': never someone else's file, never a link planted at
 * the name) with mode 0600 from the start, so the file is private before a byte is in it.
 * The target is replaced by rename, never rewritten: a file already there (say 0644) keeps its
 * inode and contents for anyone holding it open, and the name then points at the new 0600 file.
 */
export async function openAtomicFile(target: string, options: AtomicFileOptions = {}): Promise<AtomicFile> {
  const temporary = options.temporary ?? temporaryNameFor(target);
  const handle = await open(temporary, 'wx', 0o600);
  const stream = new TemporaryFileStream(handle, options.observe);
  const closed = async () => {
    if (!stream.closed) await once(stream, 'close').catch(() => undefined);
  };
  return {
    temporary,
    stream,
    async commit() {
      try {
        if (!stream.writableFinished) throw new Error('The temporary file was committed before it was finished.');
        // The handle is closed when the stream closes (after the fsync in its final step).
        await closed();
        await rename(temporary, target);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
      await syncDirectory(path.dirname(target));
    },
    async ready() {
      if (!stream.writableFinished) throw new Error('The temporary file was committed before it was finished.');
      await closed();
    },
    renameNow() {
      try {
        renameSync(temporary, target);
      } catch (error) {
        try {
          unlinkSync(temporary);
        } catch {
          // Already gone: nothing to remove.
        }
        throw error;
      }
    },
    settle: () => syncDirectory(path.dirname(target)),
    async discard() {
      stream.destroy();
      await closed();
      await unlink(temporary).catch(() => undefined);
    },
  };
}

/**
 * A Writable over an open file handle: writes in order, fsyncs before 'finish', closes the handle
 * when destroyed (which a finished or failed stream is, automatically). An I/O error fails the
 * stream with the errno intact, for the caller to word.
 */
class TemporaryFileStream extends Writable {
  constructor(
    private readonly handle: FileHandle,
    private readonly observe: ((chunk: Buffer) => void) | undefined,
  ) {
    // How much may wait for the disk before a producer is asked to pause: a little, never the file.
    super({ highWaterMark: 256 * 1024 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.observe?.(chunk);
    writeAll(this.handle, chunk).then(() => callback(), callback);
  }

  /**
   * Producers write in small pieces (pdfkit an object at a time, the CSV writer a row at a time);
   * what queued up while the last write was on its way goes down as one write, not one each.
   */
  override _writev(chunks: Array<{ chunk: Buffer }>, callback: (error?: Error | null) => void): void {
    const batch = chunks.length === 1 ? chunks[0]!.chunk : Buffer.concat(chunks.map(({ chunk }) => chunk));
    this.observe?.(batch);
    writeAll(this.handle, batch).then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.handle.sync().then(() => callback(), callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.handle.close().then(
      () => callback(error),
      (closing: Error) => callback(error ?? closing),
    );
  }
}

/** A write may take less than the whole chunk (rare for a file, but allowed): go on until it is all down. */
async function writeAll(handle: FileHandle, chunk: Buffer): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    if (bytesWritten === 0) throw Object.assign(new Error('The file took no bytes.'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // The new file is in place; some filesystems (network, FUSE) refuse directory fsync.
    log.warn('could not fsync a folder after writing', { errno: errnoCode(error) });
  }
}

export function errnoCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/** Why a write failed, in words a user can act on. */
export function describeErrno(code: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EBUSY':
      return 'the file is in use by another program';
    case 'ENOENT':
      return 'that folder no longer exists';
    default:
      return `error ${code}`;
  }
}
