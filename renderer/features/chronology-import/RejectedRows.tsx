import { Fragment, useEffect, useRef, useState } from 'react';
import type { ChronologyEntry, RejectedEntry } from '../../../shared/chronology/views';
import { useChronologyChanges } from '../chronology/changes-store';
import { FixRejectedForm } from './FixRejectedForm';
import { selectRejected, useChronologyImport } from './store';

interface RejectedRowsProps {
  reviewId: string;
  /** Only this submission's rows (the import wizard's last step); all of the review's when absent. */
  submissionId?: string;
  /** A row became an entry: the caller's chronology is out of date. */
  onFixed?: (entry: ChronologyEntry) => void;
}

/** Rows that did not become entries, with why, each correctable in place. Nothing is lost meanwhile. */
export function RejectedRows({ reviewId, submissionId, onFixed }: RejectedRowsProps) {
  const all = useChronologyImport(selectRejected);
  const load = useChronologyImport((state) => state.loadRejected);
  const dismissRejected = useChronologyChanges((state) => state.dismissRejected);
  const [open, setOpen] = useState<string | null>(null);
  const [fixed, setFixed] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void load(reviewId);
  }, [load, reviewId]);

  const rows = all && submissionId ? all.filter((row) => row.submissionId === submissionId) : all;

  function becameEntry(row: RejectedEntry, entry: ChronologyEntry) {
    setOpen(null);
    setFixed(`Row ${row.rowNumber} of ${row.fileName} is now an entry.`);
    // The form that had focus is gone with its row: land on the section, where the message is.
    heading.current?.focus();
    onFixed?.(entry);
  }

  async function dismiss(row: RejectedEntry) {
    setOpen(null);
    const outcome = await dismissRejected(row.id);
    setFixed(outcome.ok ? `Row ${row.rowNumber} of ${row.fileName} dismissed as a blank row.` : outcome.error.message);
    heading.current?.focus();
    if (outcome.ok) void load(reviewId);
  }

  return (
    <section aria-labelledby="rejected-rows-heading" className="section">
      <h2 id="rejected-rows-heading" ref={heading} tabIndex={-1}>
        Rejected rows
      </h2>
      <p>Rows that did not become entries, with the reason. Correct a row’s values and import it again; until then it is kept here. A blank row can be dismissed.</p>
      <p role="status" className="confirmation-text">
        {fixed}
      </p>
      {rows === null ? (
        <p role="status">Loading rejected rows…</p>
      ) : rows.length === 0 ? (
        <p>No rejected rows.</p>
      ) : (
        <table className="table table-wide">
          <caption className="visually-hidden">Rejected rows</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Row</th>
              <th scope="col">Reason</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const formId = `fix-${row.id}`;
              const isOpen = open === row.id;
              return (
                <Fragment key={row.id}>
                  <tr>
                    <td>{row.fileName}</td>
                    <th scope="row">{row.rowNumber}</th>
                    <td>{row.reason}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? formId : undefined}
                        onClick={() => (setFixed(''), setOpen(isOpen ? null : row.id))}
                      >
                        Fix<span className="visually-hidden"> row {row.rowNumber} of {row.fileName}</span>
                      </button>
                      {isBlank(row) ? (
                        <button type="button" className="button button-secondary button-small" onClick={() => void dismiss(row)}>
                          Dismiss<span className="visually-hidden"> blank row {row.rowNumber} of {row.fileName}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                  {isOpen && (
                    <tr>
                      <td colSpan={4}>
                        <FixRejectedForm row={row} id={formId} onFixed={(entry) => becameEntry(row, entry)} onCancel={() => setOpen(null)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Nothing in any cell: nothing the agency sent is lost by dismissing it. */
function isBlank(row: RejectedEntry): boolean {
  return Object.values(row.values).every((value) => value.trim() === '');
}
