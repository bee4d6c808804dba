import { useState, type FormEvent } from 'react';
import { documentUpdateInput } from '../../../shared/documents/schemas';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { MarkingField } from './MarkingField';
import { selectBusy, useDocuments } from './store';
import type { OpenDocument } from './types';

const ids = { title: 'document-settings-title', marking: 'document-settings-marking' } as const;

/** The document's title and protective marking, checked by the same rules the core applies. */
export function SettingsPanel({ document }: { document: OpenDocument }) {
  const updateDocument = useDocuments((state) => state.updateDocument);
  const busy = useDocuments(selectBusy);
  const [title, setTitle] = useState(document.title);
  const [marking, setMarking] = useState(document.marking);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const checked = documentUpdateInput.safeParse({ id: document.id, title, marking });
    if (!checked.success) {
      return setErrors(checked.error.issues.map((issue) => ({ message: issue.message, fieldId: issue.path[0] === 'marking' ? ids.marking : ids.title })));
    }
    const outcome = await updateDocument({ title: checked.data.title, marking: checked.data.marking });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setTitle(outcome.value.title);
    setMarking(outcome.value.marking);
    setSaved('Settings saved.');
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <ErrorSummary errors={errors} />
      <TextInput id={ids.title} label="Title" value={title} onChange={setTitle} error={errorFor(errors, ids.title)} />
      <MarkingField id={ids.marking} value={marking} onChange={setMarking} error={errorFor(errors, ids.marking)} />
      <button type="submit" className="button" disabled={busy}>
        Save settings
      </button>
      <p role="status" className="confirmation-text">
        {saved}
      </p>
    </form>
  );
}
