import type { ReactNode } from 'react';

interface ConfirmDeleteProps {
  /** "Finding 2": the thing's name, in the group's label and the button. */
  name: string;
  /** What happens if the user goes on. */
  children: ReactNode;
  /** The core's refusal, said beside the buttons. */
  problem: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The question before something is deleted, with its consequence, and the core's answer if it refuses. */
export function ConfirmDelete({ name, children, problem, busy, onConfirm, onCancel }: ConfirmDeleteProps) {
  return (
    <div className="fd-inset" role="group" aria-label={`Delete ${name}`}>
      <p>{children}</p>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="button-group">
        <button type="button" className="button button-warning button-small" disabled={busy} onClick={onConfirm}>
          Yes, delete {name}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
