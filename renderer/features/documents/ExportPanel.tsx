import { useState, type FormEvent } from 'react';
import { markingSchema } from '../../../shared/documents/schemas';
import type { ExportResult } from '../../../shared/exports/types';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { SavedSummary } from '../exports/SavedSummary';
import { MarkingField } from './MarkingField';
import { selectBusy, selectVersions, useDocuments } from './store';
import type { OpenDocument } from './types';
import { versionLabel } from './words';

interface ExportPanelProps {
  document: OpenDocument;
  /** Saves what was typed: the export reads the stored text. */
  flush: () => Promise<boolean>;
}

const markingId = 'export-marking';

/**
 * A PDF of the current text or a version, named or anonymised, with a DRAFT watermark unless
 * turned off. An anonymised PDF waits on the names check (the dialog is the exports feature's).
 */
export function ExportPanel({ document, flush }: ExportPanelProps) {
  const exportPdf = useDocuments((state) => state.exportPdf);
  const versions = useDocuments(selectVersions);
  const busy = useDocuments(selectBusy);
  const [version, setVersion] = useState('current');
  const [anonymised, setAnonymised] = useState(false);
  const [draft, setDraft] = useState(true);
  const [marking, setMarking] = useState(document.marking);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState<ExportResult | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    setCancelled(null);
    const checked = markingSchema.safeParse(marking);
    if (!checked.success) return setErrors([{ fieldId: markingId, message: checked.error.issues[0]?.message ?? 'Check the marking.' }]);
    if (version === 'current' && !(await flush())) return setErrors([{ message: 'The latest changes are not saved, so the PDF would miss them. Save them first (see the status under the text).' }]);
    const outcome = await exportPdf({ version: version === 'current' ? null : Number(version), anonymised, draft, marking: checked.data });
    // Cancelled from the jobs panel: not a problem to fix, so it is said as a status.
    const cancelledNow = !outcome.ok && outcome.error.code === 'cancelled';
    if (!outcome.ok && !cancelledNow) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    if (!outcome.ok) return setCancelled(outcome.error.message);
    // Null: the names check or the save dialog was cancelled, and nothing happened.
    if (outcome.value) setDone(outcome.value);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <ErrorSummary errors={errors} />
      <SelectInput
        id="export-version"
        label="Text"
        value={version}
        options={[{ value: 'current', label: 'Current text' }, ...(versions ?? []).map((candidate) => ({ value: String(candidate.number), label: versionLabel(candidate) }))]}
        onChange={setVersion}
      />
      <fieldset className="fieldset">
        <legend className="label">Names</legend>
        <div className="radio">
          <input id="export-named" type="radio" name="export-names" checked={!anonymised} onChange={() => setAnonymised(false)} />
          <label htmlFor="export-named">Named</label>
        </div>
        <div className="radio">
          <input id="export-anonymised" type="radio" name="export-names" checked={anonymised} onChange={() => setAnonymised(true)} aria-describedby="export-anonymised-hint" />
          <label htmlFor="export-anonymised">Anonymised</label>
          <p id="export-anonymised-hint" className="hint radio-hint">
            Every person appears by their pseudonym from the people register. Before saving, the app looks for names the register does not know.
          </p>
        </div>
      </fieldset>
      <div className="checkbox">
        <input id="export-draft" type="checkbox" checked={draft} onChange={(event) => setDraft(event.target.checked)} />
        <label htmlFor="export-draft">Mark every page DRAFT</label>
      </div>
      <MarkingField id={markingId} value={marking} onChange={setMarking} error={errorFor(errors, markingId)} />
      <button type="submit" className="button" disabled={busy}>
        Export PDF
      </button>
      <p role="status" className="confirmation-text">
        {done ? <SavedSummary result={done} /> : cancelled}
      </p>
    </form>
  );
}
