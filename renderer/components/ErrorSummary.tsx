import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';

export interface FormError {
  message: string;
  /** The id of the field the error is about; the summary links to it. */
  fieldId?: string;
}

interface ErrorSummaryProps {
  /**
   * Keep this in state and replace it on each submit: the summary takes focus whenever the
   * array changes identity, so a wrong passphrase typed twice is announced twice.
   */
  errors: readonly FormError[];
  /**
   * What moves focus to the summary when it changes, when that is not `errors` itself: a form
   * whose errors update as the user types (live-errors.ts) passes what its last submit found, so
   * correcting a field never pulls focus out of it.
   */
  focusOn?: unknown;
  /** What the user can do about it (e.g. "Open anyway"), below the list. */
  children?: ReactNode;
}

/** GOV.UK's error summary: announced, focused, and each message a link to its field. */
export function ErrorSummary({ errors, focusOn, children }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const trigger = focusOn ?? errors;

  useEffect(() => {
    // Rendered only while there are errors, so the box is there exactly when there is something to read.
    box.current?.focus();
  }, [trigger]);

  if (errors.length === 0) return null;
  return (
    <div ref={box} role="group" className="error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <div role="alert">
        <h2 id={titleId} className="error-summary-title">
          There is a problem
        </h2>
        <ul className="error-summary-list">
          {errors.map((error) => (
            <li key={`${error.fieldId ?? ''}:${error.message}`}>
              {error.fieldId ? (
                <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      </div>
      {children && <div className="error-summary-actions">{children}</div>}
    </div>
  );
}

/** Moves focus to the field without changing the URL (the app has no routes to disturb). */
function focusField(event: MouseEvent, fieldId: string | undefined): void {
  const field = fieldId ? document.getElementById(fieldId) : null;
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/** The error for one field, from a form's list. */
export function errorFor(errors: readonly FormError[], fieldId: string): string | undefined {
  return errors.find((error) => error.fieldId === fieldId)?.message;
}
