import { useEffect } from 'react';
import { assertNever } from '../../../shared/errors';
import { AllEscalations } from '../escalations/AllEscalations';
import { RequestsScreen } from '../agency-returns/RequestsScreen';
import { ReturnsOverview } from '../agency-returns/ReturnsOverview';
import { EscalationsScreen } from '../escalations/EscalationsScreen';
import { PeopleRegister } from '../people/PeopleRegister';
import { AddReview } from './AddReview';
import { DecisionForm } from './DecisionForm';
import { ReviewList } from './ReviewList';
import { ReviewOverview } from './ReviewOverview';
import { selectCurrent, selectScreen, useReviews } from './store';

/** The Reviews area: the register, or one review's screens. Each screen focuses its own heading. */
export function ReviewsArea() {
  const screen = useReviews(selectScreen);
  const current = useReviews(selectCurrent);
  const loadList = useReviews((state) => state.loadList);

  useEffect(() => {
    void loadList();
  }, [loadList]);

  if (screen === 'all-escalations') return <AllEscalations />;
  if (screen === 'all-returns') return <ReturnsOverview />;
  if (screen === 'list' || screen === 'add' || !current) return screen === 'add' ? <AddReview /> : <ReviewList />;
  switch (screen) {
    case 'overview':
      return <ReviewOverview review={current} />;
    case 'decision':
      return <DecisionForm review={current} />;
    case 'people':
      return <PeopleRegister review={current} />;
    case 'escalations':
      return <EscalationsScreen review={current} />;
    case 'requests':
      return <RequestsScreen review={current} />;
    default:
      return assertNever(screen);
  }
}
