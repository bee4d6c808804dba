import { useState } from 'react';
import { termsStatusLabels, type TermsOverview } from '../../../shared/terms/types';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { formatDateTime } from '../../lib/format';
import { selectBusy, useTerms } from './store';
import { fingerprintGroups } from './words';

interface VersionHistoryProps {
  history: TermsOverview['history'];
  /** Saves what was typed in the sections: the PDF of the current version is drawn from the stored text. */
  flush: () => Promise<boolean>;
}

/** Every version, newest first, with its fingerprint and signatory, and a PDF of any of them. */
export function VersionHistory({ history, flush }: VersionHistoryProps) {
  const exportPdf = useTerms((state) => state.exportPdf);
  const busy = useTerms(selectBusy);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState<{ number: number; signed: boolean; path: string } | null>(null);

  async function exportVersion(number: number, signed: boolean) {
    setSaved(null);
    if (number === history[0]?.number && !(await flush())) {
      return setErrors([{ message: 'The latest changes to the sections are not saved, so the PDF would miss them. Save them first (see the status under the sections).' }]);
    }
    const outcome = await exportPdf(number);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    // Null: the save dialog was cancelled, and nothing happened.
    if (outcome.value) setSaved({ number, signed, path: outcome.value.path });
  }

  return (
    <section aria-labelledby="tor-versions-heading" className="section tor-versions">
      <h2 id="tor-versions-heading">Versions</h2>
      <ErrorSummary errors={errors} />
      <table className="table table-wide">
        <caption className="visually-hidden">Versions of the terms of reference, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Fingerprint</th>
            <th scope="col">Signed off</th>
            <th scope="col">PDF</th>
          </tr>
        </thead>
        <tbody>
          {history.map((version) => (
            <tr key={version.number}>
              <th scope="row">Version {version.number}</th>
              <td>{termsStatusLabels[version.status]}</td>
              <td>
                <code className="tor-fingerprint">{fingerprintGroups(version.sha256)}</code>
              </td>
              <td>{version.signedBy && version.signedAt ? `${version.signedBy}, ${formatDateTime(version.signedAt)}` : '—'}</td>
              <td>
                <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void exportVersion(version.number, version.status === 'signed-off')}>
                  Export PDF<span className="visually-hidden"> of version {version.number}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="confirmation-text">
        {saved ? (
          <>
            Saved version {saved.number} as a PDF to <span className="path">{saved.path}</span>.
            {saved.signed ? '' : ' It is not signed off, so it is marked DRAFT and will not verify as signed.'}
          </>
        ) : null}
      </p>
    </section>
  );
}
