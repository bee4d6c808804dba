/**
 * Evidence of an action's completion or impact, kept inside the encrypted workspace as the terms
 * decisions keep theirs (checked, hashed, at most 20 MB), and the impact the partnership saw.
 */
import { createHash } from 'node:crypto';
import { shortDay } from '../../../shared/chronology/date-words';
import { AppError } from '../../../shared/errors';
import type { ActionDetail, ActionFilePurpose } from '../../../shared/findings/model';
import { evidenceTooLargeMessage, largestEvidenceBytes } from '../../../shared/terms/decision';
import { audit, read, timestamp, updateColumns, write, type Kernel } from '../kernel';
import { localToday } from '../terms';
import { actionDetail } from './action-detail';
import { requireAction } from './actions';

export function attachFile(kernel: Kernel, input: { id: string; purpose: ActionFilePurpose; file: { fileName: string; base64: string } }): ActionDetail {
  const bytes = Buffer.from(input.file.base64, 'base64');
  if (bytes.length === 0) throw new AppError('validation', `${input.file.fileName} is empty: attach the file that shows the evidence.`);
  if (bytes.length > largestEvidenceBytes) throw new AppError('validation', evidenceTooLargeMessage(input.file.fileName, bytes.length));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return write(kernel, (db) => {
    requireAction(db, input.id);
    const id = kernel.newId();
    db.prepare('INSERT INTO action_files (id, action_id, purpose, file_name, size, sha256, content, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      id,
      input.id,
      input.purpose,
      input.file.fileName,
      bytes.length,
      sha256,
      bytes,
      timestamp(kernel),
    );
    audit(kernel, 'action.file-attached', 'action', input.id);
    return actionDetail(db, requireAction(db, input.id), localToday(kernel.now()));
  });
}

/** A file kept with an action (its id), to save where the user chooses. */
export function actionFile(kernel: Kernel, fileId: string): { actionId: string; fileName: string; bytes: Buffer } {
  return read(kernel, (db) => {
    const file = db.prepare<[string], { action_id: string; file_name: string; content: Buffer }>('SELECT action_id, file_name, content FROM action_files WHERE id = ?').get(fileId);
    if (!file) throw new AppError('not-found', 'That file is not kept with the action any more. Look at the action again.');
    return { actionId: file.action_id, fileName: file.file_name, bytes: file.content };
  });
}

/** Records that a file was saved outside the workspace: it is as sensitive as any export. */
export function auditFileSaved(kernel: Kernel, actionId: string): void {
  write(kernel, () => audit(kernel, 'action.file-saved', 'action', actionId));
}

export function recordImpact(kernel: Kernel, input: { id: string; impact: string; on?: string | undefined }): ActionDetail {
  const today = localToday(kernel.now());
  const on = input.on ?? today;
  if (on > today) throw new AppError('validation', `The date of the evidence of impact (${shortDay(on)}) is after today (${shortDay(today)}). Give the day it was seen.`);
  return write(kernel, (db) => {
    requireAction(db, input.id);
    updateColumns(db, 'actions', input.id, { impact: input.impact, impact_on: on }, timestamp(kernel));
    audit(kernel, 'action.impact-recorded', 'action', input.id);
    return actionDetail(db, requireAction(db, input.id), today);
  });
}
