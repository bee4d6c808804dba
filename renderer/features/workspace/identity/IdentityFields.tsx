import { useId } from 'react';
import { errorFor, type FormError } from '../../../components/ErrorSummary';
import { TextInput } from '../../../components/TextInput';

export interface IdentityDraft {
  displayName: string;
  role: string;
}

/** Roles people reviewing serious harm to children most often act in; any other can be typed. */
export const suggestedRoles = ['Independent reviewer', 'Lead reviewer', 'PRG member', 'Independent chair', 'Business manager', 'Scrutineer'];

interface IdentityFieldsProps {
  draft: IdentityDraft;
  onChange: (draft: IdentityDraft) => void;
  errors: readonly FormError[];
  /** The fields' ids, for the error summary's links. */
  ids: { displayName: string; role: string };
}

/** Your name and, if you like, your role: who the audit log records. */
export function IdentityFields({ draft, onChange, errors, ids }: IdentityFieldsProps) {
  const roles = useId();
  return (
    <>
      <TextInput
        id={ids.displayName}
        label="Your name"
        hint="The audit log records this name with everything you do in a workspace on this computer, including any sign-off."
        autoComplete="name"
        value={draft.displayName}
        onChange={(displayName) => onChange({ ...draft, displayName })}
        error={errorFor(errors, ids.displayName)}
        width="medium"
      />
      <TextInput
        id={ids.role}
        label="Your role (optional)"
        hint="The part you play in reviews, for example Independent reviewer, PRG member or Independent chair."
        autoComplete="organization-title"
        list={roles}
        value={draft.role}
        onChange={(role) => onChange({ ...draft, role })}
        error={errorFor(errors, ids.role)}
        width="medium"
      />
      <datalist id={roles}>
        {suggestedRoles.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
    </>
  );
}
