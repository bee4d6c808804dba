/**
 * A copy of a submission exactly as the agency sent it, saved where the reviewer chooses (to send
 * back to the agency with questions, or to open in Excel). It is the agency's own file, names
 * and all, so it is never offered as anything to publish: the save is the reviewer's explicit
 * choice, said in the dialog's title, and recorded in the audit log.
 */
import { AppError } from '../../../shared/errors';
import { read, write, type Kernel } from '../kernel';
import type { Ports } from '../ports';
import { writeExportFile } from '../exports';
import { getSubmission } from './submission-repository';

export async function saveSubmissionCopy(context: Kernel, ports: Ports, id: string): Promise<{ path: string } | null> {
  const found = read(context, (db) => {
    const submission = getSubmission(db, id);
    const row = db.prepare('SELECT content FROM chronology_submissions WHERE id = ?').get(id) as { content: Buffer } | undefined;
    return submission && row ? { submission, content: new Uint8Array(row.content) } : null;
  });
  if (!found) throw new AppError('not-found', 'That submission is not in the workspace any more. Look at the list of submissions again.');
  const extension = found.submission.fileName.includes('.') ? found.submission.fileName.split('.').pop()! : '';
  const target = await ports.dialogs.showSave({
    title: `Save a copy of ${found.submission.fileName} as the agency sent it (real names and all)`,
    defaultName: found.submission.fileName,
    filters: extension ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }] : [],
  });
  if (!target) return null;
  await writeExportFile(target, found.content);
  write(context, () => context.session.audit('chronology.submission-saved', 'chronology-submission', id));
  return { path: target };
}
