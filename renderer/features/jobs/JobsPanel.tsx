import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { selectAnnouncement, selectJobs, useJobs, type JobView } from './store';
import { cancelName, jobInWords } from './words';
import './jobs.css';

/**
 * Every long operation the core is running (an export, likely duplicates, a backup…), each with
 * what it is doing, a progress bar and Cancel; mounted once, in the app shell. A screen that
 * shows its own job in place (the import wizard) keeps it out of here.
 */
export function JobsPanel() {
  const jobs = useJobs(selectJobs);
  const announcement = useJobs(selectAnnouncement);
  const listen = useJobs((state) => state.listen);
  const shown = useMemo(() => jobs.filter((job) => !job.inPlace && job.phase !== null), [jobs]);

  useEffect(() => listen(), [listen]);

  return (
    <>
      {shown.length > 0 && (
        <section className="jobs-panel" aria-label="Running now">
          <ul className="jobs-list">
            {shown.map((job) => (
              <JobRow key={job.jobId} job={job} />
            ))}
          </ul>
        </section>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}

function JobRow({ job }: { job: JobView }) {
  const cancel = useJobs((state) => state.cancel);
  const button = useRef<HTMLButtonElement>(null);
  const labelId = `job-${job.jobId}`;
  const measured = job.total > 1;

  // The row goes when its job ends: Cancel, if it had focus, hands it back to the page rather than losing it.
  useLayoutEffect(() => {
    const mine = button.current;
    return () => {
      if (mine && mine === document.activeElement) document.getElementById('main')?.focus({ preventScroll: true });
    };
  }, []);

  return (
    <li className="jobs-row">
      <p id={labelId} className="jobs-words">
        {job.cancelling ? `${job.label} — cancelling…` : jobInWords(job.label, job.phase === null ? null : { phase: job.phase, done: job.done, total: job.total })}
      </p>
      {measured ? <progress className="jobs-bar" aria-labelledby={labelId} max={job.total} value={job.done} /> : <progress className="jobs-bar" aria-labelledby={labelId} />}
      <button
        ref={button}
        type="button"
        className="button button-secondary button-small jobs-cancel"
        aria-label={cancelName(job.label)}
        aria-disabled={job.cancelling}
        onClick={() => void cancel(job.jobId)}
      >
        Cancel
      </button>
    </li>
  );
}
