/**
 * Opens workspace.db: SQLite3MultipleCiphers page encryption (AEGIS-256 or ChaCha20-Poly1305, as
 * keys.json records) under the workspace's raw 256-bit data key (no SQLite-side key derivation:
 * keys/ already did the slow part), then WAL, foreign keys, secure_delete and the cache/page
 * settings measured in bench/workloads/workspace-db.ts.
 *
 * Order matters, because some steps write to the file:
 *   1. key the connection (cipher pragma, then the key) — nothing is read or written yet;
 *   2. first read (user_version): a wrong/damaged file fails here, as `corrupt`;
 *   3. refuse a schema newer than this app — before any pragma that writes (journal_mode=WAL
 *      rewrites the header; closing a read-write connection checkpoints the WAL into the file);
 *   4. page_size (new databases only: it must precede the first write), then the pragmas.
 */
import { rmSync, statSync, type Stats } from 'node:fs';
import { AppError } from '../../../../shared/errors';
import { createLogger } from '../../log';
import { openDatabase, type Db } from '../../sqlite';
import { latestSchemaVersion } from '../migrations/list';
import { corruptDatabaseError, isCorruptionError, missingDatabaseError, newerVersionError, sqliteCode } from './errors';
import { isPlaintextSqlite, sqliteFiles } from './files';

const log = createLogger('workspace.db');

export const dataKeyBytes = 32;

/**
 * The page ciphers this layer can open, all SQLite3MultipleCiphers authenticated modes keyed raw
 * with 32 bytes. Which one a workspace uses is recorded in its keys.json (the cipher chosen at
 * creation, see cipher-choice.ts, or the one a re-encryption moved it to), so the default for new
 * workspaces can change without stranding existing ones.
 */
export const workspaceCiphers = ['chacha20', 'sqlcipher', 'aegis'] as const;
export type WorkspaceCipher = (typeof workspaceCiphers)[number];

/**
 * New workspaces: AEGIS-256 where the CPU has AES instructions (cipher-choice.ts decides per
 * computer, and falls back to ChaCha20-Poly1305 without them). Measured
 * (bench/workloads/workspace-db.ts) AEGIS-256 costs 1.1–1.3× plain SQLite where ChaCha20 costs
 * 2–4×; like ChaCha20 it authenticates every page. SQLCipher's AES-256-CBC + HMAC-SHA512 is
 * never chosen: it measured no faster than ChaCha20 and reserves 80 bytes a page. This is also what
 * openWorkspaceDb assumes when a caller names no cipher.
 */
export const workspaceCipher: WorkspaceCipher = 'aegis';

/**
 * 16 KiB pages, fixed when a workspace is created. Attachments live in the database as BLOBs:
 * writing 40 × 2 MB encrypted took 0.9 s with 16 KiB pages against 1.1–1.3 s with 4 KiB (reads
 * equal), the bench's 100k-row import is a few per cent faster, and the cipher's per-page nonce+MAC
 * drops to 0.2% of the file. The price is a one-row edit writing more bytes (~0.6 ms instead of
 * ~0.45 ms a commit here): invisible at the pace people edit. It does NOT narrow the gap to plain
 * SQLite, which gains more from bigger pages than encrypted SQLite does.
 */
export const workspacePageSize = 16384;

/** 64 MiB of decrypted pages per connection: a bulk import does not spill (and re-encrypt) mid-transaction, and re-reads skip decryption. */
export const workspaceCacheKiB = 65536;

/** After a checkpoint the WAL is truncated back to this size rather than kept at its high-water mark. */
const journalSizeLimitBytes = 16 * 1024 * 1024;

export interface OpenWorkspaceDbOptions {
  /** The better-sqlite3-multiple-ciphers build for this runtime (Electron's or Node's), from the host. */
  nativeBinding?: string;
  /** Create a new, empty encrypted database; refuses if a non-empty file is already there. */
  create?: boolean;
  /** For checks and verification: nothing is written, no pragmas that write are applied. */
  readonly?: boolean;
  /** The cipher recorded for this workspace (keys.json); defaults to workspaceCipher. */
  cipher?: string;
}

/**
 * Opens (or creates) an encrypted workspace database with the raw data key. The caller runs
 * migrate() afterwards on read-write connections. Throws AppError `corrupt` (unreadable with this
 * key: damaged, truncated or replaced), `not-found` (no file), `newer-version` (left untouched).
 */
export function openWorkspaceDb(file: string, dataKey: Buffer, options: OpenWorkspaceDbOptions = {}): Db {
  if (!Buffer.isBuffer(dataKey) || dataKey.length !== dataKeyBytes) throw new TypeError(`the data key must be a ${dataKeyBytes}-byte Buffer`);
  const create = options.create ?? false;
  const readonly = options.readonly ?? false;
  if (create && readonly) throw new TypeError('a database cannot be created read-only');
  const cipher = options.cipher ?? workspaceCipher;
  // keys.json is MAC-checked, so a cipher we do not know was chosen by a newer app.
  if (!isWorkspaceCipher(cipher)) throw newerVersionError();

  const existing = statOrUndefined(file);
  if (create && existing && existing.size > 0) {
    throw new AppError('validation', 'This folder already holds a workspace database. Open that workspace instead of creating a new one here.');
  }
  if (!create && !existing) throw missingDatabaseError();
  if (!create && existing!.size === 0) throw corruptDatabaseError('is empty');

  // Closing a read-write connection checkpoints a non-empty WAL into the main file. A workspace from
  // a newer app must not be changed even that way, so when there is a WAL, look first, read-only.
  if (!create && !readonly && (statOrUndefined(file + '-wal')?.size ?? 0) > 0) {
    const probe = openKeyed(file, dataKey, { nativeBinding: options.nativeBinding, readonly: true, cipher });
    probe.close();
  }

  let db: Db;
  try {
    db = openKeyed(file, dataKey, { nativeBinding: options.nativeBinding, readonly, cipher });
  } catch (error) {
    if (create) removeHalfCreated(file);
    throw error;
  }
  try {
    if (create) db.pragma(`page_size = ${workspacePageSize}`);
    applyWorkspaceSettings(db, readonly);
    if (create) assertEncryptedOnDisk(file);
    return db;
  } catch (error) {
    db.close();
    if (create) removeHalfCreated(file);
    throw toOpenError(error);
  }
}

/** A create that failed leaves nothing behind (the file held no data yet). */
function removeHalfCreated(file: string): void {
  for (const candidate of sqliteFiles(file)) rmSync(candidate, { force: true });
}

/** Opens, keys, makes the first read and refuses a newer schema. Writes nothing. */
function openKeyed(file: string, dataKey: Buffer, options: { nativeBinding?: string; readonly: boolean; cipher: WorkspaceCipher }): Db {
  const db = openDatabase(file, { nativeBinding: options.nativeBinding, readonly: options.readonly });
  try {
    keyConnection(db, dataKey, options.cipher);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestSchemaVersion) {
      log.warn('refused a workspace from a newer app', { version, latest: latestSchemaVersion });
      throw newerVersionError();
    }
    return db;
  } catch (error) {
    db.close();
    throw toOpenError(error);
  }
}

/**
 * Keys a fresh connection with the raw data key. SQLite3MC's `raw:` prefix followed by exactly 32
 * binary bytes bypasses its KDF (PBKDF2, or Argon2id for AEGIS): the key is used as-is, and no hex
 * copy of it is ever made as a JS string. The one temporary buffer is zeroed straight away.
 */
export function keyConnection(db: Db, dataKey: Buffer, cipher: WorkspaceCipher = workspaceCipher): void {
  selectCipher(db, cipher);
  withRawKey(dataKey, (material) => db.key(material));
}

/**
 * Re-encrypts every page of the connection's database with `cipher`, under the same data key.
 * Refuses a database in WAL mode: SQLite3MC's rekey corrupts those (upstream, known). The rekey
 * module only ever runs it on a fresh copy that is not in WAL mode, never on workspace.db.
 */
export function rekeyConnection(db: Db, dataKey: Buffer, cipher: WorkspaceCipher): void {
  if (db.pragma('journal_mode', { simple: true }) === 'wal') throw new Error('rekeyConnection refuses WAL mode: rekeying in WAL mode corrupts the database');
  selectCipher(db, cipher);
  withRawKey(dataKey, (material) => db.rekey(material));
}

function selectCipher(db: Db, cipher: WorkspaceCipher): void {
  db.pragma(`cipher = '${cipher}'`);
  // Pinned so a change of SQLite3MC's defaults cannot change the on-disk format under us.
  if (cipher === 'aegis') db.pragma("algorithm = 'aegis-256'");
  if (cipher === 'chacha20' || cipher === 'sqlcipher') db.pragma('legacy = 0');
}

function withRawKey(dataKey: Buffer, use: (material: Buffer) => void): void {
  const material = Buffer.alloc(rawKeyPrefix.length + dataKey.length);
  try {
    rawKeyPrefix.copy(material, 0);
    dataKey.copy(material, rawKeyPrefix.length);
    use(material);
  } finally {
    material.fill(0);
  }
}

export function isWorkspaceCipher(value: string): value is WorkspaceCipher {
  return (workspaceCiphers as readonly string[]).includes(value);
}

const rawKeyPrefix = Buffer.from('raw:', 'latin1');

/** The connection settings every workspace gets (exported for the bench's plain-SQLite comparison). */
export function applyWorkspaceSettings(db: Db, readonly: boolean): void {
  if (!readonly) {
    const mode = db.pragma('journal_mode = WAL', { simple: true }) as string;
    // WAL needs shared memory; some network filesystems refuse it. Rollback journaling is still crash-safe.
    if (mode !== 'wal') log.warn('WAL is not available here; using a rollback journal', { mode });
    db.pragma(`journal_size_limit = ${journalSizeLimitBytes}`);
  }
  // FULL: each commit fsyncs the WAL, so a committed change survives power loss, not just a crash of the app.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  // Sorts and temporary tables stay in memory: SQLite's temp files would sit outside the workspace folder.
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${workspaceCacheKiB}`);
  db.pragma('trusted_schema = OFF');
}

/** Belt and braces for a new database: the bytes on disk must not be a plaintext SQLite file. */
function assertEncryptedOnDisk(file: string): void {
  if (isPlaintextSqlite(file)) {
    log.error('a new workspace database was written without encryption');
    throw new AppError('internal', 'The workspace could not be encrypted, so it was not created. Nothing was saved.');
  }
}

function toOpenError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (isCorruptionError(error)) {
    log.warn('workspace database could not be read with the data key', { code: sqliteCode(error) ?? 'unknown' });
    return corruptDatabaseError();
  }
  return error;
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
