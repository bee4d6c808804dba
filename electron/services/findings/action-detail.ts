/**
 * One action in full: its recommendation, the findings answered, every progress update, its
 * files, and its history in the words a reader follows ("Target date changed from 31 Mar 2027
 * to 30 Apr 2027", "At risk (Amber): training dates moved"), oldest first.
 */
import { shortDay } from '../../../shared/chronology/date-words';
import type { ActionDetail, ActionEvent, ActionFile, ActionFilePurpose, ActionStatus, ProgressUpdate, Rag } from '../../../shared/findings/model';
import { actionStatusWords, ragWords } from '../../../shared/findings/model';
import type { Db } from '../kernel';
import { answeredFindings, shownAction, sourceLabels, sourceKey, type StoredAction } from './action-rows';

interface StoredProgress {
  id: string;
  on_day: string;
  status: ActionStatus;
  rag: Rag | null;
  note: string | null;
  reason: string | null;
  recorded_at: string;
}

export function actionDetail(db: Db, row: StoredAction, asOf: string): ActionDetail {
  const label = sourceLabels(db).get(sourceKey(row)) ?? '';
  const findings = (answeredFindings(db, row.recommendation_id).get(row.recommendation_id) ?? []).map(({ findingId, number, statement }) => ({ findingId, number, statement }));
  const progress: ProgressUpdate[] = db
    .prepare<[string], StoredProgress>('SELECT id, on_day, status, rag, note, reason, recorded_at FROM action_progress WHERE action_id = ? ORDER BY on_day, recorded_at, rowid')
    .all(row.id)
    .map((update) => ({ id: update.id, actionId: row.id, on: update.on_day, status: update.status, rag: update.rag, note: update.note, reason: update.reason, recordedAt: update.recorded_at }));
  const files: ActionFile[] = db
    .prepare<[string], { id: string; purpose: ActionFilePurpose; file_name: string; size: number; added_at: string }>('SELECT id, purpose, file_name, size, added_at FROM action_files WHERE action_id = ? ORDER BY added_at, rowid')
    .all(row.id)
    .map((file) => ({ id: file.id, actionId: row.id, purpose: file.purpose, fileName: file.file_name, size: file.size, addedAt: file.added_at }));
  const edits = db.prepare<[string], { changed_at: string; changes: string }>('SELECT changed_at, changes FROM action_edits WHERE action_id = ? ORDER BY changed_at, rowid').all(row.id);
  return { ...shownAction(row, label, asOf), recommendation: row.recommendation, findings, progress, files, history: history(row, progress, files, edits) };
}

/** "At risk (Amber): training dates moved to March." */
export function progressWords(update: Pick<ProgressUpdate, 'status' | 'rag' | 'note' | 'reason'>): string {
  const status = `${actionStatusWords[update.status]}${update.rag ? ` (${ragWords[update.rag]})` : ''}`;
  const said = [update.reason ? `Reason: ${update.reason}` : null, update.note].filter(Boolean).join('. ');
  return said ? `${status}: ${said}` : status;
}

function history(row: StoredAction, progress: ProgressUpdate[], files: ActionFile[], edits: Array<{ changed_at: string; changes: string }>): ActionEvent[] {
  const day = (at: string) => at.slice(0, 10);
  const changes = edits.map((edit) => ({ at: edit.changed_at, changes: JSON.parse(edit.changes) as Record<string, [string, string]> }));
  // As it was added: the first edit of a field kept its value from before.
  const first = (field: string) => changes.find((edit) => edit.changes[field])?.changes[field]?.[0];
  const created: ActionEvent = { at: row.created_at, on: day(row.created_at), kind: 'created', words: `Added for ${first('Lead agency') ?? row.lead_agency}, due ${first('Target date') ?? shortDay(row.due_on)}` };
  const events: ActionEvent[] = [];
  for (const edit of changes) {
    const words = Object.entries(edit.changes).map(([field, [before, after]]) => `${field} changed from ${before} to ${after}`);
    events.push({ at: edit.at, on: day(edit.at), kind: 'edited', words: words.join('; ') });
  }
  for (const update of progress) events.push({ at: update.recordedAt, on: update.on, kind: 'progress', words: progressWords(update) });
  for (const file of files) {
    events.push({ at: file.addedAt, on: day(file.addedAt), kind: 'file', words: `${file.purpose === 'impact' ? 'Evidence of impact' : 'Evidence of completion'} attached: ${file.fileName}` });
  }
  if (row.impact && row.impact_on) events.push({ at: row.updated_at, on: row.impact_on, kind: 'impact', words: `Impact: ${row.impact}` });
  // Dated by the day each is about, then by when it was recorded; the sort is stable for ties.
  return [created, ...events.sort((a, b) => (a.on === b.on ? (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) : a.on < b.on ? -1 : 1))];
}
