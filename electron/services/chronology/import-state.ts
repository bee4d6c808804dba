/**
 * What the chronology keeps in memory between calls while a workspace is open: the files the
 * user chose (by token, so the renderer never names a path) and the last file read (so changing a
 * mapping does not read a 25,000-row file again). Imports in progress are jobs (../jobs.ts).
 * It hangs off the open workspace: locking drops the workspace and all of this with it.
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { importLimits, overLimit, type ImportLimits } from '../../../shared/chronology/limits';
import type { SourceTable } from './read';
import type { WorkspaceSession } from '../kernel';

export interface PickedPath {
  path: string;
  name: string;
}

export interface ImportState {
  picked: Map<string, PickedPath>;
  /** One read file at a time: a table can be large. */
  lastRead: { key: string; table: SourceTable; bytes: Uint8Array } | null;
}

const states = new WeakMap<object, ImportState>();

export function importState(session: WorkspaceSession): ImportState {
  const open = session.require();
  let state = states.get(open);
  if (!state) {
    state = { picked: new Map(), lastRead: null };
    states.set(open, state);
  }
  return state;
}

export function rememberPicked(state: ImportState, path: string, name: string): string {
  const token = randomUUID();
  state.picked.set(token, { path, name });
  return token;
}

/**
 * A chosen file's bytes, refusing one over the size limit from its size on disk, before a byte
 * of it is read into memory (the reader checks the bytes again, for callers that have them).
 */
export async function readPickedBytes(picked: PickedPath, limits: ImportLimits = importLimits): Promise<Uint8Array> {
  const unreadable = () =>
    new AppError('not-found', `${picked.name} could not be read: it may have been moved, renamed or be open in another program. Check the file and choose it again.`);
  let size: number;
  try {
    size = (await stat(picked.path)).size;
  } catch {
    throw unreadable();
  }
  if (size > limits.fileBytes) throw new AppError('validation', overLimit.fileBytes(picked.name, size, limits));
  try {
    return await readFile(picked.path);
  } catch {
    throw unreadable();
  }
}
