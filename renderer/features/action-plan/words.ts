/** How the Action plan area says statuses, RAG ratings, overdue days, counts and reporting years: in words, day first. */
import { actionStatusWords, activityTypeWords, ragWords, type Activity, type ActionStatus, type AnsweredFinding, type Rag, type RegisterCounts } from '../../../shared/findings/model';
import { dayText } from '../interviews/words';

export { dayText };

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function actionsText(count: number): string {
  return plural(count, 'action', 'actions');
}

export function findingsText(count: number): string {
  return count === 0 ? 'No findings' : plural(count, 'finding', 'findings');
}

/** "At risk (Amber)", "Complete", "Not started": the status always, the RAG rating when one was given. */
export function statusText(status: ActionStatus, rag: Rag | null): string {
  return rag ? `${actionStatusWords[status]} (${ragWords[rag]})` : actionStatusWords[status];
}

export function ragText(rag: Rag | null): string {
  return rag ? ragWords[rag] : 'Not rated';
}

/** "12 days overdue", "1 day overdue", or "Not overdue". */
export function overdueText(days: number): string {
  return days > 0 ? `${plural(days, 'day', 'days')} overdue` : 'Not overdue';
}

/** "14 actions, 3 overdue." and each status with any actions: "On track: 6; At risk: 2." */
export function countsText(counts: RegisterCounts): { headline: string; byStatus: string } {
  const statuses = (Object.keys(actionStatusWords) as ActionStatus[]).filter((status) => counts.byStatus[status] > 0);
  return {
    headline: `${actionsText(counts.total)}, ${counts.overdue} overdue.`,
    byStatus: statuses.length === 0 ? 'No actions yet.' : `${statuses.map((status) => `${actionStatusWords[status]}: ${counts.byStatus[status]}`).join('; ')}.`,
  };
}

/** "Finding 2: Agencies held…", or "Finding removed" once the finding a recommendation answered was deleted. */
export function findingText(finding: AnsweredFinding): string {
  return finding.findingId === null ? 'Finding removed' : `Finding ${finding.number ?? ''}: ${finding.statement ?? ''}`;
}

/** The name an activity goes by in the register: "Multi-agency audit: Neglect in under-fives". */
export function activityName(activity: Pick<Activity, 'type' | 'title'>): string {
  return `${activityTypeWords[activity.type]}: ${activity.title}`;
}

/**
 * The partnership's reporting year runs from 1 April to 31 March, as its annual report does; the
 * core's annual report takes the year it starts in. "2026 to 2027".
 */
export function reportingYearText(year: number): string {
  return `${year} to ${year + 1}`;
}

/** What the tables for a year hold, as the core's rule has it. */
export function yearCoverText(year: number): string {
  return `Findings with recommendations open or updated between 1 April ${year} and 31 March ${year + 1}; each action’s status is as at 31 March ${year + 1}.`;
}

/** The reporting year `day` (YYYY-MM-DD) falls in: 2027-02-01 is in 2026 to 2027. */
export function reportingYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}

/** The years the annual report offers: this one and the five before it, newest first. */
export function reportingYears(today: string): number[] {
  const current = reportingYearOf(today);
  return Array.from({ length: 6 }, (_, index) => current - index);
}

/** What removing a category does to the findings that have it. */
export function categoryRemovalText(name: string, findings: number): string {
  if (findings === 0) return `Remove ${name}? No findings have it.`;
  return `${plural(findings, 'finding has', 'findings have')} ${name}. ${findings === 1 ? 'It keeps its' : 'They keep their'} text and ${findings === 1 ? 'becomes' : 'become'} uncategorised.`;
}

/** Today on this computer's calendar, YYYY-MM-DD. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
