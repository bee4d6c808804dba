/**
 * SQLite's table-rebuild recipe for the register of exports (CHECK constraints cannot be altered
 * in place): the table's own CREATE statement with the given parts replaced, its rows copied, and
 * its indexes and triggers (the immutability trigger) made again. Each replaced part must be
 * there as the previous migration left it, or the migration stops.
 */
import type { Migration } from './types';

type Db = Parameters<Migration['up']>[0];

export function rebuildExports(db: Db, replacements: ReadonlyArray<readonly [from: string, to: string]>, madeBy: string): void {
  const table = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'exports'").get();
  if (!table || replacements.some(([from]) => !table.sql.includes(from))) throw new Error(`the exports table is not as ${madeBy} made it`);
  const others = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_schema WHERE tbl_name = 'exports' AND type IN ('index', 'trigger') AND sql IS NOT NULL").all();
  let sql = table.sql.replace(/CREATE TABLE "?exports"?/, 'CREATE TABLE exports_new');
  for (const [from, to] of replacements) sql = sql.replace(from, to);
  db.exec(sql);
  db.exec('INSERT INTO exports_new SELECT * FROM exports; DROP TABLE exports; ALTER TABLE exports_new RENAME TO exports;');
  for (const { sql: statement } of others) db.exec(statement);
}
