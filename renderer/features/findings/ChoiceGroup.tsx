import type { ReactNode } from 'react';

/** Checkboxes or radios under one legend, with the error about them; `id` is the first control's, which the error summary links to. */
export function ChoiceGroup({ id, legend, error, children }: { id: string; legend: string; error: string | undefined; children: ReactNode }) {
  return (
    <fieldset className={error ? 'fieldset form-group form-group-error' : 'fieldset form-group'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="label">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
