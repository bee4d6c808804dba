/** How the Interviews area says the conversations' kinds, formats, statuses and consent. */
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines/local-date';
import type { Consent, ConsentCover, ConsentStatus, ConversationFormat, ConversationKind, ConversationStatus, Participant } from '../../../shared/interviews/model';

export const kindLabels: Record<ConversationKind, string> = {
  individual: 'Individual interview',
  group: 'Group conversation',
  'learning-event': 'Practitioner learning event',
};

export const formatLabels: Record<ConversationFormat, string> = { 'in-person': 'In person', video: 'Video', phone: 'Phone' };

export const statusLabels: Record<ConversationStatus, string> = {
  planned: 'Planned',
  held: 'Held',
  'notes-agreed': 'Notes agreed with the participant',
  closed: 'Closed',
};

export const consentStatusLabels: Record<ConsentStatus | 'not-asked', string> = {
  given: 'Given',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  'not-asked': 'Not yet asked',
};

export const coverLabels: Record<ConsentCover, string> = { notes: 'Notes kept', quotes: 'Quotes in the report', recording: 'Recording' };

/** "Thu 12 Mar 2026", or what to say when the day is not set. */
export function dayText(day: string | null, none = 'Date not set'): string {
  return day ? formatLocalDate(parseLocalDate(day), 'short') : none;
}

/** "Given on Thu 12 Mar 2026: notes kept, quotes in the report" */
export function consentText(consent: Consent | null): string {
  if (!consent) return consentStatusLabels['not-asked'];
  const on = consent.on ? ` on ${dayText(consent.on)}` : '';
  const covers = consent.status === 'given' ? (consent.covers.length > 0 ? `: ${consent.covers.map((cover) => coverLabels[cover].toLowerCase()).join(', ')}` : ': covers nothing yet') : '';
  return `${consentStatusLabels[consent.status]}${on}${covers}`;
}

/** The participants as the list shows them: "Social worker, Children's Services; Health visitor, Community Health". */
export function participantsText(participants: readonly Participant[]): string {
  return participants.length === 0 ? 'No participants' : participants.map((participant) => participant.describedAs).join('; ');
}

export function excerptsText(count: number): string {
  return count === 1 ? '1 excerpt' : `${count} excerpts`;
}
