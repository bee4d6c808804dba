import { useState } from 'react';
import type { UnknownName } from '../../../shared/exports/types';
import { AddToRegisterForm } from './AddToRegisterForm';
import { selectBusy, useExports } from './store';
import { appearsText } from './words';

interface UnknownNameItemProps {
  candidate: UnknownName;
  index: number;
  /** The name was dealt with: its buttons are about to go. */
  onDone: () => void;
}

/** One name the register does not know: where it appears, and what to do about it. */
export function UnknownNameItem({ candidate, index, onDone }: UnknownNameItemProps) {
  const markNotPerson = useExports((state) => state.markNotPerson);
  const busy = useExports(selectBusy);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = `names-candidate-${index}`;
  const formId = `${headingId}-add`;

  async function notAPerson() {
    // Not disabled while busy: a disabled button would drop the keyboard user's focus.
    if (busy) return;
    setProblem(null);
    const outcome = await markNotPerson(candidate);
    if (!outcome.ok) return setProblem(outcome.error.message);
    onDone();
  }

  return (
    <section aria-labelledby={headingId} className="names-item">
      <h4 id={headingId} className="names-name">
        {candidate.name}
      </h4>
      <p className="names-appears">{appearsText(candidate.count, candidate.occurrences.length)}</p>
      <ul className="names-places">
        {candidate.occurrences.map((place, at) => (
          <li key={at}>
            <span className="names-where">{place.where}</span>: “{place.excerpt}”
          </li>
        ))}
      </ul>
      {problem ? (
        <p className="error-message" role="alert">
          <span className="visually-hidden">Error: </span>
          {problem}
        </p>
      ) : null}
      <div className="button-group names-actions">
        {/* Named for the candidate too, since every name in the list has these two buttons. */}
        <button
          type="button"
          className="button button-small"
          aria-label={`Add to the people register: ${candidate.name}`}
          aria-expanded={adding}
          aria-controls={adding ? formId : undefined}
          onClick={() => setAdding(!adding)}
        >
          Add to the people register
        </button>
        <button type="button" className="button button-secondary button-small" aria-label={`Not a person: ${candidate.name}`} aria-disabled={busy || undefined} onClick={() => void notAPerson()}>
          Not a person
        </button>
      </div>
      {adding ? <AddToRegisterForm id={formId} candidate={candidate} onCancel={() => setAdding(false)} onAdded={onDone} /> : null}
    </section>
  );
}
