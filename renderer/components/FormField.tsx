import type { ReactNode } from 'react';

export interface FieldIds {
  /** Ids for aria-describedby: the hint and the error, when shown. */
  describedBy: string | undefined;
  invalid: true | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Ids of more text that describes the control (e.g. live strength feedback). */
  describedBy?: string;
  /** Renders the control, given what it must carry for assistive technology. */
  children: (ids: FieldIds) => ReactNode;
}

/** The GOV.UK form group every input shares: label, hint, error, and the control wired to them. */
export function FormField({ id, label, hint, error, describedBy, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="error-message">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children({ describedBy: [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined, invalid: error ? true : undefined })}
    </div>
  );
}
