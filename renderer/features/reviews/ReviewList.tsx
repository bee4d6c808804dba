import { useEffect, useMemo } from 'react';
import type { RequestInReview } from '../../../shared/agency-returns';
import { reviewTypeLabels } from '../../../shared/reviews/catalogue';
import { returnsByReview, returnsLine } from '../agency-returns/register-words';
import { selectOverview, useAgencyReturns } from '../agency-returns/store';
import { statusLabel } from '../../../shared/reviews/lifecycle';
import type { ReviewSummary } from '../../../shared/reviews/types';
import { PageHeading } from '../../components/PageHeading';
import { DeadlineTag } from './DeadlineTag';
import { formatDayShort, nextDeadline, timeLeftText } from './deadline-text';
import { selectReviews, useReviews } from './store';

export function ReviewList() {
  const reviews = useReviews(selectReviews);
  const show = useReviews((state) => state.show);
  const overview = useAgencyReturns(selectOverview);
  const loadReturns = useAgencyReturns((state) => state.loadOverview);
  const returns = useMemo(() => returnsByReview(overview?.requests ?? []), [overview]);

  useEffect(() => {
    void loadReturns();
  }, [loadReturns]);

  return (
    <section aria-labelledby="area-heading">
      <PageHeading id="area-heading">Reviews</PageHeading>
      <p className="lead">The register of reviews in this workspace, with their statutory deadlines.</p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => show('add')}>
          Add a review
        </button>
        <button type="button" className="button button-secondary" onClick={() => show('all-returns')}>
          Agency returns across all reviews
        </button>
        <button type="button" className="button button-secondary" onClick={() => show('all-escalations')}>
          Escalations across all reviews
        </button>
      </div>
      {reviews === null ? (
        <p role="status">Loading reviews…</p>
      ) : reviews.length === 0 ? (
        <p>There are no reviews in this workspace yet.</p>
      ) : (
        <table className="table table-wide">
          <caption className="table-caption">Reviews in this workspace</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Type</th>
              <th scope="col">Subject</th>
              <th scope="col">Status</th>
              <th scope="col">Next deadline</th>
              <th scope="col">Agency returns</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((review) => (
              <ReviewRow key={review.id} review={review} returns={returns.get(review.id)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ReviewRow({ review, returns }: { review: ReviewSummary; returns: RequestInReview[] | undefined }) {
  const open = useReviews((state) => state.open);
  const next = nextDeadline(review.deadlines);
  return (
    <tr>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => void open(review.id)}>
          {review.title}
        </button>
      </th>
      <td>{reviewTypeLabels[review.type]}</td>
      <td>{review.subject ?? 'Not set'}</td>
      <td>{statusLabel(review.status)}</td>
      <td>
        {next ? (
          <>
            <DeadlineTag deadline={next} /> {next.label}: due {formatDayShort(next.due)} — {timeLeftText(next)}
          </>
        ) : (
          'None outstanding'
        )}
      </td>
      <td>{returnsLine(returns) ?? 'None asked'}</td>
    </tr>
  );
}
