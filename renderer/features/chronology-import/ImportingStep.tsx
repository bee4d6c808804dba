import { PageHeading } from '../../components/PageHeading';
import { selectJob, useJobs } from '../jobs/store';
import { progressInWords } from './import-words';
import { selectInspection, selectJobId, useChronologyImport } from './store';

/**
 * Step 4, while the core reads every row and writes them: progress, and a way to stop. The import
 * is a job like any other, shown here rather than in the jobs panel: this is where the user is.
 */
export function ImportingStep({ caption }: { caption: string }) {
  const inspection = useChronologyImport(selectInspection);
  const jobId = useChronologyImport(selectJobId);
  const job = useJobs(selectJob(jobId));
  const cancelImport = useChronologyImport((state) => state.cancelImport);
  const name = inspection?.fileName ?? 'the file';
  const cancelling = job?.cancelling === true;
  const progress = job?.phase ? { phase: job.phase, done: job.done, total: job.total } : null;
  // Reading has no count to show: the bar is indeterminate until rows are being checked.
  const measured = progress !== null && progress.phase !== 'reading' && progress.total > 0;
  return (
    <section aria-labelledby="import-running-heading" aria-busy="true">
      <PageHeading id="import-running-heading" caption={caption}>
        Importing {name}
      </PageHeading>
      <div className="form-group">
        <label className="label" htmlFor="import-progress">
          Import progress
        </label>
        {measured ? (
          <progress id="import-progress" className="ci-progress" max={progress.total} value={progress.done} aria-describedby="import-phase" />
        ) : (
          <progress id="import-progress" className="ci-progress" aria-describedby="import-phase" />
        )}
        <p id="import-phase" role="status" className="busy-message">
          {cancelling ? 'Cancelling the import…' : progressInWords(progress)}
        </p>
      </div>
      <p>Nothing is added until every row has been checked; cancelling leaves the chronology as it was.</p>
      <button type="button" className="button button-secondary" disabled={cancelling} onClick={() => void cancelImport()}>
        Cancel import
      </button>
    </section>
  );
}
