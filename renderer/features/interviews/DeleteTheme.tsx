import { useState } from 'react';
import type { Theme } from '../../../shared/interviews/model';
import { selectBusy, useInterviews } from './store';
import { excerptsText } from './words';

/** Deleting a theme: at once when nothing is coded to it; otherwise only once the user has read what happens to its excerpts. */
export function DeleteTheme({ theme, onDone }: { theme: Theme; onDone: (message: string) => void }) {
  const removeTheme = useInterviews((state) => state.removeTheme);
  const busy = useInterviews(selectBusy);
  const [problem, setProblem] = useState('');

  async function remove() {
    const outcome = await removeTheme(theme.id, theme.excerpts > 0);
    if (!outcome.ok) return setProblem(outcome.error.message);
    const uncoded = outcome.value.uncoded;
    onDone(`Deleted ${theme.name}.${uncoded > 0 ? ` ${excerptsText(uncoded)} now in Uncoded.` : ''}`);
  }

  return (
    <div className="iv-inset" role="group" aria-label={`Delete ${theme.name}`}>
      <p>
        {theme.excerpts > 0
          ? `${excerptsText(theme.excerpts)} ${theme.excerpts === 1 ? 'is' : 'are'} coded to ${theme.name}. They will be kept; any with no other theme go to Uncoded.`
          : `Delete ${theme.name}? Nothing is coded to it.`}
      </p>
      {problem ? <p className="error-message" role="alert">{problem}</p> : null}
      <div className="button-group">
        <button type="button" className="button button-warning button-small" disabled={busy} onClick={() => void remove()}>
          Yes, delete {theme.name}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
    </div>
  );
}
