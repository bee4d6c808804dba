import { useState, type FormEvent } from 'react';
import type { FindingCategory } from '../../../shared/findings/model';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { useFocusOnOpen } from './focus';
import { selectBusy, usePlan } from './store';

/** Adds a category, or renames one (every finding with it shows the new name). */
export function CategoryForm({ category, onDone }: { category?: FindingCategory; onDone: (message: string) => void }) {
  const addCategory = usePlan((state) => state.addCategory);
  const renameCategory = usePlan((state) => state.renameCategory);
  const busy = usePlan(selectBusy);
  const prefix = category ? `ap-category-${category.id}` : 'ap-new-category';
  const [name, setName] = useState(category?.name ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  // Renaming opens on demand: its heading takes focus. The add form is always there, and does not.
  const heading = useFocusOnOpen<HTMLHeadingElement>(category !== undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setErrors([{ fieldId: `${prefix}-name`, message: 'Give the category a name, for example “Neglect”.' }]);
    const outcome = category ? await renameCategory(category.id, name.trim()) : await addCategory(name.trim());
    if (!outcome.ok) return setErrors([{ fieldId: `${prefix}-name`, message: outcome.error.message }]);
    setErrors([]);
    if (!category) setName('');
    onDone(category ? `Renamed ${category.name} to ${outcome.value.name}.` : `Added ${outcome.value.name}.`);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-labelledby={`${prefix}-heading`} className="ap-inset">
      <h2 id={`${prefix}-heading`} ref={heading} tabIndex={-1}>
        {category ? `Rename ${category.name}` : 'Add a category'}
      </h2>
      <ErrorSummary errors={errors} />
      <TextInput id={`${prefix}-name`} label={category ? 'New name' : 'Name'} value={name} onChange={setName} error={errorFor(errors, `${prefix}-name`)} width="medium" />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {category ? 'Save the name' : 'Add the category'}
        </button>
        {category ? (
          <button type="button" className="link-button" onClick={() => onDone('')}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
