import { useState, type FormEvent } from 'react';
import { personRoleLabels, personRoles, type PersonRole } from '../../../shared/reviews/catalogue';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { selectPeopleBusy, usePeople } from './store';

const ids = {
  name: 'person-name',
  role: 'person-role',
  relationship: 'person-relationship',
  practitionerRole: 'person-practitioner-role',
  agency: 'person-agency',
  dob: 'person-dob',
  pseudonym: 'person-pseudonym',
  aliases: 'person-aliases',
};

/** Aliases typed one a line or separated by commas. */
function parseAliases(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((alias) => alias.trim())
    .filter(Boolean);
}

export function AddPerson({ reviewId }: { reviewId: string }) {
  const add = usePeople((state) => state.add);
  const suggest = usePeople((state) => state.suggest);
  const busy = usePeople(selectPeopleBusy);
  const [name, setName] = useState('');
  const [role, setRole] = useState<PersonRole | ''>('');
  const [relationship, setRelationship] = useState('');
  const [practitionerRole, setPractitionerRole] = useState('');
  const [agency, setAgency] = useState('');
  const [dob, setDob] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const [aliases, setAliases] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const isPractitioner = role === 'practitioner';

  async function refreshSuggestion(nextRole: PersonRole | '', detail: { relationship?: string; practitionerRole?: string } = {}) {
    if (!nextRole) return;
    const suggestion = await suggest({ reviewId, role: nextRole, ...detail });
    if (suggestion) setPseudonym(suggestion);
  }

  function changeRole(next: PersonRole) {
    setRole(next);
    void refreshSuggestion(next, { practitionerRole: next === 'practitioner' ? practitionerRole.trim() || undefined : undefined });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const found: FormError[] = [];
    if (!name.trim()) found.push({ fieldId: ids.name, message: 'Enter the person’s real name.' });
    if (!role) found.push({ fieldId: ids.role, message: 'Select the person’s role in the case.' });
    if (found.length > 0 || !role) return setErrors(found);
    const outcome = await add({
      reviewId,
      name: name.trim(),
      role,
      relationship: relationship.trim() || undefined,
      practitionerRole: isPractitioner ? practitionerRole.trim() || undefined : undefined,
      agency: isPractitioner ? agency.trim() || undefined : undefined,
      dateOfBirth: dob || undefined,
      pseudonym: pseudonym.trim() || undefined,
      aliases: parseAliases(aliases),
    });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setAdded(outcome.value.pseudonym);
    setName('');
    setRole('');
    setRelationship('');
    setPractitionerRole('');
    setAgency('');
    setDob('');
    setPseudonym('');
    setAliases('');
  }

  return (
    <section aria-labelledby="add-person-heading" className="section">
      <h2 id="add-person-heading">Add a person</h2>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <TextInput id={ids.name} label="Real name" width="medium" autoComplete="off" value={name} onChange={setName} error={errorFor(errors, ids.name)} />
        <SelectInput
          id={ids.role}
          label="Role in the case"
          value={role}
          placeholder="Select a role"
          options={personRoles.map((value) => ({ value, label: personRoleLabels[value] }))}
          onChange={changeRole}
          error={errorFor(errors, ids.role)}
        />
        <TextInput
          id={ids.relationship}
          label="Relationship (optional)"
          hint="For example, Mother, Maternal grandmother, Foster carer."
          width="medium"
          value={relationship}
          onChange={setRelationship}
          onBlur={() => void refreshSuggestion(role, { relationship: relationship.trim() || undefined })}
        />
        {isPractitioner && (
          <>
            <TextInput
              id={ids.practitionerRole}
              label="Practitioner’s role"
              hint="For example, Health Visitor."
              width="medium"
              value={practitionerRole}
              onChange={setPractitionerRole}
              onBlur={() => void refreshSuggestion(role, { practitionerRole: practitionerRole.trim() || undefined })}
            />
            <TextInput id={ids.agency} label="Agency" width="medium" value={agency} onChange={setAgency} />
          </>
        )}
        <TextInput id={ids.dob} label="Date of birth (optional)" type="date" width="medium" value={dob} onChange={setDob} error={errorFor(errors, ids.dob)} />
        <TextInput
          id={ids.pseudonym}
          label="Pseudonym"
          hint="Suggested from the role; change it if the family chose another. Left empty, one is suggested for you."
          width="medium"
          value={pseudonym}
          onChange={setPseudonym}
          error={errorFor(errors, ids.pseudonym)}
        />
        <TextArea
          id={ids.aliases}
          label="Aliases and spelling variants (optional)"
          hint="One a line, or separated by commas. Used later to catch a real name left in published text."
          rows={3}
          value={aliases}
          onChange={setAliases}
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
