import { useState } from 'react';
import type { ExportResult } from '../../../shared/exports/types';
import { termsStatusLabels, type TermsOverview } from '../../../shared/terms/types';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { dayInWords } from '../../../shared/dates/day-input';
import { SavedSummary } from '../exports/SavedSummary';
import { selectBusy, useTerms } from './store';
import { fingerprintGroups } from './words';

interface VersionHistoryProps {
  history: TermsOverview['history'];
  /** Saves what was typed in the sections: the PDF of the current version is drawn from the stored text. */
  flush: () => Promise<boolean>;
}

/**
 * Every version, newest first, with its fingerprint and signatory, and a PDF of any of them —
 * named, or anonymised for a copy shared beyond the panel (after the names check).
 */
export function VersionHistory({ history, flush }: VersionHistoryProps) {
  const exportPdf = useTerms((state) => state.exportPdf);
  const busy = useTerms(selectBusy);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [anonymised, setAnonymised] = useState(false);
  const [saved, setSaved] = useState<{ signed: boolean; result: ExportResult } | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);

  async function exportVersion(number: number, signed: boolean) {
    setSaved(null);
    setCancelled(null);
    if (number === history[0]?.number && !(await flush())) {
      return setErrors([{ message: 'The latest changes to the sections are not saved, so the PDF would miss them. Save them first (see the status under the sections).' }]);
    }
    const outcome = await exportPdf(number, anonymised);
    // Cancelled from the jobs panel: not a problem to fix, so it is said as a status.
    const cancelledNow = !outcome.ok && outcome.error.code === 'cancelled';
    if (!outcome.ok && !cancelledNow) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    if (!outcome.ok) return setCancelled(outcome.error.message);
    // Null: the names check or the save dialog was cancelled, and nothing happened.
    if (outcome.value) setSaved({ signed, result: outcome.value });
  }

  return (
    <section aria-labelledby="tor-versions-heading" className="section tor-versions">
      <h2 id="tor-versions-heading">Versions</h2>
      <ErrorSummary errors={errors} />
      <fieldset className="fieldset">
        <legend className="label">Names in the PDF</legend>
        <div className="radio">
          <input id="tor-export-named" type="radio" name="tor-export-names" checked={!anonymised} onChange={() => setAnonymised(false)} />
          <label htmlFor="tor-export-named">Named</label>
        </div>
        <div className="radio">
          <input id="tor-export-anonymised" type="radio" name="tor-export-names" checked={anonymised} onChange={() => setAnonymised(true)} aria-describedby="tor-export-anonymised-hint" />
          <label htmlFor="tor-export-anonymised">Anonymised (pseudonyms in place of names)</label>
          <p id="tor-export-anonymised-hint" className="hint radio-hint">
            For a copy shared beyond the panel. Before saving, the app looks for names the people register does not know.
          </p>
        </div>
      </fieldset>
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
              <td>{version.status === 'draft' ? 'None while a draft' : <code className="tor-fingerprint">{fingerprintGroups(version.sha256)}</code>}</td>
              <td>{version.signedBy && version.signedAt ? `${version.signedBy}, ${dayInWords(version.signedAt)}` : '—'}</td>
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
        {saved ? <SavedSummary result={saved.result} note={saved.signed ? undefined : 'It is not signed off, so it is marked DRAFT and will not verify as signed.'} /> : cancelled}
      </p>
    </section>
  );
}
