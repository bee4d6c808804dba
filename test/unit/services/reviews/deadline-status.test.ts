/**
 * What the reviews list needs to show "3 working days left" or "overdue": each deadline says
 * whether it has been met and how many working days remain, counted from the core's clock
 * (the test rig's clock reads Thursday 26 November 2026).
 */
import { describe, expect, it } from 'vitest';
import { addRapidReview, call, useWorkspace } from './helpers';

const workspace = useWorkspace();

describe('deadline status', () => {
  it('counts working days left to an open deadline, and marks it met once the date is recorded', async () => {
    // Aware Tue 24 Nov 2026: notification due 5 working days later, Tue 1 Dec 2026.
    // From Thu 26 Nov: Fri 27, Mon 30, Tue 1 → 3 working days left.
    const review = await addRapidReview(workspace.rig, { aware: '2026-11-24' });
    const notification = review.deadlines.find((deadline) => deadline.id === 'notification');
    expect(notification).toMatchObject({ due: '2026-12-01', met: false, workingDaysLeft: 3 });

    const notified = await call(workspace.rig, 'review:update', { id: review.id, dates: { notified: '2026-11-25' } });
    expect(notified.deadlines.find((deadline) => deadline.id === 'notification')).toMatchObject({ met: true });
    // The rapid review runs 15 working days from the notification and is not met until the decision.
    expect(notified.deadlines.find((deadline) => deadline.id === 'rapid-review')).toMatchObject({ met: false });
  });

  it('gives a negative count for an overdue deadline', async () => {
    // Aware Mon 2 Nov 2026: notification due Mon 9 Nov; by Thu 26 Nov it is 13 working days overdue.
    const review = await addRapidReview(workspace.rig, { aware: '2026-11-02' });
    expect(review.deadlines.find((deadline) => deadline.id === 'notification')).toMatchObject({ due: '2026-11-09', met: false, workingDaysLeft: -13 });
  });
});
