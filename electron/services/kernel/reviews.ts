/** The review every piece of work belongs to: found, or a clear error. */
import type { Review } from '../../../shared/reviews/types';
import type { Db } from '../sqlite';
import { notFound } from './context';
import { getReview } from './review-repository';

export function requireReview(db: Db, id: string): Review {
  const review = getReview(db, id);
  if (!review) throw notFound('review');
  return review;
}
