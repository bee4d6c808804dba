import { personRoleLabels } from '../../../shared/reviews/catalogue';
import type { Person } from '../../../shared/reviews/types';
import { errorFor, type FormError } from '../../components/ErrorSummary';
import { ConsentFields } from './ConsentFields';
import { notAsked, type ConsentDraft } from './consent-draft';
import { useInterviews } from './store';

interface ParticipantsFieldProps {
  id: string;
  /** The people chosen, each with their consent as recorded so far. */
  chosen: Record<string, ConsentDraft>;
  onChange: (chosen: Record<string, ConsentDraft>) => void;
  errors: readonly FormError[];
}

/** "Social worker, Children's Services" for a practitioner; the register's role otherwise. */
export function personDescription(person: Person): string {
  const practice = [person.practitionerRole, person.agency].filter(Boolean).join(', ');
  return practice || person.relationship || personRoleLabels[person.role];
}

/** Practitioners first: they are who a practice review talks to. */
function byPractitioner(a: Person, b: Person): number {
  return Number(b.role === 'practitioner') - Number(a.role === 'practitioner') || a.name.localeCompare(b.name, 'en-GB');
}

/** Who takes part, chosen from the review's people register, with each one's consent under their name. */
export function ParticipantsField({ id, chosen, onChange, errors }: ParticipantsFieldProps) {
  const people = useInterviews((state) => state.people);
  const error = errorFor(errors, id);
  return (
    <fieldset id={id} tabIndex={-1} className={error ? 'fieldset form-group-error' : 'fieldset'} aria-describedby={`${id}-hint`}>
      <legend className="label">Participants</legend>
      <p id={`${id}-hint`} className="hint">
        From the review’s people register. Add a practitioner there first if they are not listed.
      </p>
      {error ? <p className="error-message">{error}</p> : null}
      {people === null ? (
        <p role="status">Loading the people register…</p>
      ) : people.length === 0 ? (
        <p>The people register of this review is empty.</p>
      ) : (
        <ul className="iv-plain-list">
          {[...people].sort(byPractitioner).map((person) => {
            const consent = chosen[person.id];
            const described = personDescription(person);
            return (
              <li key={person.id}>
                <div className="checkbox">
                  <input
                    id={`participant-${person.id}`}
                    type="checkbox"
                    checked={consent !== undefined}
                    onChange={(event) => {
                      const next = { ...chosen };
                      if (event.target.checked) next[person.id] = notAsked;
                      else delete next[person.id];
                      onChange(next);
                    }}
                  />
                  <label htmlFor={`participant-${person.id}`}>
                    {person.name} ({described})
                  </label>
                </div>
                {consent ? (
                  <ConsentFields
                    id={`consent-${person.id}`}
                    legend={`Consent: ${person.name}`}
                    value={consent}
                    statuses={['not-asked', 'given', 'declined']}
                    onChange={(draft) => onChange({ ...chosen, [person.id]: draft })}
                    dateError={errorFor(errors, `consent-${person.id}-on`)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
