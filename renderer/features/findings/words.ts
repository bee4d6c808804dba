/** How the Findings area says findings, recommendations, actions and briefings in words. */
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines/local-date';
import { actionStatusWords, ragWords, type Action, type ActionEvent, type AnsweredFinding, type Finding, type Recommendation } from '../../../shared/findings/model';

/** "Thu 12 Mar 2026", or what to say when there is no day. */
export function dayText(day: string | null, none = 'Not set'): string {
  return day ? formatLocalDate(parseLocalDate(day), 'short') : none;
}

export function findingName(finding: Pick<Finding, 'number'>): string {
  return `Finding ${finding.number}`;
}

export function recommendationName(recommendation: Pick<Recommendation, 'number'>): string {
  return `Recommendation ${recommendation.number}`;
}

export function countText(count: number, one: string, many: string): string {
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

export function evidenceCountText(count: number): string {
  return count === 0 ? 'No evidence yet' : countText(count, 'piece of evidence', 'pieces of evidence');
}

/** "The partnership" when addressed to no agency in particular. */
export function addressedToText(agencies: readonly string[]): string {
  return agencies.length === 0 ? 'The partnership' : agencies.join(', ');
}

/** A finding a recommendation answers: "Finding 2: Referrals were…", or "Finding removed". */
export function answeredText(finding: AnsweredFinding): string {
  if (finding.findingId === null || finding.number === null) return 'Finding removed';
  return `Finding ${finding.number}${finding.statement ? `: ${finding.statement}` : ''}`;
}

/** The recommendations that answer a finding, by their numbers: "Recommendations 1 and 3". */
export function answeredByText(ids: readonly string[], recommendations: readonly Recommendation[] | null): string {
  if (ids.length === 0) return 'None yet';
  const numbers = (recommendations ?? []).filter((each) => ids.includes(each.id)).map((each) => each.number).sort((a, b) => a - b);
  if (numbers.length === 0) return countText(ids.length, 'recommendation', 'recommendations');
  if (numbers.length === 1) return `Recommendation ${numbers[0]}`;
  return `Recommendations ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** Status with its RAG rating, always in words: "At risk (Amber)". */
export function statusText(action: Pick<Action, 'status' | 'rag'>): string {
  return `${actionStatusWords[action.status]}${action.rag ? ` (${ragWords[action.rag]})` : ''}`;
}

export function overdueText(days: number): string {
  return days <= 0 ? 'Not overdue' : `${countText(days, 'day', 'days')} overdue`;
}

/** One line of an action's history: "Thu 12 Mar 2026: Status: At risk (Amber)." */
export function historyLine(event: ActionEvent): string {
  return `${dayText(event.on)}: ${event.words}`;
}

/** "Not yet confirmed: Police, Health" or that every agency has. */
export function notConfirmedText(agencies: readonly string[], received: number): string {
  if (received === 0) return 'No agency has received it yet.';
  if (agencies.length === 0) return 'Every agency that received it has confirmed its use.';
  return `Not yet confirmed: ${agencies.join(', ')}`;
}
