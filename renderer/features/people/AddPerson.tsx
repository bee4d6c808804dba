import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { addFields, checkPerson, emptyPerson, personFieldIds } from './person-draft';
import { PersonFields } from './PersonFields';
import { selectPeopleBusy, usePeople } from './store';

const ids = personFieldIds('person');

export function AddPerson({ reviewId }: { reviewId: string }) {
  const add = usePeople((state) => state.add);
  const busy = usePeople(selectPeopleBusy);
  const [draft, setDraft] = useState(emptyPerson);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [addedCount, setAddedCount] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const found = checkPerson(draft, ids, { pseudonymRequired: false });
    if (found.length > 0 || !draft.role) return setErrors(found);
    const outcome = await add({ reviewId, ...addFields({ ...draft, role: draft.role }) });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setAdded(outcome.value.pseudonym);
    setAddedCount((count) => count + 1);
    setDraft(emptyPerson);
  }

  return (
    <section aria-labelledby="add-person-heading" className="section">
      <h2 id="add-person-heading">Add a person</h2>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        {/* A fresh set of fields for each person, so the next one's role suggests afresh. */}
        <PersonFields
          key={addedCount}
          ids={ids}
          draft={draft}
          onChange={setDraft}
          errors={errors}
          reviewId={reviewId}
          pseudonymHint="Suggested from the role; change it if the family chose another. Left empty, one is suggested for you."
        />
        <button type="submit" className="button" disabled={busy}>
          Add person
        </button>
        <p role="status" className="confirmation-text">
          {added && `Added as ${added}.`}
        </p>
      </form>
    </section>
  );
}
