import { useState } from 'react';
import type { Finding, Recommendation } from '../../../shared/findings/model';
import { ConfirmDelete } from './ConfirmDelete';
import { selectBusy, useFindings } from './store';
import { answeredByText, countText, findingName } from './words';

interface DeleteFindingProps {
  finding: Finding;
  recommendations: readonly Recommendation[];
  onDone: (message: string) => void;
}

/** Deleting a finding: at once when nothing answers it; otherwise once the user has read that its recommendations stay. */
export function DeleteFinding({ finding, recommendations, onDone }: DeleteFindingProps) {
  const removeFinding = useFindings((state) => state.removeFinding);
  const busy = useFindings(selectBusy);
  const [problem, setProblem] = useState('');
  const name = findingName(finding);
  const answered = finding.recommendationIds.length > 0;

  async function remove() {
    const outcome = await removeFinding(finding.id, answered);
    if (!outcome.ok) return setProblem(outcome.error.message);
    const kept = outcome.value.recommendations;
    onDone(`Deleted ${name}.${kept > 0 ? ` ${countText(kept, 'recommendation', 'recommendations')} now ${kept === 1 ? 'says' : 'say'} “Finding removed”.` : ''}`);
  }

  return (
    <ConfirmDelete name={name} problem={problem} busy={busy} onConfirm={() => void remove()} onCancel={() => onDone('')}>
      {answered
        ? `${answeredByText(finding.recommendationIds, recommendations)} ${finding.recommendationIds.length === 1 ? 'answers' : 'answer'} ${name}. If you delete it, the recommendations stay, marked “Finding removed”, with their actions.`
        : `Delete ${name}? No recommendation answers it.`}
    </ConfirmDelete>
  );
}
