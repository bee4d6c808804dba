/** A person as the add and edit forms hold them: every field as text, aliases as typed. */
import type { PersonRole } from '../../../shared/reviews/catalogue';
import type { PersonPatch } from '../../../shared/reviews/schemas';
import type { Person } from '../../../shared/reviews/types';
import type { FormError } from '../../components/ErrorSummary';
import { dayProblem } from '../../../shared/dates/day-input';

export interface PersonDraft {
  name: string;
  role: PersonRole | '';
  relationship: string;
  practitionerRole: string;
  agency: string;
  dateOfBirth: string;
  pseudonym: string;
  aliases: string;
}

export const emptyPerson: PersonDraft = { name: '', role: '', relationship: '', practitionerRole: '', agency: '', dateOfBirth: '', pseudonym: '', aliases: '' };

export function draftOf(person: Person): PersonDraft {
  return {
    name: person.name,
    role: person.role,
    relationship: person.relationship ?? '',
    practitionerRole: person.practitionerRole ?? '',
    agency: person.agency ?? '',
    dateOfBirth: person.dateOfBirth ?? '',
    pseudonym: person.pseudonym,
    aliases: person.aliases.join(', '),
  };
}

export type PersonFieldIds = Record<keyof PersonDraft, string>;

/** Ids for one form's fields, so the add and edit forms never share one. */
export function personFieldIds(prefix: string): PersonFieldIds {
  return {
    name: `${prefix}-name`,
    role: `${prefix}-role`,
    relationship: `${prefix}-relationship`,
    practitionerRole: `${prefix}-practitioner-role`,
    agency: `${prefix}-agency`,
    dateOfBirth: `${prefix}-dob`,
    pseudonym: `${prefix}-pseudonym`,
    aliases: `${prefix}-aliases`,
  };
}

/** Aliases typed one a line or separated by commas. */
export function parseAliases(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((alias) => alias.trim())
    .filter(Boolean);
}

export function checkPerson(draft: PersonDraft, ids: PersonFieldIds, { pseudonymRequired }: { pseudonymRequired: boolean }): FormError[] {
  const found: FormError[] = [];
  if (!draft.name.trim()) found.push({ fieldId: ids.name, message: 'Enter the person’s real name.' });
  if (!draft.role) found.push({ fieldId: ids.role, message: 'Select the person’s role in the case.' });
  if (pseudonymRequired && !draft.pseudonym.trim()) found.push({ fieldId: ids.pseudonym, message: 'Enter the pseudonym used for the person in anything published.' });
  const birthProblem = dayProblem(draft.dateOfBirth, 'The date of birth');
  if (birthProblem) found.push({ fieldId: ids.dateOfBirth, message: birthProblem });
  return found;
}

/** The values the draft asks for, with what does not apply to the role cleared. */
function wanted(draft: PersonDraft) {
  const practitioner = draft.role === 'practitioner';
  return {
    relationship: draft.relationship.trim() || null,
    practitionerRole: practitioner ? draft.practitionerRole.trim() || null : null,
    agency: practitioner ? draft.agency.trim() || null : null,
    dateOfBirth: draft.dateOfBirth || null,
  };
}

/** The person's fields as `people:add` takes them (the review id aside). */
export function addFields(draft: PersonDraft & { role: PersonRole }) {
  const values = wanted(draft);
  return {
    name: draft.name.trim(),
    role: draft.role,
    relationship: values.relationship ?? undefined,
    practitionerRole: values.practitionerRole ?? undefined,
    agency: values.agency ?? undefined,
    dateOfBirth: values.dateOfBirth ?? undefined,
    pseudonym: draft.pseudonym.trim() || undefined,
    aliases: parseAliases(draft.aliases),
  };
}

/** Only the fields that changed, so an edit made elsewhere in the meantime survives. */
export function changedFields(draft: PersonDraft & { role: PersonRole }, person: Person): Omit<PersonPatch, 'id'> {
  const values = wanted(draft);
  const aliases = parseAliases(draft.aliases);
  const patch: Omit<PersonPatch, 'id'> = {};
  if (draft.name.trim() !== person.name) patch.name = draft.name.trim();
  if (draft.role !== person.role) patch.role = draft.role;
  if (values.relationship !== person.relationship) patch.relationship = values.relationship;
  if (values.practitionerRole !== person.practitionerRole) patch.practitionerRole = values.practitionerRole;
  if (values.agency !== person.agency) patch.agency = values.agency;
  if (values.dateOfBirth !== person.dateOfBirth) patch.dateOfBirth = values.dateOfBirth;
  if (draft.pseudonym.trim() !== person.pseudonym) patch.pseudonym = draft.pseudonym.trim();
  if (aliases.join('\n') !== person.aliases.join('\n')) patch.aliases = aliases;
  return patch;
}
