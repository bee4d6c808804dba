/**
 * Recommendations answer one or more findings of one review (or activity) and are addressed to the
 * partnership or named agencies. A recommendation whose finding was removed stays, saying so.
 */
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines';
import { AppError } from '../../../shared/errors';
import type { AnsweredFinding, PlanSource, Recommendation } from '../../../shared/findings/model';
import type { RecommendationAdd, RecommendationEdit } from '../../../shared/findings/schemas';
import { audit, fromJson, patchColumns, read, timestamp, toJson, updateColumns, write, type Db, type Kernel } from '../kernel';
import { localToday } from '../terms';
import { findingNumbers, findingRows, getFinding, nextPosition } from './finding-repository';
import { bySource, requireSource, sameSource, sourceColumns, sourceLabel, sourceOf } from './sources';

export const findingRemoved = 'Finding removed';

interface StoredRecommendation {
  id: string;
  review_id: string | null;
  activity_id: string | null;
  text: string;
  addressed_to: string;
  made_on: string;
  position: number;
  created_at: string;
  updated_at: string;
  actions: number;
}

const selectRecommendations = 'SELECT r.*, (SELECT count(*) FROM actions a WHERE a.recommendation_id = r.id) AS actions FROM recommendations r';

export function listRecommendations(kernel: Kernel, source: PlanSource): Recommendation[] {
  return read(kernel, (db) => shownRecommendations(db, requireSource(db, source).source));
}

function shownRecommendations(db: Db, source: PlanSource, only?: string): Recommendation[] {
  const rows = db.prepare<[ReturnType<typeof sourceColumns>], StoredRecommendation>(`${selectRecommendations} WHERE ${bySource('r')} ORDER BY r.position, r.rowid`).all(sourceColumns(source));
  const label = sourceLabel(db, source);
  const numbers = findingNumbers(db, source);
  const statements = new Map(findingRows(db, source).map((row) => [row.id, row.statement]));
  const answered = db.prepare<[string], { finding_id: string | null }>('SELECT finding_id FROM recommendation_findings WHERE recommendation_id = ? ORDER BY position, rowid');
  return rows.flatMap((row, index) => {
    if (only !== undefined && row.id !== only) return [];
    const findings: AnsweredFinding[] = answered
      .all(row.id)
      .map(({ finding_id }) => (finding_id ? { findingId: finding_id, number: numbers.get(finding_id) ?? null, statement: statements.get(finding_id) ?? null } : { findingId: null, number: null, statement: findingRemoved }));
    return [
      {
        id: row.id,
        source: sourceOf(row),
        sourceLabel: label,
        number: index + 1,
        text: row.text,
        addressedTo: fromJson<string>(row.addressed_to),
        madeOn: row.made_on,
        findings,
        actions: row.actions,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      },
    ];
  });
}

function shownRecommendation(db: Db, id: string): Recommendation {
  return shownRecommendations(db, sourceOf(requireRecommendation(db, id)), id)[0]!;
}

function requireRecommendation(db: Db, id: string): StoredRecommendation {
  const row = db.prepare<[string], StoredRecommendation>(`${selectRecommendations} WHERE r.id = ?`).get(id);
  if (!row) throw new AppError('not-found', 'That recommendation is not in this workspace any more: it may have been removed. Look at the recommendations again.');
  return row;
}

/** The findings' one source: every finding must exist and come from the same review or activity. */
function sourceOfFindings(db: Db, findingIds: readonly string[]): PlanSource {
  let source: PlanSource | null = null;
  for (const id of findingIds) {
    const finding = getFinding(db, id);
    if (!finding) throw new AppError('not-found', `Finding ${id} is not in this workspace: it may have been removed. Look at the findings again.`);
    const own = sourceOf(finding);
    if (source && !sameSource(source, own)) {
      throw new AppError('validation', `A recommendation answers findings of one review or activity: “${sourceLabel(db, own)}” is not “${sourceLabel(db, source)}”. Make a recommendation for each.`);
    }
    source = own;
  }
  return source!;
}

function writeFindings(db: Db, kernel: Kernel, recommendationId: string, findingIds: readonly string[]): void {
  // The new set replaces the old, "finding removed" lines too: the user has just chosen what it answers.
  db.prepare('DELETE FROM recommendation_findings WHERE recommendation_id = ?').run(recommendationId);
  const insert = db.prepare('INSERT INTO recommendation_findings (id, recommendation_id, finding_id, position) VALUES (?, ?, ?, ?)');
  [...new Set(findingIds)].forEach((findingId, position) => insert.run(kernel.newId(), recommendationId, findingId, position));
}

export function addRecommendation(kernel: Kernel, input: RecommendationAdd): Recommendation {
  return write(kernel, (db) => {
    const source = sourceOfFindings(db, input.findingIds);
    const now = timestamp(kernel);
    const id = kernel.newId();
    db.prepare(
      'INSERT INTO recommendations (id, review_id, activity_id, text, addressed_to, made_on, position, created_at, updated_at) VALUES (@id, @review_id, @activity_id, @text, @addressed_to, @made_on, @position, @now, @now)',
    ).run({ id, ...sourceColumns(source), text: input.text, addressed_to: toJson(input.to), made_on: input.madeOn ?? localToday(kernel.now()), position: nextPosition(db, 'recommendations', source), now });
    writeFindings(db, kernel, id, input.findingIds);
    audit(kernel, 'recommendation.added', 'recommendation', id);
    return shownRecommendation(db, id);
  });
}

export function editRecommendation(kernel: Kernel, patch: RecommendationEdit): Recommendation {
  return write(kernel, (db) => {
    const current = requireRecommendation(db, patch.id);
    if (patch.findingIds) {
      const source = sourceOfFindings(db, patch.findingIds);
      if (!sameSource(source, sourceOf(current))) throw new AppError('validation', `A recommendation answers findings of its own review or activity, “${sourceLabel(db, sourceOf(current))}”. Choose findings from there.`);
    }
    if (patch.madeOn) assertBeforeActions(db, patch.id, patch.madeOn);
    const values = patchColumns(patch, {
      text: (value) => ['text', value],
      to: (value) => ['addressed_to', toJson(value)],
      madeOn: (value) => ['made_on', value],
    });
    const changed = Object.keys(values).length > 0 || patch.findingIds !== undefined;
    if (Object.keys(values).length > 0) updateColumns(db, 'recommendations', patch.id, values, timestamp(kernel));
    if (patch.findingIds) writeFindings(db, kernel, patch.id, patch.findingIds);
    if (changed) audit(kernel, 'recommendation.edited', 'recommendation', patch.id);
    return shownRecommendation(db, patch.id);
  });
}

/** An action cannot be due before its recommendation was made. */
function assertBeforeActions(db: Db, id: string, madeOn: string): void {
  const earliest = db.prepare<[string, string], { due_on: string; text: string }>('SELECT due_on, text FROM actions WHERE recommendation_id = ? AND due_on < ? ORDER BY due_on LIMIT 1').get(id, madeOn);
  if (earliest) {
    const due = formatLocalDate(parseLocalDate(earliest.due_on));
    throw new AppError('validation', `An action of this recommendation (“${earliest.text}”) has the target date ${due}, before ${formatLocalDate(parseLocalDate(madeOn))}. Give a date on or before ${due}, or change the action’s target date first.`);
  }
}

/** Refused while it has actions. */
export function removeRecommendation(kernel: Kernel, id: string): null {
  return write(kernel, (db) => {
    const { actions } = requireRecommendation(db, id);
    if (actions > 0) {
      throw new AppError('validation', `This recommendation has ${actions === 1 ? 'an action' : `${actions} actions`} in the action plan, so it cannot be removed. Remove ${actions === 1 ? 'the action' : 'its actions'} first, or keep the recommendation.`);
    }
    db.prepare('DELETE FROM recommendations WHERE id = ?').run(id);
    audit(kernel, 'recommendation.removed', 'recommendation', id);
    return null;
  });
}
