import { useState, type FormEvent } from 'react';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { selectBusy, useTerms } from './store';

const nameId = 'tor-template-name';

interface SaveTemplateFormProps {
  reviewTitle: string;
  flush: () => Promise<boolean>;
}

/** Keeps these terms as a template for the partnership's next review; the review's own people, dates and subject stay behind. */
export function SaveTemplateForm({ reviewTitle, flush }: SaveTemplateFormProps) {
  const saveTemplate = useTerms((state) => state.saveTemplate);
  const busy = useTerms(selectBusy);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    if (!name.trim()) return setErrors([{ fieldId: nameId, message: 'Give the template a name.' }]);
    if (!(await flush())) return setErrors([{ message: 'The latest changes to the sections are not saved yet. Save them first (see the status under the sections).' }]);
    const outcome = await saveTemplate(name);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setSaved(`Saved the template “${name.trim()}”. It is offered when another review starts its terms of reference.`);
    setName('');
  }

  return (
    <section aria-labelledby="tor-save-template-heading" className="section">
      <h2 id="tor-save-template-heading">Save as a template</h2>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <p>
          Start another review’s terms from these. The subject, period, agencies, reviewer, panel and milestones belong to {reviewTitle || 'this review'} and are not kept in the template; a template
          with the same name is replaced.
        </p>
        <TextInput id={nameId} label="Template name" value={name} onChange={setName} error={errorFor(errors, nameId)} width="medium" />
        <button type="submit" className="button button-secondary" disabled={busy}>
          Save as template
        </button>
        <p role="status" className="confirmation-text">
          {saved}
        </p>
      </form>
    </section>
  );
}
