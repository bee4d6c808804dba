import { useState, type FormEvent } from 'react';
import { allowUnresolvedSchema } from '../../../shared/exports/override';
import { TextArea } from '../../components/TextArea';
import { useExports } from './store';

const reasonId = 'names-anyway-reason';

/**
 * "Export anyway": the names stay in the anonymised copy as written. Only with a reason, which
 * is recorded with the export (the audit log records that it happened).
 */
export function ExportAnywayForm({ count }: { count: number }) {
  const exportAnyway = useExports((state) => state.exportAnyway);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = allowUnresolvedSchema.safeParse(reason);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Say why the names can stay.');
      document.getElementById(reasonId)?.focus();
      return;
    }
    exportAnyway(checked.data);
  }

  return (
    <section aria-labelledby="names-anyway-heading" className="names-anyway">
      <h3 id="names-anyway-heading">Export anyway</h3>
      <p>
        If {count === 1 ? 'this name' : 'these names'} may stay in the anonymised copy as written (for example, a practitioner who agreed to be named), say why.
        The reason is recorded with the export.
      </p>
      <form onSubmit={submit} noValidate>
        <TextArea id={reasonId} label="Why can the names stay?" value={reason} onChange={setReason} error={error} rows={3} />
        <button type="submit" className="button button-warning">
          Export anyway
        </button>
      </form>
    </section>
  );
}
