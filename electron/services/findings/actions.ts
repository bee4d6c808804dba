/**
 * Actions on a recommendation: added (by an agency, with a target date no earlier than the
 * recommendation), edited field by field with what changed kept for the history, and removed
 * only while nothing has been recorded against them.
 */
import { shortDay } from '../../../shared/chronology/date-words';
import { AppError } from '../../../shared/errors';
import type { Action, ActionDetail } from '../../../shared/findings/model';
import type { ActionAdd, ActionEdit } from '../../../shared/findings/schemas';
import { audit, patchColumns, read, timestamp, updateColumns, write, type Db, type Kernel } from '../kernel';
import { localToday } from '../terms';
import { actionDetail } from './action-detail';
import { shownAction, sourceLabels, sourceKey, storedAction, storedActions, type StoredAction } from './action-rows';

export function requireAction(db: Db, id: string): StoredAction {
  const action = storedAction(db, id);
  if (!action) throw new AppError('not-found', 'That action is not in this workspace any more. Look at the action plan again.');
  return action;
}

function requireRecommendation(db: Db, id: string): { made_on: string } {
  const recommendation = db.prepare<[string], { made_on: string }>('SELECT made_on FROM recommendations WHERE id = ?').get(id);
  if (!recommendation) throw new AppError('not-found', 'That recommendation is not in this workspace any more. Look at the recommendations again.');
  return recommendation;
}

function assertDueAfterMade(due: string, madeOn: string): void {
  if (due < madeOn) {
    throw new AppError('validation', `The target date (${shortDay(due)}) is before the recommendation was made (${shortDay(madeOn)}). Choose a target date on or after ${shortDay(madeOn)}.`);
  }
}

export function listActions(kernel: Kernel, recommendationId: string): Action[] {
  return read(kernel, (db) => {
    requireRecommendation(db, recommendationId);
    const labels = sourceLabels(db);
    const today = localToday(kernel.now());
    return storedActions(db, recommendationId).map((row) => shownAction(row, labels.get(sourceKey(row)) ?? '', today));
  });
}

export function getAction(kernel: Kernel, id: string): ActionDetail {
  return read(kernel, (db) => actionDetail(db, requireAction(db, id), localToday(kernel.now())));
}

export function addAction(kernel: Kernel, input: ActionAdd): ActionDetail {
  return write(kernel, (db) => {
    const recommendation = requireRecommendation(db, input.recommendationId);
    assertDueAfterMade(input.due, recommendation.made_on);
    const id = kernel.newId();
    const now = timestamp(kernel);
    db.prepare(
      `INSERT INTO actions (id, recommendation_id, text, lead_agency, lead_role, due_on, measure, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'not-started', ?, ?)`,
    ).run(id, input.recommendationId, input.text, input.agency, input.leadRole, input.due, input.measure ?? null, now, now);
    audit(kernel, 'action.added', 'action', id);
    return actionDetail(db, requireAction(db, id), localToday(kernel.now()));
  });
}

/** The fields an edit can change, with their names and values as the history says them. */
const editWords: Record<Exclude<keyof ActionEdit, 'id'>, { label: string; column: keyof StoredAction; shown: (value: string | null) => string }> = {
  text: { label: 'Action', column: 'text', shown: (value) => `“${value ?? ''}”` },
  agency: { label: 'Lead agency', column: 'lead_agency', shown: (value) => value ?? '' },
  leadRole: { label: 'Lead officer’s role', column: 'lead_role', shown: (value) => value ?? '' },
  due: { label: 'Target date', column: 'due_on', shown: (value) => (value ? shortDay(value) : '') },
  measure: { label: 'Success measure', column: 'measure', shown: (value) => (value ? `“${value}”` : 'none') },
};

export function editAction(kernel: Kernel, patch: ActionEdit): ActionDetail {
  return write(kernel, (db) => {
    const current = requireAction(db, patch.id);
    if (patch.due !== undefined) assertDueAfterMade(patch.due, current.made_on);
    const changes: Record<string, [string, string]> = {};
    for (const [field, words] of Object.entries(editWords) as Array<[keyof typeof editWords, (typeof editWords)[keyof typeof editWords]]>) {
      const value = patch[field];
      const before = current[words.column] as string | null;
      if (value === undefined || value === before) continue;
      changes[words.label] = [words.shown(before), words.shown(value)];
    }
    if (Object.keys(changes).length > 0) {
      const values = patchColumns(patch, {
        text: (value) => ['text', value],
        agency: (value) => ['lead_agency', value],
        leadRole: (value) => ['lead_role', value],
        due: (value) => ['due_on', value],
        measure: (value) => ['measure', value],
      });
      const now = timestamp(kernel);
      updateColumns(db, 'actions', patch.id, values, now);
      db.prepare('INSERT INTO action_edits (id, action_id, changed_at, changes) VALUES (?, ?, ?, ?)').run(kernel.newId(), patch.id, now, JSON.stringify(changes));
      audit(kernel, 'action.edited', 'action', patch.id);
    }
    return actionDetail(db, requireAction(db, patch.id), localToday(kernel.now()));
  });
}

export function removeAction(kernel: Kernel, id: string): null {
  return write(kernel, (db) => {
    requireAction(db, id);
    const updates = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM action_progress WHERE action_id = ?').get(id)!.n;
    if (updates > 0) {
      throw new AppError(
        'validation',
        `This action has ${updates === 1 ? 'a progress update' : `${updates} progress updates`} recorded, and its history is the partnership’s record, so it cannot be deleted. If it will not be done, record it as not implemented, with the reason.`,
      );
    }
    db.prepare('DELETE FROM actions WHERE id = ?').run(id);
    audit(kernel, 'action.removed', 'action', id);
    return null;
  });
}
