/**
 * Which review an area shows. The one already chosen stays chosen while it exists; otherwise the
 * first in the register's order (the most recently changed); none when the register is empty.
 * The Chronology, Report and Terms areas each keep their own choice.
 */
import type { ReviewSummary } from '../../shared/reviews/types';
import { call } from './api';

export interface ReviewChoice {
  reviews: ReviewSummary[];
  /** The review to show, or null when there are none. */
  choice: string | null;
  /** The choice is the one already made (so only its data needs reloading). */
  kept: boolean;
}

export async function listReviewsKeeping(current: string | null): Promise<ReviewChoice> {
  const reviews = await call('review:list', {});
  const kept = current !== null && reviews.some((review) => review.id === current);
  return { reviews, choice: kept ? current : (reviews[0]?.id ?? null), kept };
}
