import { useEffect } from 'react';
import { assertNever } from '../../../shared/errors';
import { SelectInput } from '../../components/SelectInput';
import { QuestionSetsScreen } from '../question-sets/QuestionSetsScreen';
import { useShell } from '../shell/store';
import { AreaHeading } from './AreaHeading';
import { ConversationList } from './ConversationList';
import { ConversationScreen } from './ConversationScreen';
import { PlanConversation } from './PlanConversation';
import { selectReviewId, selectReviews, selectScreen, useInterviews, type InterviewScreen } from './store';
import { ThemesScreen } from './ThemesScreen';
import { ThemeViewScreen } from './ThemeViewScreen';
import './interviews.css';

/**
 * The Interviews area: a review's practitioner conversations (planned, held, their notes coded to
 * themes) and its themes. The screen shown is kept while the workspace is open, so leaving the
 * area and coming back returns to it.
 */
export function InterviewsArea() {
  const reviews = useInterviews(selectReviews);
  const reviewId = useInterviews(selectReviewId);
  const screen = useInterviews(selectScreen);
  const loadReviews = useInterviews((state) => state.loadReviews);
  const chooseReview = useInterviews((state) => state.chooseReview);
  const showArea = useShell((state) => state.show);

  useEffect(() => {
    void loadReviews();
  }, [loadReviews]);

  const review = reviews?.find((candidate) => candidate.id === reviewId) ?? null;
  if (review && screen.name !== 'list') return <Screen screen={screen} reviewId={review.id} reviewTitle={review.title} />;

  return (
    <section aria-labelledby="area-heading" className="iv-area">
      <AreaHeading caption={review?.title}>Interviews</AreaHeading>
      <p className="lead">Appreciative-inquiry conversations with practitioners: who took part and what they agreed to, the notes, and excerpts coded to themes.</p>
      {reviews === null ? (
        <p role="status">Loading reviews…</p>
      ) : !review ? (
        <>
          <p>There are no reviews in this workspace yet. A conversation belongs to a review: add one first.</p>
          <button type="button" className="button button-secondary" onClick={() => showArea('reviews')}>
            Go to Reviews
          </button>
        </>
      ) : (
        <>
          <SelectInput id="interviews-review" label="Review" value={review.id} options={reviews.map((each) => ({ value: each.id, label: each.title }))} onChange={chooseReview} />
          <ConversationList />
        </>
      )}
    </section>
  );
}

function Screen({ screen, reviewId, reviewTitle }: { screen: Exclude<InterviewScreen, { name: 'list' }>; reviewId: string; reviewTitle: string }) {
  const show = useInterviews((state) => state.show);
  switch (screen.name) {
    case 'plan':
      return <PlanConversation reviewTitle={reviewTitle} />;
    case 'conversation':
      return <ConversationScreen key={screen.id} id={screen.id} reviewTitle={reviewTitle} />;
    case 'themes':
      return <ThemesScreen reviewTitle={reviewTitle} />;
    case 'theme':
      return <ThemeViewScreen key={screen.id} id={screen.id} reviewTitle={reviewTitle} />;
    case 'question-sets':
      return <QuestionSetsScreen reviewId={reviewId} reviewTitle={reviewTitle} onBack={() => show({ name: 'list' })} />;
    default:
      return assertNever(screen);
  }
}
