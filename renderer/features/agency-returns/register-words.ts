/** The register's one line per review about its agency returns: how many are late or awaited, and the next due. */
import { isOpen, type RequestInReview } from '../../../shared/agency-returns';
import { formatDayShort } from '../reviews/deadline-text';

export function returnsByReview(requests: readonly RequestInReview[]): Map<string, RequestInReview[]> {
  const byReview = new Map<string, RequestInReview[]>();
  for (const request of requests) byReview.set(request.review.id, [...(byReview.get(request.review.id) ?? []), request]);
  return byReview;
}

/** "2 late; next due Mon 30 Nov 2026", "3 awaited; next due …", "All returned (4)", or null when none was asked. */
export function returnsLine(requests: readonly RequestInReview[] | undefined): string | null {
  if (!requests || requests.length === 0) return null;
  const open = requests.filter((request) => isOpen(request.status));
  if (open.length === 0) return `All returned (${requests.length})`;
  const late = open.filter((request) => request.daysLate > 0 || request.shownStatus === 'late').length;
  const next = open.map((request) => request.due).filter((due): due is string => due !== null).sort()[0];
  const count = late > 0 ? `${late} late` : `${open.length} awaited`;
  return next ? `${count}; next due ${formatDayShort(next)}` : count;
}
