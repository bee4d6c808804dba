import { useRef, useState, type FormEvent } from 'react';
import type { ChronologyEntry, RejectedEntry } from '../../../shared/chronology/views';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { columnName } from './mapping';
import { useChronologyImport } from './store';

interface FixRejectedFormProps {
  row: RejectedEntry;
  id: string;
  onFixed: (entry: ChronologyEntry) => void;
  onCancel: () => void;
}

/** Long or multi-line values get room to be read and edited. */
const isLong = (value: string) => value.length > 60 || value.includes('\n');

/**
 * The rejected row's values, one field a column, to correct and import again. The core reads
 * it with the submission's mapping; if it still cannot, its reason shows here and the edits stay.
 */
export function FixRejectedForm({ row, id, onFixed, onCancel }: FixRejectedFormProps) {
  const fixRejected = useChronologyImport((state) => state.fixRejected);
  const [values, setValues] = useState<Record<string, string>>(row.values);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const alert = useRef<HTMLParagraphElement>(null);
  const headers = Object.keys(row.values);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = await fixRejected(row.id, values);
    setBusy(false);
    if (outcome.ok) return onFixed(outcome.value);
    setError(outcome.error.message);
    // Focus the message even when it repeats the last one, so it is read out again.
    requestAnimationFrame(() => alert.current?.focus());
  }

  return (
    <form id={id} className="ci-fix-form" aria-label={`Fix row ${row.rowNumber} of ${row.fileName}`} onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <p ref={alert} role="alert" tabIndex={-1} className={error ? 'error-message' : 'visually-hidden'}>
        {error && (
          <>
            <span className="visually-hidden">Error: </span>
            {error}
          </>
        )}
      </p>
      {headers.map((header, index) => {
        const fieldId = `${id}-${index}`;
        const label = columnName(headers, index);
        const value = values[header] ?? '';
        const change = (next: string) => setValues((current) => ({ ...current, [header]: next }));
        return isLong(row.values[header] ?? '') ? (
          <TextArea key={header} id={fieldId} label={label} rows={3} value={value} onChange={change} />
        ) : (
          <TextInput key={header} id={fieldId} label={label} width="medium" autoComplete="off" value={value} onChange={change} />
        );
      })}
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          Import corrected row
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
