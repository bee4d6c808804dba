/** How days and deadlines read on screen: "Due Thu 2 Jan 2020 — 3 working days left", "Overdue by 2 working days". */
import type { ReviewDeadline } from '../../../shared/reviews/types';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(day: string): { weekday: number; day: number; month: number; year: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { weekday: new Date(Date.UTC(year, month - 1, date)).getUTCDay(), day: date, month: month - 1, year };
}

/** "Thursday 2 January 2020". */
export function formatDay(day: string): string {
  const p = parts(day);
  return p ? `${weekdays[p.weekday] ?? ''} ${p.day} ${months[p.month] ?? ''} ${p.year}` : day;
}

/** "Thu 2 Jan 2020". */
export function formatDayShort(day: string): string {
  const p = parts(day);
  return p ? `${(weekdays[p.weekday] ?? '').slice(0, 3)} ${p.day} ${(months[p.month] ?? '').slice(0, 3)} ${p.year}` : day;
}

export const workingDays = (n: number) => `${n.toLocaleString('en-GB')} working ${n === 1 ? 'day' : 'days'}`;

export type DeadlineState = 'met' | 'overdue' | 'unrecorded' | 'today' | 'due';

/**
 * Past its day with the date that would close it not recorded: overdue, or done and not written
 * down (an older review whose notification date nobody entered). The screen says which is which
 * is for the user to tell, rather than counting hundreds of working days overdue.
 */
export function deadlineState(deadline: ReviewDeadline): DeadlineState {
  if (deadline.met) return 'met';
  if (deadline.workingDaysLeft < 0) return deadline.recordedAs ? 'unrecorded' : 'overdue';
  return deadline.workingDaysLeft === 0 ? 'today' : 'due';
}

/** The words for how much time is left, which carry the meaning the tag's colour only repeats. */
export function timeLeftText(deadline: ReviewDeadline): string {
  switch (deadline.met ? 'met' : deadlineState(deadline)) {
    case 'met':
      return 'Done';
    case 'overdue':
      return `Overdue by ${workingDays(-deadline.workingDaysLeft)}`;
    case 'unrecorded':
      return `Not recorded as done: it was due ${formatDayShort(deadline.due)}. If it has been done, add ${deadline.recordedAs} to the key dates; if not, it is overdue.`;
    case 'today':
      return 'Due today';
    default:
      return `${workingDays(deadline.workingDaysLeft)} left`;
  }
}

export const stateTag: Record<DeadlineState, string> = { met: 'Done', overdue: 'Overdue', unrecorded: 'Not recorded', today: 'Due today', due: 'Due' };

/** The earliest deadline not yet met, or null. */
export function nextDeadline(deadlines: readonly ReviewDeadline[]): ReviewDeadline | null {
  const open = deadlines.filter((deadline) => !deadline.met);
  return open.reduce<ReviewDeadline | null>((soonest, deadline) => (!soonest || deadline.due < soonest.due ? deadline : soonest), null);
}

export function byDueDate(deadlines: readonly ReviewDeadline[]): ReviewDeadline[] {
  return [...deadlines].sort((a, b) => a.due.localeCompare(b.due));
}

/** The rule without the rule set's id the core prefixes it with ("local: 5 working days from …"). */
export function countedAs(rule: string): string {
  return rule.replace(/^[a-z0-9-]+: /, '');
}
