/** How conversations and participants are named to a user, in the app and in exports. */
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines';
import type { ConversationKind } from '../../../shared/interviews/model';
import type { Person } from '../../../shared/reviews/types';

export const kindWords: Record<ConversationKind, string> = {
  individual: 'Individual interview',
  group: 'Group conversation',
  'learning-event': 'Practitioner learning event',
};

/** "Group conversation, Thu 12 Mar 2026"; the date left out while not arranged. */
export function conversationLabel(kind: ConversationKind, date: string | null): string {
  return date ? `${kindWords[kind]}, ${formatLocalDate(parseLocalDate(date))}` : kindWords[kind];
}

/**
 * A participant as anything publishable cites them: role and agency, never a name. Someone in
 * the register who is not a practitioner is cited by their relationship or as "Participant".
 */
export function describedAs(person: Pick<Person, 'practitionerRole' | 'agency' | 'relationship'>): string {
  const role = person.practitionerRole ?? person.relationship ?? 'Participant';
  return person.agency ? `${role}, ${person.agency}` : role;
}
