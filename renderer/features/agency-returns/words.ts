/** How a request reads on screen: its status as a tag, what is asked, and how late it is. */
import { requestAskLabels, statusLabels, type AgencyRequest, type ShownStatus } from '../../../shared/agency-returns';
import { formatDayShort, workingDays } from '../reviews/deadline-text';

/** The tag's class: late in the error colour, done with a tick, the rest plain. */
export const statusTagClass: Record<ShownStatus, string> = {
  late: 'tag tag-overdue',
  received: 'tag tag-met',
  'nil-return': 'tag tag-met',
  requested: 'tag',
  chased: 'tag',
  withdrawn: 'tag',
};

export function asksText(request: Pick<AgencyRequest, 'asks'>): string {
  return request.asks.map((ask) => requestAskLabels[ask]).join(', ');
}

/** "8 working days late", "Received Thu 26 Nov 2026", "Nil return, confirmed by …", "Due in 3 working days". */
export function statusDetail(request: AgencyRequest): string | null {
  if (request.daysLate > 0) return `${workingDays(request.daysLate)} late`;
  if (request.closedOn) {
    if (request.status === 'nil-return') return `Confirmed ${formatDayShort(request.closedOn)} by ${request.confirmedBy ?? 'someone not recorded'}`;
    return `${statusLabels[request.status]} ${formatDayShort(request.closedOn)}`;
  }
  return null;
}

export function chasesText(request: AgencyRequest): string | null {
  return request.chases.length ? `Chased ${request.chases.map((chase) => formatDayShort(chase.on)).join(', ')}` : null;
}

export function dueText(request: AgencyRequest): string {
  return request.due ? formatDayShort(request.due) : 'Not set';
}
