import { useState, type FormEvent } from 'react';
import type { DocumentVersion } from '../../../shared/documents/types';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { selectBusy, useDocuments } from './store';
import type { Side } from './types';
import { versionLabel } from './words';

interface CompareFormProps {
  versions: readonly DocumentVersion[];
  flush: () => Promise<boolean>;
}

const toSide = (value: string): Side => (value === 'current' ? 'current' : Number(value));

/** Two texts to compare: any two versions, or a version and the current text (the default: the latest version against now). */
export function CompareForm({ versions, flush }: CompareFormProps) {
  const compare = useDocuments((state) => state.compare);
  const busy = useDocuments(selectBusy);
  const latest = versions[versions.length - 1];
  const [from, setFrom] = useState(latest ? String(latest.number) : 'current');
  const [to, setTo] = useState('current');
  const [errors, setErrors] = useState<FormError[]>([]);
  const options = [...versions.map((version) => ({ value: String(version.number), label: versionLabel(version) })), { value: 'current', label: 'Current text' }];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (from === to) return setErrors([{ fieldId: 'compare-to', message: 'Choose two different texts to compare.' }]);
    if ((from === 'current' || to === 'current') && !(await flush())) {
      return setErrors([{ message: 'The latest changes are not saved, so the current text would be out of date. Save them first.' }]);
    }
    const outcome = await compare(toSide(from), toSide(to));
    setErrors(outcome.ok ? [] : [{ message: outcome.error.message }]);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="compare-heading" aria-busy={busy}>
      <h3 id="compare-heading">Compare</h3>
      <ErrorSummary errors={errors} />
      <SelectInput id="compare-from" label="From" value={from} options={options} onChange={setFrom} />
      <SelectInput id="compare-to" label="To" value={to} options={options} onChange={setTo} error={errors.find((error) => error.fieldId === 'compare-to')?.message} />
      <button type="submit" className="button" disabled={busy}>
        Compare
      </button>
    </form>
  );
}
