import { useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { selectAnswering, selectBusy, selectCurrentFile, selectReplacing, useChronologyImport } from './store';

interface ChooseStepProps {
  caption: string;
  /** Files were chosen and the first one read (with its error if it could not be). */
  onRead: (error: AppError | null) => void;
  onCancel: () => void;
}

export function ChooseStep({ caption, onRead, onCancel }: ChooseStepProps) {
  const chooseFiles = useChronologyImport((state) => state.chooseFiles);
  const busy = useChronologyImport(selectBusy);
  const file = useChronologyImport(selectCurrentFile);
  const replacing = useChronologyImport(selectReplacing);
  const answering = useChronologyImport(selectAnswering);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [status, setStatus] = useState('');

  async function choose() {
    setStatus('');
    const outcome = await chooseFiles();
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    if (outcome.value === null) return setStatus('No files were chosen.');
    onRead(outcome.value.read.ok ? null : outcome.value.read.error);
  }

  return (
    <section aria-labelledby="import-choose-heading" aria-busy={busy}>
      <PageHeading id="import-choose-heading" caption={caption}>
        Import an agency submission
      </PageHeading>
      <ErrorSummary errors={errors} />
      <p className="lead">Choose the chronology files an agency sent you: Word (.docx) with the chronology in a table, Excel (.xlsx), CSV or TSV.</p>
      {replacing ? (
        <div className="inset-text">
          <p>
            <strong>
              Replacing {replacing.fileName} ({replacing.agency}).
            </strong>{' '}
            Choose the corrected file. When it is imported, {replacing.fileName} and its entries leave the chronology; Undo removal in Submissions brings them
            back until the next import.
          </p>
        </div>
      ) : answering ? (
        <div className="inset-text">
          <p>
            <strong>{answering}’s return.</strong> Choose the file {answering} sent. When it is imported, their chronology request is marked received.
          </p>
        </div>
      ) : null}
      <p>
        You can choose several files. Each one is checked and previewed in turn, and nothing is added to the chronology until you import it. The
        original file is kept, encrypted, as the agency’s submission.
      </p>
      <div className="button-group">
        <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
          Choose files
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p role="status" className="busy-message">
        {busy && file ? `Reading ${file.name}…` : status}
      </p>
    </section>
  );
}
