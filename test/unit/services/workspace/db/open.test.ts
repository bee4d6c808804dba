import { copyFileSync, existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { openWorkspaceDb, workspaceCacheKiB, workspaceCipher, workspaceCiphers, workspacePageSize, type WorkspaceCipher } from '../../../../../electron/services/workspace/db/open';
import { checkDatabase } from '../../../../../electron/services/workspace/db/check';
import { toWorkspaceDbError } from '../../../../../electron/services/workspace/db/errors';
import { migrate } from '../../../../../electron/services/workspace/migrations';
import { bytesContain, context, markers, median, newKey, rawConnection, readIfExists, tempDir } from './helpers';

function createWorkspaceDb(key = newKey(), cipher: WorkspaceCipher = workspaceCipher) {
  const file = path.join(tempDir(), 'workspace.db');
  const db = openWorkspaceDb(file, key, { create: true, cipher });
  migrate(db, context());
  return { file, key, db };
}

function fillWithMarkers(db: ReturnType<typeof openWorkspaceDb>, rows = 200) {
  db.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO people (name, note) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(markers[i % markers.length]!, `${markers[(i + 1) % markers.length]} ${'.'.repeat(i % 300)}`);
  })();
}

function expectAppError(run: () => unknown, code: string): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected AppError ${code}, but nothing was thrown`);
}

describe.each(workspaceCiphers)('openWorkspaceDb: encryption with %s', (cipher) => {
  it('writes no plaintext: the markers are absent from workspace.db, -wal and -shm, while open and after close', () => {
    const { file, db } = createWorkspaceDb(newKey(), cipher);
    fillWithMarkers(db);
    // Open: the rows are (at least partly) in the WAL.
    expect(readIfExists(file + '-wal').length).toBeGreaterThan(0);
    for (const suffix of ['', '-wal', '-shm']) expect(bytesContain(readIfExists(file + suffix), markers), suffix || 'db').toEqual([]);
    db.close();
    for (const suffix of ['', '-wal', '-shm']) expect(bytesContain(readIfExists(file + suffix), markers), suffix || 'db').toEqual([]);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('uses the 32-byte key raw: no SQLite-side key derivation, and the SQLCipher raw-key syntax opens the same file', () => {
    const { file, key, db } = createWorkspaceDb(newKey(), cipher);
    fillWithMarkers(db, 10);
    db.close();

    const samples: number[] = [];
    for (let i = 0; i < 9; i++) {
      const start = process.hrtime.bigint();
      const again = openWorkspaceDb(file, key, { cipher });
      again.prepare('SELECT count(*) FROM people').get();
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      again.close();
    }
    // SQLite3MC's KDFs (PBKDF2, Argon2id) cost ~25–120 ms per open; a raw key costs well under a millisecond here.
    expect(median(samples)).toBeLessThan(15);

    // If either path ran a KDF over its input string, two different spellings of the same key
    // could not both open the file: here the test (and only the test) spells it in hex.
    const viaHex = rawConnection(file, null);
    viaHex.pragma(`cipher = '${cipher}'`);
    if (cipher === 'aegis') viaHex.pragma("algorithm = 'aegis-256'");
    viaHex.pragma(`key = "x'${key.toString('hex')}'"`);
    expect(viaHex.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 10 });
    viaHex.close();
  });

  it('cannot be read without the key, with another key, or as another cipher', () => {
    const { file, key, db } = createWorkspaceDb(newKey(), cipher);
    fillWithMarkers(db, 5);
    db.close();
    const unkeyed = rawConnection(file, null);
    expect(() => unkeyed.prepare('SELECT * FROM people').all()).toThrow(/not a database/);
    unkeyed.close();
    const otherKey = rawConnection(file, newKey());
    expect(() => otherKey.prepare('SELECT * FROM people').all()).toThrow(/not a database/);
    otherKey.close();
    const otherCipher = workspaceCiphers.find((candidate) => candidate !== cipher)!;
    expect(() => openWorkspaceDb(file, key, { cipher: otherCipher })).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });
});

describe('openWorkspaceDb: settings', () => {
  it('applies the workspace pragmas', () => {
    const { db } = createWorkspaceDb();
    const value = (name: string) => db.pragma(name, { simple: true });
    expect(value('cipher')).toBe(workspaceCipher);
    expect(value('journal_mode')).toBe('wal');
    expect(value('foreign_keys')).toBe(1);
    expect(value('secure_delete')).toBe(1);
    expect(value('synchronous')).toBe(2); // FULL
    expect(value('temp_store')).toBe(2); // MEMORY
    expect(value('trusted_schema')).toBe(0);
    expect(value('page_size')).toBe(workspacePageSize);
    expect(value('cache_size')).toBe(-workspaceCacheKiB);
    db.close();
  });

  it('refuses a cipher it does not know as the work of a newer app', () => {
    const { file, key, db } = createWorkspaceDb();
    db.close();
    expect(() => openWorkspaceDb(file, key, { cipher: 'quantum-9000' })).toThrow(expect.objectContaining({ code: 'newer-version' }));
  });
});

describe('openWorkspaceDb: damaged, missing and mistaken files', () => {
  it('a key that does not open the file means the file is damaged: corrupt, naming workspace.db and the backups, and the file is untouched', () => {
    const { file, db } = createWorkspaceDb();
    db.close();
    const before = readFileSync(file);
    const error = expectAppError(() => openWorkspaceDb(file, newKey()), 'corrupt');
    expect(error.message).toMatch(/workspace\.db/);
    expect(error.message).toMatch(/backup/i);
    expect(error.message).not.toMatch(/delete|start again|start over/i);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(file + '-wal')).toBe(false);
  });

  it('a truncated workspace.db is reported as corrupt on open, and left as it was', () => {
    const { file, key, db } = createWorkspaceDb();
    fillWithMarkers(db, 3000);
    db.close();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = readFileSync(file);
    const error = expectAppError(() => openWorkspaceDb(file, key), 'corrupt');
    expect(error.message).toMatch(/workspace\.db.*damaged or incomplete/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a damaged page fails its MAC when read; checkDatabase finds it without opening every table by hand', () => {
    const { file, key, db } = createWorkspaceDb();
    fillWithMarkers(db, 3000);
    db.close();
    const bytes = readFileSync(file);
    // A page of the people table: its rows were written last, so they fill the end of the file.
    const page = bytes.length / workspacePageSize - 2;
    bytes[page * workspacePageSize + 200] = bytes[page * workspacePageSize + 200]! ^ 0xff;
    writeFileSync(file, bytes);

    const opened = openWorkspaceDb(file, key); // page 1 is intact, so opening works…
    let failure: unknown;
    try {
      opened.prepare('SELECT count(*), sum(length(note)) FROM people').get();
    } catch (error) {
      failure = error;
    }
    expect(toWorkspaceDbError(failure)).toMatchObject({ code: 'corrupt' }); // …and the damaged page is caught
    expect(checkDatabase(opened, 'quick')).toMatchObject({ ok: false });
    opened.close();
  });

  it('a missing workspace.db is not-found (with the way back through a backup), and an empty one is corrupt', () => {
    const dir = tempDir();
    const missing = expectAppError(() => openWorkspaceDb(path.join(dir, 'workspace.db'), newKey()), 'not-found');
    expect(missing.message).toMatch(/backup/);
    expect(existsSync(path.join(dir, 'workspace.db'))).toBe(false);
    writeFileSync(path.join(dir, 'workspace.db'), '');
    expectAppError(() => openWorkspaceDb(path.join(dir, 'workspace.db'), newKey()), 'corrupt');
  });

  it('will not create over an existing workspace database', () => {
    const { file, key, db } = createWorkspaceDb();
    db.close();
    const before = readFileSync(file);
    expectAppError(() => openWorkspaceDb(file, key, { create: true }), 'validation');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('rejects a key that is not 32 bytes', () => {
    const file = path.join(tempDir(), 'workspace.db');
    expect(() => openWorkspaceDb(file, Buffer.alloc(16), { create: true })).toThrow(TypeError);
    expect(existsSync(file)).toBe(false);
  });
});

describe('openWorkspaceDb: a workspace from a newer version', () => {
  function newerWorkspace() {
    const { file, key, db } = createWorkspaceDb();
    db.pragma('user_version = 99');
    return { file, key, db };
  }

  it('is refused with the newer-version message, and workspace.db is byte-identical with no files left behind', () => {
    const { file, key, db } = newerWorkspace();
    db.close();
    const before = readFileSync(file);
    const error = expectAppError(() => openWorkspaceDb(file, key), 'newer-version');
    expect(error.message).toBe(
      'This workspace was made by a newer version of Practice Review Workspace. Update the app to open it; the workspace has not been changed.',
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(file + '-wal')).toBe(false);
    expect(existsSync(file + '-shm')).toBe(false);
  });

  it('is refused without checkpointing a WAL the newer app left behind (the main file and the WAL are unchanged)', () => {
    const { file, key, db } = newerWorkspace();
    fillWithMarkers(db, 50);
    // Copy the files while the writer is still open: a WAL full of uncheckpointed pages, as after a crash.
    const dir = tempDir();
    const copy = path.join(dir, 'workspace.db');
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(file + suffix, copy + suffix);
    db.close();
    const before = readFileSync(copy);
    const walBefore = readFileSync(copy + '-wal');
    expect(walBefore.length).toBeGreaterThan(0);

    expectAppError(() => openWorkspaceDb(copy, key), 'newer-version');
    expect(readFileSync(copy).equals(before)).toBe(true);
    expect(readFileSync(copy + '-wal').equals(walBefore)).toBe(true);
  });

  it('is refused by read-only opens too', () => {
    const { file, key, db } = newerWorkspace();
    db.close();
    expectAppError(() => openWorkspaceDb(file, key, { readonly: true }), 'newer-version');
  });
});

describe('openWorkspaceDb: read-only', () => {
  it('reads without writing anything to workspace.db', () => {
    const { file, key, db } = createWorkspaceDb();
    fillWithMarkers(db, 20);
    db.close();
    const before = readFileSync(file);
    const readonly = openWorkspaceDb(file, key, { readonly: true });
    expect(readonly.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 20 });
    expect(() => readonly.exec('DELETE FROM people')).toThrow(/readonly/);
    readonly.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
