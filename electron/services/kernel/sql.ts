/**
 * Small helpers the reviews repositories share: field-level UPDATEs built from a fixed list of
 * columns, and JSON list columns.
 */
import type { Db } from '../sqlite';

export type SqlValue = string | number | null;

type PatchableTable = 'reviews' | 'review_people' | 'escalations' | 'agency_requests' | 'conversations' | 'themes' | 'excerpts' | 'activities' | 'findings' | 'recommendations' | 'actions' | 'briefing_deliveries';

/**
 * Writes only the columns in `values` (plus updated_at) of one row: two edits that name different
 * fields never overwrite each other. Column names come from the repositories' own maps, never
 * from input; the pattern check makes sure of it.
 */
export function updateColumns(db: Db, table: PatchableTable, id: string, values: Record<string, SqlValue>, updatedAt: string): boolean {
  const columns = Object.keys(values);
  for (const column of columns) if (!/^[a-z_]+$/.test(column)) throw new Error('invalid column name');
  const assignments = [...columns.map((column) => `${column} = @${column}`), 'updated_at = @updated_at'].join(', ');
  const result = db.prepare(`UPDATE ${table} SET ${assignments} WHERE id = @id`).run({ ...values, updated_at: updatedAt, id });
  return result.changes === 1;
}

/** Maps the fields present in a patch to their columns; absent fields are left out entirely. */
export function patchColumns<Patch extends object>(patch: Patch, columns: { [K in keyof Patch]?: (value: Exclude<Patch[K], undefined>) => [string, SqlValue] }): Record<string, SqlValue> {
  const values: Record<string, SqlValue> = {};
  for (const key of Object.keys(columns) as Array<keyof Patch>) {
    const value = patch[key];
    const toColumn = columns[key];
    if (value === undefined || !toColumn) continue;
    const [column, stored] = toColumn(value as Exclude<Patch[typeof key], undefined>);
    values[column] = stored;
  }
  return values;
}

export function toJson(list: readonly unknown[]): string {
  return JSON.stringify(list);
}

/** Lists are written only by these repositories, as JSON arrays (the table checks that too). */
export function fromJson<T>(text: string): T[] {
  return JSON.parse(text) as T[];
}
