/**
 * Question sets: the built-in ones from resources/question-sets/ (read-only) and the
 * partnership's own, kept in the workspace. A partnership changes a built-in set by saving a copy
 * under its own id; the built-in stays as shipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { QuestionSetEntry } from '../../../shared/interviews/channels';
import { questionSetSchema, type QuestionSet } from '../../../shared/interviews/question-sets';
import { resourcesDir } from '../resources';
import { audit, read, timestamp, write, type Db, type Kernel } from '../kernel';

let builtIns: QuestionSet[] | null = null;

/** The sets shipped with the app, checked as any partnership's set is. */
export function builtInSets(): QuestionSet[] {
  if (builtIns) return builtIns;
  const folder = path.join(resourcesDir, 'question-sets');
  builtIns = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => questionSetSchema.parse(JSON.parse(readFileSync(path.join(folder, name), 'utf8'))));
  return builtIns;
}

function ownSets(db: Db): QuestionSet[] {
  return db
    .prepare<[], { body: string }>('SELECT body FROM question_sets ORDER BY created_at, id')
    .all()
    .map((row) => questionSetSchema.parse(JSON.parse(row.body)));
}

export function questionSets(kernel: Kernel): QuestionSetEntry[] {
  return read(kernel, (db) => [...builtInSets().map((set) => ({ set, builtIn: true })), ...ownSets(db).map((set) => ({ set, builtIn: false }))]);
}

export function findQuestionSet(db: Db, id: string): QuestionSet | null {
  const own = db.prepare<[string], { body: string }>('SELECT body FROM question_sets WHERE id = ?').get(id);
  if (own) return questionSetSchema.parse(JSON.parse(own.body));
  return builtInSets().find((set) => set.id === id) ?? null;
}

export function saveQuestionSet(kernel: Kernel, set: QuestionSet): QuestionSetEntry {
  if (builtInSets().some((builtIn) => builtIn.id === set.id)) {
    throw new AppError('validation', `“${set.title}” would replace a question set that comes with the app. Give your copy its own short name (for example ${set.id}-local).`);
  }
  return write(kernel, (db) => {
    const at = timestamp(kernel);
    db.prepare('INSERT INTO question_sets (id, body, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at').run(
      set.id,
      JSON.stringify(set),
      at,
      at,
    );
    audit(kernel, 'question-set.saved', 'question-set', set.id);
    return { set, builtIn: false };
  });
}

export function removeQuestionSet(kernel: Kernel, id: string): null {
  return write(kernel, (db) => {
    if (builtInSets().some((set) => set.id === id)) throw new AppError('validation', 'A question set that comes with the app cannot be removed.');
    if (db.prepare('DELETE FROM question_sets WHERE id = ?').run(id).changes === 0) {
      throw new AppError('not-found', 'That question set is not in this workspace any more. Look at the list again.');
    }
    // Conversations keep their notes; they only lose the guide shown beside them.
    audit(kernel, 'question-set.removed', 'question-set', id);
    return null;
  });
}
