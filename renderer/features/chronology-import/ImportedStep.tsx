import type { AppError } from '../../../shared/errors';
import { PageHeading } from '../../components/PageHeading';
import { resultInWords } from './import-words';
import { RejectedRows } from './RejectedRows';
import { selectFileIndex, selectFiles, selectInspection, selectResult, useChronologyImport } from './store';

interface ImportedStepProps {
  caption: string;
  reviewId: string;
  /** Moved on to the next file (with its error if it could not be read). */
  onNext: (error: AppError | null) => void;
  onDone: () => void;
}

/** Step 4, done: what was imported, the rows that were not (fixable here), and the next file. */
export function ImportedStep({ caption, reviewId, onNext, onDone }: ImportedStepProps) {
  const result = useChronologyImport(selectResult);
  const inspection = useChronologyImport(selectInspection);
  const files = useChronologyImport(selectFiles);
  const fileIndex = useChronologyImport(selectFileIndex);
  const nextFile = useChronologyImport((state) => state.nextFile);
  if (!result) return null;
  const next = files[fileIndex + 1];

  async function goNext() {
    const outcome = await nextFile();
    onNext(outcome.ok ? null : outcome.error);
  }

  return (
    <section aria-labelledby="import-done-heading">
      <PageHeading id="import-done-heading" caption={caption}>
        Imported {inspection?.fileName ?? 'the file'}
      </PageHeading>
      <p role="status" className="panel-confirmation">
        {resultInWords(result)}
      </p>
      {result.rejected.length > 0 && <RejectedRows reviewId={reviewId} submissionId={result.submissionId} />}
      <div className="button-group">
        {next ? (
          <>
            <button type="button" className="button" onClick={() => void goNext()}>
              Continue to file {fileIndex + 2} of {files.length}: {next.name}
            </button>
            <button type="button" className="link-button" onClick={onDone}>
              Stop here
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={onDone}>
            Done
          </button>
        )}
      </div>
    </section>
  );
}
