import { useState, type FormEvent } from 'react';
import type { Register } from '../../../shared/findings/model';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { asOfFieldId, asOfLabel, emptyDraft, ragOptions, sourceKey, statusOptions, toDraft, toFilter, type FilterDraft } from './register-filter';
import { selectBusy, selectFilter, usePlan } from './store';

/** The register's filters; applied with "Show actions", so typing a date does not reread the register at every key. */
export function RegisterFilters({ register }: { register: Register }) {
  const filter = usePlan(selectFilter);
  const loadRegister = usePlan((state) => state.loadRegister);
  const busy = usePlan(selectBusy);
  const [draft, setDraft] = useState<FilterDraft>(() => toDraft(filter));
  const [errors, setErrors] = useState<FormError[]>([]);
  const change = <K extends keyof FilterDraft>(key: K) => (value: FilterDraft[K]) => setDraft((now) => ({ ...now, [key]: value }));

  async function apply(next: FilterDraft) {
    const wanted = toFilter(next);
    if (!wanted.ok) return setErrors([{ fieldId: asOfFieldId, message: wanted.message }]);
    const outcome = await loadRegister(wanted.filter);
    setErrors(outcome.ok ? [] : [{ message: outcome.error.message }]);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void apply(draft);
  }

  function clear() {
    setDraft(emptyDraft);
    void apply(emptyDraft);
  }

  const { choices } = register;
  return (
    <form className="ap-filters" onSubmit={submit} noValidate aria-labelledby="ap-filters-heading" aria-busy={busy}>
      <h2 id="ap-filters-heading">Filter the register</h2>
      <ErrorSummary errors={errors} />
      <div className="ap-filter-fields">
        <SelectInput
          id="ap-filter-source"
          label="Review or activity"
          value={draft.source}
          placeholder="All reviews and activities"
          options={choices.sources.map((choice) => ({ value: sourceKey(choice.source), label: choice.label }))}
          onChange={change('source')}
        />
        <SelectInput id="ap-filter-agency" label="Lead agency" value={draft.agency} placeholder="All agencies" options={choices.agencies.map((agency) => ({ value: agency, label: agency }))} onChange={change('agency')} />
        <SelectInput id="ap-filter-status" label="Status" value={draft.status} placeholder="Any status" options={statusOptions} onChange={change('status')} />
        <SelectInput id="ap-filter-rag" label="RAG rating" value={draft.rag} placeholder="Any rating" options={ragOptions} onChange={change('rag')} />
        <SelectInput id="ap-filter-category" label="Category" value={draft.category} placeholder="Any category" options={choices.categories.map((category) => ({ value: category, label: category }))} onChange={change('category')} />
        <DateInput id={asOfFieldId} label={asOfLabel} hint="Day first, for example 31/03/2027. Empty: today." value={draft.asOf} onChange={change('asOf')} error={errorFor(errors, asOfFieldId)} />
      </div>
      <div className="checkbox">
        <input id="ap-filter-overdue" type="checkbox" checked={draft.overdue} onChange={(event) => change('overdue')(event.target.checked)} />
        <label htmlFor="ap-filter-overdue">Overdue only</label>
      </div>
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          Show actions
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={clear}>
          Clear the filters
        </button>
      </div>
    </form>
  );
}
