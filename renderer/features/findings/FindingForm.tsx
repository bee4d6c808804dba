import { useState, type FormEvent } from 'react';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SelectInput } from '../../components/SelectInput';
import { TextArea } from '../../components/TextArea';
import { checkFinding } from './drafts';
import { ScreenFrame } from './ScreenFrame';
import { selectBusy, selectCategories, selectFindings, useFindings } from './store';
import { findingName } from './words';

const prefix = 'finding';

/** Adds a finding or changes one: its statement, the underlying pattern it shows, its category. */
export function FindingForm({ id, title }: { id: string | null; title: string }) {
  const finding = useFindings(selectFindings)?.find((each) => each.id === id) ?? null;
  const categories = useFindings(selectCategories);
  const addFinding = useFindings((state) => state.addFinding);
  const editFinding = useFindings((state) => state.editFinding);
  const show = useFindings((state) => state.show);
  const busy = useFindings(selectBusy);
  const [statement, setStatement] = useState(finding?.statement ?? '');
  const [pattern, setPattern] = useState(finding?.pattern ?? '');
  const [categoryId, setCategoryId] = useState(finding?.categoryId ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkFinding({ statement, pattern, categoryId }, prefix);
    if (!checked.ok) return setErrors(checked.errors);
    const outcome = finding ? await editFinding({ id: finding.id, ...checked.value }) : await addFinding(checked.value);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    const name = findingName(outcome.value);
    if (finding) show({ name: 'list' }, `Saved ${name}.`);
    else show({ name: 'finding', id: outcome.value.id }, `Added ${name}. Add the evidence it rests on.`);
  }

  return (
    <ScreenFrame title={title} heading={finding ? `Edit ${findingName(finding)}` : 'Add a finding'}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <TextArea id={`${prefix}-statement`} label="Statement" hint="What the review found, in a sentence or two." value={statement} onChange={setStatement} error={errorFor(errors, `${prefix}-statement`)} rows={3} />
        <TextArea
          id={`${prefix}-pattern`}
          label="Underlying pattern (optional)"
          hint="What it shows about the system, not individuals: why this is likely to happen again elsewhere."
          value={pattern}
          onChange={setPattern}
          rows={3}
        />
        <SelectInput
          id={`${prefix}-category`}
          label="Category"
          value={categoryId}
          placeholder="No category"
          options={(categories ?? []).map((category) => ({ value: category.id, label: category.name }))}
          onChange={setCategoryId}
        />
        <FormActions submitLabel={finding ? 'Save the finding' : 'Add the finding'} disabled={busy} onCancel={() => show({ name: 'list' })} />
      </form>
    </ScreenFrame>
  );
}
