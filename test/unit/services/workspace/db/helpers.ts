/** Shared by the database-layer tests: temp workspaces, keys, clocks and byte scans. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/services/sqlite';
import { keyConnection, type WorkspaceCipher } from '../../../../../electron/services/workspace/db/open';
import type { MigrationContext } from '../../../../../electron/services/workspace/migrations';

const made: string[] = [];

/** A fresh folder, removed after the test. */
export function tempDir(prefix = 'prw-db-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function newKey(): Buffer {
  return randomBytes(32);
}

export function fixedClock(iso = '2026-11-26T16:30:00.000Z'): () => Date {
  return () => new Date(iso);
}

/** A clock that moves on by `stepMs` each time it is read. */
export function steppingClock(startIso = '2026-11-26T16:30:00.000Z', stepMs = 1000): () => Date {
  let next = new Date(startIso).getTime();
  return () => {
    const now = new Date(next);
    next += stepMs;
    return now;
  };
}

export function context(overrides: Partial<MigrationContext> = {}): MigrationContext {
  return { appVersion: '9.9.9-test', now: fixedClock(), newId: () => 'ws-00000000-test', ...overrides };
}

/**
 * A connection that bypasses the workspace layer (no pragmas, no checks), keyed the same way —
 * for tampering with and inspecting files the way something outside the app could.
 */
export function rawConnection(file: string, key: Buffer | null, cipher?: WorkspaceCipher): Db {
  const db = openDatabase(file);
  if (key) keyConnection(db, key, cipher);
  return db;
}

/** Fictional names (nobody real) that must never appear in a workspace file's bytes. */
export const markers = ['Hartwell-Zebedee-Quennell', 'Ottoline Marchbanks-Fairweather', 'MARKER-7f3a9c-CHILD-NAME'];

export function readIfExists(file: string): Buffer {
  return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
}

/** Every marker found in any file under dir (recursively), as "file: marker". */
export function plaintextFindings(dir: string, needles: readonly string[] = markers): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else found.push(...bytesContain(readFileSync(file), needles).map((needle) => `${path.relative(dir, file)}: ${needle}`));
    }
  };
  walk(dir);
  return found;
}

/** Checks UTF-8 and UTF-16LE (SQLite may store either), and a lower-cased copy. */
export function bytesContain(bytes: Buffer, needles: readonly string[]): string[] {
  return needles.filter((needle) =>
    [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le'), Buffer.from(needle.toLowerCase(), 'utf8')].some((form) => bytes.includes(form)),
  );
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
