import { useState, type FormEvent } from 'react';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useChronology } from './store';

const ids = { analysis: 'entry-analysis', significance: 'entry-significance' };

/**
 * The reviewer's own columns. In the anonymised view they are read-only: saving the anonymised
 * text would replace the real names in the record with pseudonyms for good.
 */
export function AnalysisForm({ entry, anonymised }: { entry: ChronologyEntry; anonymised: boolean }) {
  const saveEntry = useChronology((state) => state.saveEntry);
  const [analysis, setAnalysis] = useState(entry.analysis ?? '');
  const [significance, setSignificance] = useState(entry.significance ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);

  if (anonymised) {
    return (
      <>
        <h3>Your analysis</h3>
        <p className="chron-pre">{entry.analysis ?? 'None yet.'}</p>
        <p className="hint">Switch to Named to edit the analysis or significance.</p>
      </>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    if (significance.trim().length > 40) {
      return setErrors([{ fieldId: ids.significance, message: 'Keep the significance to 40 characters or fewer, for example High.' }]);
    }
    setBusy(true);
    const outcome = await saveEntry({ id: entry.id, analysis: analysis.trim() || null, significance: significance.trim() || null });
    setBusy(false);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setSaved('Analysis saved.');
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="entry-analysis-heading" aria-busy={busy}>
      <h3 id="entry-analysis-heading">Your analysis</h3>
      <ErrorSummary errors={errors} />
      <TextArea id={ids.analysis} label="Reviewer analysis" hint="Your analysis of this entry. Changes are recorded in the audit log." value={analysis} onChange={setAnalysis} rows={6} />
      <TextInput
        id={ids.significance}
        label="Significance"
        hint="For example High, Medium or Low."
        width="medium"
        value={significance}
        onChange={setSignificance}
        error={errors.find((error) => error.fieldId === ids.significance)?.message}
      />
      <button type="submit" className="button" disabled={busy}>
        Save analysis
      </button>
      <p role="status" className="confirmation-text">
        {saved}
      </p>
    </form>
  );
}
