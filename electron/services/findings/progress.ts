/**
 * Progress updates on an action. The action row keeps its latest update's status (latest by the
 * day reported, then by when it was recorded), so a backdated update earlier than the latest is
 * kept in the history without replacing the current status. Complete sets the completion day;
 * any later status clears it.
 */
import { shortDay } from '../../../shared/chronology/date-words';
import { AppError } from '../../../shared/errors';
import type { ActionDetail, ActionStatus, Rag } from '../../../shared/findings/model';
import type { ProgressAdd } from '../../../shared/findings/schemas';
import { audit, timestamp, updateColumns, write, type Db, type Kernel } from '../kernel';
import { localToday } from '../terms';
import { actionDetail } from './action-detail';
import { requireAction } from './actions';

export function recordProgress(kernel: Kernel, input: ProgressAdd): ActionDetail {
  const today = localToday(kernel.now());
  const on = input.on ?? today;
  if (on > today) throw new AppError('validation', `The date of the update (${shortDay(on)}) is after today (${shortDay(today)}). Record progress on the day it was reported, or an earlier day.`);
  const reason = input.reason ?? null;
  if (input.status === 'not-implemented' && !reason) {
    throw new AppError('validation', 'Say why the action will not be implemented: the reason is part of the partnership’s record (from the command line: --reason).');
  }
  return write(kernel, (db) => {
    requireAction(db, input.id);
    const now = timestamp(kernel);
    db.prepare('INSERT INTO action_progress (id, action_id, on_day, status, rag, note, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      kernel.newId(),
      input.id,
      on,
      input.status,
      input.rag ?? null,
      input.note ?? null,
      reason,
      now,
    );
    keepLatest(db, input.id, now);
    audit(kernel, 'action.progress-recorded', 'action', input.id);
    return actionDetail(db, requireAction(db, input.id), today);
  });
}

/** Copies the latest update onto the action row. */
function keepLatest(db: Db, actionId: string, now: string): void {
  const latest = db
    .prepare<[string], { on_day: string; status: ActionStatus; rag: Rag | null; reason: string | null }>(
      'SELECT on_day, status, rag, reason FROM action_progress WHERE action_id = ? ORDER BY on_day DESC, recorded_at DESC, rowid DESC LIMIT 1',
    )
    .get(actionId)!;
  updateColumns(
    db,
    'actions',
    actionId,
    {
      status: latest.status,
      rag: latest.rag,
      status_on: latest.on_day,
      reason: latest.status === 'not-implemented' ? latest.reason : null,
      completed_on: latest.status === 'complete' ? latest.on_day : null,
    },
    now,
  );
}
