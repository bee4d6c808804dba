/** A review with a chronology entry, an episode and coded conversation notes, for the findings tests. Every name is invented. */
import { codedReview } from '../interviews/helpers';
import { call } from '../reviews/helpers';
import type { TestRig } from '../workspace/session/helpers';

export async function reviewWithEvidence(rig: TestRig) {
  const coded = await codedReview(rig);
  const { review } = coded;
  const entry = await call(rig, 'chronology:add-entry', { reviewId: review.id, date: '2026-03-04', agency: 'Police', event: 'Officers attend the family home after a neighbour’s call', action: 'Referral to children’s services' });
  const episode = await call(rig, 'episode:add', { reviewId: review.id, title: 'Second referral', start: '2026-03-02', end: '2026-03-20', summary: 'The school and the police referred within a week.' });
  return { ...coded, entry, episode };
}

export const review = (reviewId: string) => ({ kind: 'review' as const, reviewId });
