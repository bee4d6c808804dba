import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import type { SubmissionInfo } from '../../../shared/chronology/views';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { call } from '../../lib/api';
import { formatBytes, formatDateTime } from '../../lib/format';
import { attempt } from '../../lib/outcome';
import { onDay } from '../chronology/change-words';
import { useChronologyChanges } from '../chronology/changes-store';
import { selectSubmissions, useChronologyImport, type Replacing } from './store';

const fileOf = (submission: SubmissionInfo) => (submission.sheet ? `${submission.fileName} (sheet ${submission.sheet})` : submission.fileName);

/**
 * Each agency file imported into the review, kept (encrypted) as the agency sent it. A wrong one
 * can be removed, with a reason: its entries and rejected rows leave the review, and "Undo
 * removal" brings them back until the next import. "Replace" imports the agency's corrected file
 * and takes this one out as it goes in.
 */
export function Submissions({ reviewId, onReplace }: { reviewId: string; onReplace: (replacing: Replacing) => void }) {
  const submissions = useChronologyImport(selectSubmissions);
  const load = useChronologyImport((state) => state.loadSubmissions);
  const undoRemoval = useChronologyChanges((state) => state.undoRemoval);
  const [removing, setRemoving] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void load(reviewId);
  }, [load, reviewId]);

  function said(text: string) {
    setMessage(text);
    // The button that had focus may be gone with its row's state: land where the message is.
    status.current?.focus();
  }

  async function saveCopy(submission: SubmissionInfo) {
    const outcome = await attempt(() => call('chronology:save-submission', { id: submission.id }));
    if (!outcome.ok) return said(outcome.error.message);
    said(outcome.value ? `Saved a copy of ${fileOf(submission)} as the agency sent it: ${outcome.value.path}` : 'Nothing was saved.');
  }

  async function undo(submission: SubmissionInfo) {
    const outcome = await undoRemoval(submission.id);
    said(outcome.ok ? `${fileOf(submission)} is back: its entries are in the chronology again.` : outcome.error.message);
  }

  if (submissions === null) return <p role="status">Loading submissions…</p>;
  if (submissions.length === 0) return <p>No agency submissions imported yet.</p>;
  return (
    <>
      <p ref={status} role="status" tabIndex={-1} className="confirmation-text">
        {message}
      </p>
      <table className="table table-wide">
        <caption className="table-caption">Agency submissions</caption>
        <thead>
          <tr>
            <th scope="col">Agency</th>
            <th scope="col">File</th>
            <th scope="col">Imported</th>
            <th scope="col">Entries</th>
            <th scope="col">Rejected rows</th>
            <th scope="col">Size</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {submissions.map((submission) => {
            const formId = `remove-${submission.id}`;
            const isOpen = removing === submission.id;
            const { removed } = submission;
            return (
              <Fragment key={submission.id}>
                <tr>
                  <th scope="row">{submission.agency}</th>
                  <td>
                    {fileOf(submission)}
                    {removed ? (
                      <p className="hint">
                        Removed on {onDay(removed.at)} by {removed.by}: {removed.reason}
                      </p>
                    ) : null}
                  </td>
                  <td>{formatDateTime(submission.importedAt)}</td>
                  <td>{removed ? 'None (removed)' : submission.entries.toLocaleString('en-GB')}</td>
                  <td>{removed ? 'None (removed)' : submission.rejected.toLocaleString('en-GB')}</td>
                  <td>{formatBytes(submission.size)}</td>
                  <td>
                    {removed === null ? (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? formId : undefined}
                        onClick={() => (setMessage(''), setRemoving(isOpen ? null : submission.id))}
                      >
                        Remove<span className="visually-hidden"> {fileOf(submission)}</span>
                      </button>
                    ) : null}
                    {removed === null ? (
                      <button
                        type="button"
                        className="button button-secondary button-small chron-replace"
                        onClick={() => onReplace({ id: submission.id, fileName: fileOf(submission), agency: submission.agency })}
                      >
                        Replace<span className="visually-hidden"> {fileOf(submission)} with a corrected file</span>
                      </button>
                    ) : removed.undoable ? (
                      <button type="button" className="button button-secondary button-small" onClick={() => void undo(submission)}>
                        Undo removal<span className="visually-hidden"> of {fileOf(submission)}</span>
                      </button>
                    ) : (
                      <span className="hint">Another file has been imported since: import this one again to bring it back.</span>
                    )}
                    <button type="button" className="link-button chron-save-copy" onClick={() => void saveCopy(submission)}>
                      Save a copy<span className="visually-hidden"> of {fileOf(submission)} as sent</span>
                    </button>
                  </td>
                </tr>
                {isOpen ? (
                  <tr>
                    <td colSpan={7}>
                      <RemoveForm
                        id={formId}
                        submission={submission}
                        onRemoved={() => {
                          setRemoving(null);
                          said(`${fileOf(submission)} removed: its entries and rejected rows are out of the chronology. Undo removal brings them back until the next import.`);
                        }}
                        onCancel={() => setRemoving(null)}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

interface RemoveFormProps {
  id: string;
  submission: SubmissionInfo;
  onRemoved: () => void;
  onCancel: () => void;
}

function RemoveForm({ id, submission, onRemoved, onCancel }: RemoveFormProps) {
  const removeSubmission = useChronologyChanges((state) => state.removeSubmission);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const reasonId = `${id}-reason`;
  const headingId = `${id}-heading`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setErrors([{ fieldId: reasonId, message: 'Give a reason for removing the file, for example "sent for the wrong child".' }]);
    setBusy(true);
    const outcome = await removeSubmission(submission.id, reason);
    setBusy(false);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    onRemoved();
  }

  return (
    <form id={id} onSubmit={(event) => void submit(event)} noValidate aria-labelledby={headingId} aria-busy={busy} className="chron-entry-form">
      <h3 id={headingId}>Remove {fileOf(submission)}</h3>
      <ErrorSummary errors={errors} />
      <p>
        Its {submission.entries.toLocaleString('en-GB')} {submission.entries === 1 ? 'entry' : 'entries'} and {submission.rejected.toLocaleString('en-GB')} rejected{' '}
        {submission.rejected === 1 ? 'row' : 'rows'} leave the chronology. The file is kept, and you can undo this until the next import into this review. To replace it, remove it and
        import the corrected file.
      </p>
      <TextArea id={reasonId} label="Reason for removing it" rows={2} value={reason} onChange={setReason} error={errorFor(errors, reasonId)} />
      <div className="button-group">
        <button type="submit" className="button button-warning" disabled={busy}>
          Remove file
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
