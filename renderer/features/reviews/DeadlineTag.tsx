import type { ReviewDeadline } from '../../../shared/reviews/types';
import { deadlineState, stateTag } from './deadline-text';

/** A bordered word ("Overdue", "Done") with a symbol: the state is in the text, not just the colour. */
export function DeadlineTag({ deadline }: { deadline: ReviewDeadline }) {
  const state = deadlineState(deadline);
  return <strong className={`tag tag-${state}`}>{stateTag[state]}</strong>;
}
