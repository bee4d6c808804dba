import type { InputHTMLAttributes, ReactNode } from 'react';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className' | 'aria-describedby' | 'aria-invalid'>;

interface TextInputProps extends NativeProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  /** Ids of more text that describes the field (e.g. live strength feedback). */
  describedBy?: string;
  width?: 'short' | 'medium' | 'long';
  /** Monospaced text: recovery codes and paths read character by character. */
  monospace?: boolean;
}

/** A labelled input with its hint and error, wired together for assistive technology. */
export function TextInput({ id, label, value, onChange, hint, error, describedBy, width = 'long', monospace, ...native }: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  const classes = ['input', `input-${width}`, error ? 'input-error' : '', monospace ? 'input-mono' : ''].filter(Boolean).join(' ');
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
      <input
        {...native}
        id={id}
        className={classes}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
