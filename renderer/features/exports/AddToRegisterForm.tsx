import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { UnknownName } from '../../../shared/exports/types';
import { personRoleLabels, personRoles, type PersonRole } from '../../../shared/reviews/catalogue';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { selectBusy, useExports, type NewPerson } from './store';

interface AddToRegisterFormProps {
  id: string;
  candidate: UnknownName;
  onCancel: () => void;
  onAdded: () => void;
}

/** Most names the check finds are relatives and friends the agencies mention in passing. */
const defaultRole: PersonRole = 'other-family';

/**
 * Adds the name to the review's people register, with a pseudonym suggested from the role
 * (and the relationship, when given), which the user may change. Then the check runs again.
 */
export function AddToRegisterForm({ id, candidate, onCancel, onAdded }: AddToRegisterFormProps) {
  const addPerson = useExports((state) => state.addPerson);
  const suggestPseudonym = useExports((state) => state.suggestPseudonym);
  const busy = useExports(selectBusy);
  const [person, setPerson] = useState<NewPerson>({ name: candidate.name, role: defaultRole, relationship: '', pseudonym: '' });
  const [errors, setErrors] = useState<FormError[]>([]);
  // A pseudonym the user typed is theirs: a later suggestion does not replace it.
  const typed = useRef(false);
  const suggestedFor = useRef<string | null>(null);
  const nameField = useRef<HTMLDivElement>(null);
  const ids = { name: `${id}-name`, role: `${id}-role`, relationship: `${id}-relationship`, pseudonym: `${id}-pseudonym` };

  async function suggest(role: PersonRole, relationship: string) {
    const asked = JSON.stringify([role, relationship.trim()]);
    if (typed.current || suggestedFor.current === asked) return;
    suggestedFor.current = asked;
    const suggestion = await suggestPseudonym(role, relationship);
    if (suggestion && !typed.current && suggestedFor.current === asked) setPerson((current) => ({ ...current, pseudonym: suggestion }));
  }

  useEffect(() => {
    nameField.current?.querySelector('input')?.focus();
    void suggest(defaultRole, '');
    // Once, when the form opens; later suggestions follow the role and relationship.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!person.name.trim()) return setErrors([{ fieldId: ids.name, message: 'Enter the person’s real name.' }]);
    const outcome = await addPerson(person);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    onAdded();
  }

  return (
    <form id={id} className="names-add" onSubmit={(event) => void submit(event)} noValidate aria-label={`Add ${candidate.name} to the people register`} aria-busy={busy}>
      <ErrorSummary errors={errors} />
      <div ref={nameField}>
        <TextInput
          id={ids.name}
          label="Real name"
          hint="As the register should hold it; other spellings can be added in the Reviews area."
          width="medium"
          autoComplete="off"
          value={person.name}
          onChange={(name) => setPerson((current) => ({ ...current, name }))}
          error={errorFor(errors, ids.name)}
        />
      </div>
      <SelectInput
        id={ids.role}
        label="Role in the case"
        value={person.role}
        options={personRoles.map((value) => ({ value, label: personRoleLabels[value] }))}
        onChange={(role) => {
          setPerson((current) => ({ ...current, role }));
          void suggest(role, person.relationship);
        }}
      />
      <TextInput
        id={ids.relationship}
        label="Relationship (optional)"
        hint="For example, Maternal grandmother, Brother, Neighbour."
        width="medium"
        value={person.relationship}
        onChange={(relationship) => setPerson((current) => ({ ...current, relationship }))}
        onBlur={() => void suggest(person.role, person.relationship)}
      />
      <TextInput
        id={ids.pseudonym}
        label="Pseudonym"
        hint="Suggested from the role and relationship; change it if the family chose another. Left empty, one is suggested for you."
        width="medium"
        value={person.pseudonym}
        onChange={(pseudonym) => {
          typed.current = true;
          setPerson((current) => ({ ...current, pseudonym }));
        }}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          Add person
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel<span className="visually-hidden"> adding {candidate.name}</span>
        </button>
      </div>
    </form>
  );
}
