import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { changedLists, checkDraft, draftOf, involvedLists, type InvolvedDraft } from './involved';
import { InvolvedSummary } from './InvolvedSummary';
import { RowsFieldset } from './RowsFieldset';
import { selectBusy, useReviews } from './store';

/** Agencies, reviewers, panel members and parallel processes: read-only, with a form to edit them. */
export function InvolvedSection({ review }: { review: ReviewDetail }) {
  const [draft, setDraft] = useState<InvolvedDraft | null>(null);
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  function edit() {
    setSaved(false);
    setDraft(draftOf(review));
  }

  function close(outcome: 'saved' | 'cancelled') {
    setDraft(null);
    setSaved(outcome === 'saved');
    // The form's buttons are gone: land on the heading after a save (its message follows), on Edit after a cancel.
    requestAnimationFrame(() => (outcome === 'saved' ? heading.current : editButton.current)?.focus());
  }

  return (
    <section aria-labelledby="involved-heading" className="section">
      <h2 id="involved-heading" ref={heading} tabIndex={-1}>
        Agencies and people involved
      </h2>
      <p role="status" className="confirmation-text">
        {saved && 'The agencies and people involved have been saved.'}
      </p>
      {draft ? (
        <InvolvedForm review={review} draft={draft} onChange={setDraft} onClose={close} />
      ) : (
        <>
          <InvolvedSummary review={review} />
          <button ref={editButton} type="button" className="button button-secondary" onClick={edit}>
            Edit agencies and people
          </button>
        </>
      )}
    </section>
  );
}

interface InvolvedFormProps {
  review: ReviewDetail;
  draft: InvolvedDraft;
  onChange: (draft: InvolvedDraft) => void;
  onClose: (outcome: 'saved' | 'cancelled') => void;
}

function InvolvedForm({ review, draft, onChange, onClose }: InvolvedFormProps) {
  const update = useReviews((state) => state.update);
  const busy = useReviews(selectBusy);
  const [errors, setErrors] = useState<FormError[]>([]);
  const form = useRef<HTMLFormElement>(null);

  // Opening the form moves focus into it, to its first control.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkDraft(draft);
    if (found.length > 0) return setErrors(found);
    const changes = changedLists(draft, review);
    if (Object.keys(changes).length === 0) return onClose('cancelled');
    const outcome = await update(changes);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    onClose('saved');
  }

  return (
    <form
      ref={form}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-busy={busy}
      aria-label="Edit agencies and people involved"
    >
      <ErrorSummary errors={errors} />
      {involvedLists.map((list) => (
        <RowsFieldset key={list} list={list} rows={draft[list]} errors={errors} onChange={(rows) => onChange({ ...draft, [list]: rows })} />
      ))}
      <FormActions submitLabel={busy ? 'Saving…' : 'Save agencies and people'} onCancel={() => onClose('cancelled')} disabled={busy} />
    </form>
  );
}
