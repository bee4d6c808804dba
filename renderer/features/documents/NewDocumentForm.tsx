import { useState, type FormEvent } from 'react';
import type { DocumentKind } from '../../../shared/documents/types';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { selectBusy, useDocuments } from './store';
import { creatableKinds, kindLabels } from './words';

const kindHints: Record<(typeof creatableKinds)[number], string> = {
  general: 'Notes, briefings, letters: anything the review writes.',
  report: 'The review’s report, drafted here and exported to PDF for sign-off.',
};

/** A new document for the chosen review, opened in the editor as soon as it exists. */
export function NewDocumentForm() {
  const createDocument = useDocuments((state) => state.createDocument);
  const busy = useDocuments(selectBusy);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('report');
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setErrors([{ fieldId: 'document-title', message: 'Enter a title for the document, for example Overview report: Child M.' }]);
    const outcome = await createDocument(title, kind);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
  }

  return (
    <form className="section" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="new-document-heading" aria-busy={busy}>
      <h2 id="new-document-heading">New document</h2>
      <ErrorSummary errors={errors} />
      <TextInput id="document-title" label="Title" value={title} onChange={setTitle} error={errorFor(errors, 'document-title')} />
      <fieldset className="fieldset">
        <legend className="legend">Kind</legend>
        {creatableKinds.map((candidate) => (
          <div key={candidate} className="radio">
            <input id={`document-kind-${candidate}`} type="radio" name="document-kind" checked={kind === candidate} onChange={() => setKind(candidate)} aria-describedby={`document-kind-${candidate}-hint`} />
            <label htmlFor={`document-kind-${candidate}`}>{kindLabels[candidate]}</label>
            <p id={`document-kind-${candidate}-hint`} className="hint radio-hint">
              {kindHints[candidate]}
            </p>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        Create document
      </button>
    </form>
  );
}
