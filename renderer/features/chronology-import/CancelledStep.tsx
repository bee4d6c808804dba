import type { AppError } from '../../../shared/errors';
import { PageHeading } from '../../components/PageHeading';
import { selectCancelledMessage, selectHasNextFile, selectInspection, useChronologyImport } from './store';

interface CancelledStepProps {
  caption: string;
  onNext: (error: AppError | null) => void;
  onClose: () => void;
}

/** Step 4, stopped: nothing of the file was kept, so it can be tried again as it was. */
export function CancelledStep({ caption, onNext, onClose }: CancelledStepProps) {
  const inspection = useChronologyImport(selectInspection);
  const message = useChronologyImport(selectCancelledMessage);
  const hasNext = useChronologyImport(selectHasNextFile);
  const backToPreview = useChronologyImport((state) => state.backToPreview);
  const nextFile = useChronologyImport((state) => state.nextFile);

  async function skip() {
    const outcome = await nextFile();
    onNext(outcome.ok ? null : outcome.error);
  }

  return (
    <section aria-labelledby="import-cancelled-heading">
      <PageHeading id="import-cancelled-heading" caption={caption}>
        Import of {inspection?.fileName ?? 'the file'} cancelled
      </PageHeading>
      <p role="status" className="lead">
        {message ?? 'Import cancelled: nothing from the file was added.'}
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={backToPreview}>
          Back to preview
        </button>
        {hasNext && (
          <button type="button" className="button button-secondary" onClick={() => void skip()}>
            Skip to the next file
          </button>
        )}
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
