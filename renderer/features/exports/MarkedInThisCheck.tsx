import { useState } from 'react';
import type { NotPerson } from '../../../shared/exports/types';
import { selectBusy, useExports } from './store';

/** Words marked "not a person" during this check, each with an undo in case the mark was wrong. */
export function MarkedInThisCheck({ marked, onDone }: { marked: readonly NotPerson[]; onDone: () => void }) {
  const undoMark = useExports((state) => state.undoMark);
  const busy = useExports(selectBusy);
  const [problem, setProblem] = useState<string | null>(null);

  async function undo(key: string) {
    if (busy) return;
    setProblem(null);
    const outcome = await undoMark(key);
    if (!outcome.ok) return setProblem(outcome.error.message);
    // The button is gone with the mark: start again from the top of the dialog.
    onDone();
  }

  return (
    <section aria-labelledby="names-marked-heading" className="names-marked">
      <h3 id="names-marked-heading">Marked not a person</h3>
      <p className="hint">The check skips these in every review of this workspace. Settings lists them all.</p>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <ul className="plain-list">
        {marked.map((entry) => (
          <li key={entry.key}>
            {entry.name}{' '}
            <button type="button" className="link-button" aria-label={`Undo: ${entry.name} may be a person`} aria-disabled={busy || undefined} onClick={() => void undo(entry.key)}>
              Undo
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
