import { useEffect } from 'react';
import { formatBytes, formatDateTime } from '../../lib/format';
import { selectSubmissions, useChronologyImport } from './store';

/** Each agency file imported into the review, kept (encrypted) as the agency sent it. */
export function Submissions({ reviewId }: { reviewId: string }) {
  const submissions = useChronologyImport(selectSubmissions);
  const load = useChronologyImport((state) => state.loadSubmissions);

  useEffect(() => {
    void load(reviewId);
  }, [load, reviewId]);

  if (submissions === null) return <p role="status">Loading submissions…</p>;
  if (submissions.length === 0) return <p>No agency submissions imported yet.</p>;
  return (
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
        </tr>
      </thead>
      <tbody>
        {submissions.map((submission) => (
          <tr key={submission.id}>
            <th scope="row">{submission.agency}</th>
            <td>{submission.sheet ? `${submission.fileName} (sheet ${submission.sheet})` : submission.fileName}</td>
            <td>{formatDateTime(submission.importedAt)}</td>
            <td>{submission.entries.toLocaleString('en-GB')}</td>
            <td>{submission.rejected.toLocaleString('en-GB')}</td>
            <td>{formatBytes(submission.size)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
