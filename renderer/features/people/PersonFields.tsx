import { useRef } from 'react';
import { personRoleLabels, personRoles, type PersonRole } from '../../../shared/reviews/catalogue';
import { errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import type { PersonDraft, PersonFieldIds } from './person-draft';
import { usePeople } from './store';
import { DateInput } from '../../components/DateInput';

interface PersonFieldsProps {
  ids: PersonFieldIds;
  draft: PersonDraft;
  /** Takes a function, since a suggested pseudonym can arrive after the user typed on. */
  onChange: (change: (draft: PersonDraft) => PersonDraft) => void;
  errors: readonly FormError[];
  reviewId: string;
  /** When editing: the person's own pseudonym does not count as taken. */
  personId?: string;
  pseudonymHint: string;
}

type SuggestedFrom = Pick<PersonDraft, 'role' | 'relationship' | 'practitionerRole'>;

/** The fields of a person, shared by the add and edit forms. A change of role or relationship suggests a pseudonym. */
export function PersonFields({ ids, draft, onChange, errors, reviewId, personId, pseudonymHint }: PersonFieldsProps) {
  const suggest = usePeople((state) => state.suggest);
  // What the pseudonym was last suggested from: leaving a field unchanged suggests nothing, so an edited pseudonym stays.
  const suggestedFrom = useRef<SuggestedFrom>({ role: draft.role, relationship: draft.relationship.trim(), practitionerRole: draft.practitionerRole.trim() });
  const set = (field: keyof PersonDraft) => (value: string) => onChange((current) => ({ ...current, [field]: value }));
  const isPractitioner = draft.role === 'practitioner';

  async function refreshSuggestion(from: SuggestedFrom) {
    const last = suggestedFrom.current;
    if (!from.role || (from.role === last.role && from.relationship === last.relationship && from.practitionerRole === last.practitionerRole)) return;
    suggestedFrom.current = from;
    const suggestion = await suggest({
      reviewId,
      personId,
      role: from.role,
      relationship: from.relationship || undefined,
      practitionerRole: from.role === 'practitioner' ? from.practitionerRole || undefined : undefined,
    });
    if (suggestion) onChange((current) => ({ ...current, pseudonym: suggestion }));
  }

  const detail = { role: draft.role, relationship: draft.relationship.trim(), practitionerRole: draft.practitionerRole.trim() };

  function changeRole(role: PersonRole) {
    onChange((current) => ({ ...current, role }));
    void refreshSuggestion({ ...detail, role });
  }

  return (
    <>
      <TextInput id={ids.name} label="Real name" width="medium" autoComplete="off" value={draft.name} onChange={set('name')} error={errorFor(errors, ids.name)} />
      <SelectInput
        id={ids.role}
        label="Role in the case"
        value={draft.role}
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
        value={draft.relationship}
        onChange={set('relationship')}
        onBlur={() => void refreshSuggestion(detail)}
      />
      {isPractitioner && (
        <>
          <TextInput
            id={ids.practitionerRole}
            label="Practitioner’s role"
            hint="For example, Health Visitor."
            width="medium"
            value={draft.practitionerRole}
            onChange={set('practitionerRole')}
            onBlur={() => void refreshSuggestion(detail)}
          />
          <TextInput id={ids.agency} label="Agency" width="medium" value={draft.agency} onChange={set('agency')} />
        </>
      )}
      <DateInput
        id={ids.dateOfBirth}
        label="Date of birth (optional)"
        value={draft.dateOfBirth}
        onChange={set('dateOfBirth')}
        error={errorFor(errors, ids.dateOfBirth)}
      />
      <TextInput id={ids.pseudonym} label="Pseudonym" hint={pseudonymHint} width="medium" value={draft.pseudonym} onChange={set('pseudonym')} error={errorFor(errors, ids.pseudonym)} />
      <TextArea
        id={ids.aliases}
        label="Aliases and spelling variants (optional)"
        hint="One a line, or separated by commas. Used later to catch a real name left in published text."
        rows={3}
        value={draft.aliases}
        onChange={set('aliases')}
      />
    </>
  );
}
