/**
 * The partnership's finding categories (it starts with six): in order, each name once whatever its
 * case. Removing one keeps its findings, uncategorised.
 */
import { AppError } from '../../../shared/errors';
import type { FindingCategory } from '../../../shared/findings/model';
import { audit, read, timestamp, write, type Db, type Kernel } from '../kernel';

interface CategoryRow {
  id: string;
  name: string;
  position: number;
  findings: number;
}

const selectCategories = 'SELECT c.id, c.name, c.position, (SELECT count(*) FROM findings f WHERE f.category_id = c.id) AS findings FROM finding_categories c';

export function categories(db: Db): FindingCategory[] {
  return db.prepare<[], CategoryRow>(`${selectCategories} ORDER BY c.position, c.rowid`).all();
}

export function listCategories(kernel: Kernel): FindingCategory[] {
  return read(kernel, categories);
}

export function requireCategory(db: Db, id: string): FindingCategory {
  const found = db.prepare<[string], CategoryRow>(`${selectCategories} WHERE c.id = ?`).get(id);
  if (!found) throw new AppError('not-found', 'That category is not in the list any more: it may have been removed. Look at the categories again.');
  return found;
}

function assertNameFree(db: Db, name: string, self: string | null): void {
  const clash = db.prepare<[string, string], { name: string }>('SELECT name FROM finding_categories WHERE name = ? COLLATE NOCASE AND id <> ?').get(name.trim(), self ?? '');
  if (clash) throw new AppError('validation', `There is already a category called “${clash.name}”. Choose another name.`);
}

export function addCategory(kernel: Kernel, name: string): FindingCategory {
  return write(kernel, (db) => {
    assertNameFree(db, name, null);
    const id = kernel.newId();
    const position = db.prepare<[], { next: number }>('SELECT ifnull(max(position) + 1, 0) AS next FROM finding_categories').get()!.next;
    db.prepare('INSERT INTO finding_categories (id, name, position, created_at) VALUES (?, ?, ?, ?)').run(id, name.trim(), position, timestamp(kernel));
    audit(kernel, 'category.added', 'category', id);
    return requireCategory(db, id);
  });
}

export function renameCategory(kernel: Kernel, id: string, name: string): FindingCategory {
  return write(kernel, (db) => {
    const current = requireCategory(db, id);
    if (current.name === name.trim()) return current;
    assertNameFree(db, name, id);
    db.prepare('UPDATE finding_categories SET name = ? WHERE id = ?').run(name.trim(), id);
    audit(kernel, 'category.renamed', 'category', id);
    return requireCategory(db, id);
  });
}

/** The findings that had it keep their text and become uncategorised (the column's ON DELETE SET NULL). */
export function removeCategory(kernel: Kernel, id: string): { uncategorised: number } {
  return write(kernel, (db) => {
    const { findings } = requireCategory(db, id);
    db.prepare('DELETE FROM finding_categories WHERE id = ?').run(id);
    audit(kernel, 'category.removed', 'category', id);
    return { uncategorised: findings };
  });
}
