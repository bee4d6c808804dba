import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/reviews/types';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { changedFields, checkPerson, draftOf, personFieldIds } from './person-draft';
import { PersonFields } from './PersonFields';
import { selectPeopleBusy, usePeople } from './store';

const ids = personFieldIds('edit-person');

interface EditPersonProps {
  person: Person;
  /** Called with what to tell the user, or null when nothing was saved. */
  onDone: (saved: string | null) => void;
}

export function EditPerson({ person, onDone }: EditPersonProps) {
  const update = usePeople((state) => state.update);
  const busy = usePeople(selectPeopleBusy);
  const [draft, setDraft] = useState(() => draftOf(person));
  const [errors, setErrors] = useState<FormError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  // The button pressed has gone with the table: start reading at this step's heading.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkPerson(draft, ids, { pseudonymRequired: true });
    if (found.length > 0 || !draft.role) return setErrors(found);
    const patch = changedFields({ ...draft, role: draft.role }, person);
    if (Object.keys(patch).length === 0) return onDone(null);
    const outcome = await update(person.id, patch);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    onDone(`The changes to ${outcome.value.name} (${outcome.value.pseudonym}) have been saved.`);
  }

  return (
    <section aria-labelledby="edit-person-heading" className="section">
      <h2 id="edit-person-heading" ref={heading} tabIndex={-1}>
        Edit {person.name}
      </h2>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <PersonFields
          ids={ids}
          draft={draft}
          onChange={setDraft}
          errors={errors}
          reviewId={person.reviewId}
          personId={person.id}
          pseudonymHint="Used for the person in anything published. Changing the role suggests another."
        />
        <FormActions submitLabel={busy ? 'Saving…' : 'Save changes'} onCancel={() => onDone(null)} disabled={busy} />
      </form>
    </section>
  );
}
