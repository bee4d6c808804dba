/**
 * Starts (or adds to) a review's theme tree from a REFI-QDA codebook (.qdc) another program or
 * partnership made. A code whose name is already a theme at the same place is not added twice:
 * its sub-codes join the existing theme. A file that is not a codebook is refused with the
 * parser's line and column, and nothing is added.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { audit, requireReview, timestamp, write, type Db, type Kernel } from '../kernel';
import { readCodebook, type ImportedCode } from './refi';
import { insertTheme, nextThemePosition } from './theme-repository';
import { themePalette } from './themes';

export function importCodebook(kernel: Kernel, reviewId: string, xml: string): { added: number } {
  const codes = readCodebook(xml);
  return write(kernel, (db) => {
    requireReview(db, reviewId);
    const at = timestamp(kernel);
    let added = 0;
    const place = (code: ImportedCode, parentId: string | null) => {
      const name = code.name.trim().slice(0, 120);
      let id = existing(db, reviewId, parentId, name);
      if (!id) {
        const position = nextThemePosition(db, reviewId);
        id = kernel.newId();
        insertTheme(
          db,
          { id, reviewId, parentId, name, colour: code.colour?.toLowerCase() ?? themePalette[(position - 1) % themePalette.length]!, description: code.description?.slice(0, 2000) || null, memo: null, position },
          at,
        );
        added++;
      }
      for (const child of code.children) place(child, id);
    };
    for (const code of codes) place(code, null);
    if (added > 0) audit(kernel, 'theme.imported', 'review', reviewId);
    return { added };
  });
}

function existing(db: Db, reviewId: string, parentId: string | null, name: string): string | null {
  return (
    db.prepare<[string, string, string], { id: string }>("SELECT id FROM themes WHERE review_id = ? AND ifnull(parent_id, '') = ? AND name = ? COLLATE NOCASE").get(reviewId, parentId ?? '', name)?.id ?? null
  );
}

/** A codebook is a few kilobytes; anything this size is not one. */
const largestCodebook = 5 * 1024 * 1024;

/** Imports the .qdc file at `file` (chosen in the app's dialog, or named on the command line). */
export async function importCodebookFile(kernel: Kernel, reviewId: string, file: string): Promise<{ added: number }> {
  const size = await stat(file).then(
    (found) => found.size,
    () => {
      throw new AppError('not-found', `Could not read ${path.basename(file)}: check the path and that you may read it.`);
    },
  );
  if (size > largestCodebook) throw new AppError('validation', 'That file is too large to be a codebook (over 5 MB). Choose the .qdc file the other program saved.');
  return importCodebook(kernel, reviewId, await readFile(file, 'utf8'));
}
