import { useEffect, useRef, useState } from 'react';
import type { Person } from '../../../shared/reviews/types';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { selectPeopleBusy, usePeople } from './store';

interface RemovePersonProps {
  person: Person;
  /** Called with what to tell the user, or null when the user changed their mind. */
  onDone: (removed: string | null) => void;
}

/** The confirmation step before a person leaves the register: nothing goes until the user says so. */
export function RemovePerson({ person, onDone }: RemovePersonProps) {
  const remove = usePeople((state) => state.remove);
  const busy = usePeople(selectPeopleBusy);
  const [errors, setErrors] = useState<FormError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  // The button pressed has gone with the table: start reading at this step's heading.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function confirm() {
    const outcome = await remove(person.id);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    onDone(`${person.name} (${person.pseudonym}) has been removed from the register.`);
  }

  return (
    <section aria-labelledby="remove-person-heading" className="section warning-panel">
      <h2 id="remove-person-heading" ref={heading} tabIndex={-1}>
        Remove {person.name}?
      </h2>
      <ErrorSummary errors={errors} />
      <p>
        {person.name} and their pseudonym, {person.pseudonym}, will be taken out of this review’s people register, with their aliases. This cannot be undone.
      </p>
      <div className="button-group">
        <button type="button" className="button button-warning" disabled={busy} onClick={() => void confirm()}>
          Yes, remove {person.name}
        </button>
        <button type="button" className="link-button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
