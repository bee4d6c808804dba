/** The Practice Review Group's lists and the register's line, from the requests the core returns. */
import { describe, expect, it } from 'vitest';
import type { RequestInReview, ReturnsOverview } from '../../../../shared/agency-returns';
import { groups } from '../../../../renderer/features/agency-returns/ReturnsOverview';
import { returnsByReview, returnsLine } from '../../../../renderer/features/agency-returns/register-words';

let next = 0;
function request(fields: Partial<RequestInReview>): RequestInReview {
  next++;
  return {
    id: `q${next}`,
    reviewId: 'r1',
    review: { id: fields.reviewId ?? 'r1', title: 'Rapid review: Child M', subject: 'Child M', type: 'rapid-review' },
    agency: `Agency ${next}`,
    asks: ['summary'],
    sent: '2026-11-03',
    contact: null,
    due: '2026-11-16',
    dueRule: null,
    dueEntered: false,
    status: 'requested',
    shownStatus: 'requested',
    daysLate: 0,
    chases: [],
    closedOn: null,
    confirmedBy: null,
    note: null,
    submissionIds: [],
    createdAt: '2026-11-03T09:00:00.000Z',
    updatedAt: '2026-11-03T09:00:00.000Z',
    ...fields,
  };
}

describe('the lists across reviews', () => {
  it('puts open requests past their day under late (most late first), those due by Friday under this week, and today’s returns under received today', () => {
    const lateChased = request({ agency: 'Health visiting', status: 'chased', shownStatus: 'chased', daysLate: 3, due: '2026-11-23' });
    const lateMost = request({ agency: 'School', shownStatus: 'late', daysLate: 8 });
    const dueFriday = request({ agency: 'GP', due: '2026-11-27' });
    const dueToday = request({ agency: 'Police', due: '2026-11-26' });
    const nextWeek = request({ agency: 'Housing', due: '2026-11-30' });
    const nil = request({ agency: 'Youth service', status: 'nil-return', shownStatus: 'nil-return', closedOn: '2026-11-26', confirmedBy: 'Manager' });
    const receivedEarlier = request({ agency: 'Hospital', status: 'received', shownStatus: 'received', closedOn: '2026-11-20' });
    const withdrawnToday = request({ agency: 'Probation', status: 'withdrawn', shownStatus: 'withdrawn', closedOn: '2026-11-26' });
    const overview: ReturnsOverview = { today: '2026-11-26', weekEnd: '2026-11-27', requests: [lateChased, lateMost, dueFriday, dueToday, nextWeek, nil, receivedEarlier, withdrawnToday] };
    const lists = groups(overview);
    expect(lists.late.map((each) => each.agency)).toEqual(['School', 'Health visiting']);
    expect(lists.dueThisWeek.map((each) => each.agency)).toEqual(['Police', 'GP']);
    expect(lists.receivedToday.map((each) => each.agency)).toEqual(['Youth service']);
  });
});

describe('the register’s line per review', () => {
  it('says how many are late or awaited and the next due date, “All returned” when nothing is open, and nothing when none was asked', () => {
    const byReview = returnsByReview([
      request({ shownStatus: 'late', daysLate: 2, due: '2026-11-16' }),
      request({ due: '2026-12-01' }),
      request({ reviewId: 'r2', status: 'received', shownStatus: 'received', closedOn: '2026-11-20' }),
      request({ reviewId: 'r3', due: null }),
    ]);
    expect(returnsLine(byReview.get('r1'))).toBe('1 late; next due Mon 16 Nov 2026');
    expect(returnsLine(byReview.get('r2'))).toBe('All returned (1)');
    expect(returnsLine(byReview.get('r3'))).toBe('1 awaited');
    expect(returnsLine(byReview.get('r4'))).toBeNull();
  });
});
