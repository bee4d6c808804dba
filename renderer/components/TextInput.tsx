import type { InputHTMLAttributes, ReactNode } from 'react';
import { FormField } from './FormField';

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
  const classes = ['input', `input-${width}`, error ? 'input-error' : '', monospace ? 'input-mono' : ''].filter(Boolean).join(' ');
  return (
    <FormField id={id} label={label} hint={hint} error={error} describedBy={describedBy}>
      {(field) => (
        <input
          {...native}
          id={id}
          className={classes}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={field.describedBy}
          aria-invalid={field.invalid}
        />
      )}
    </FormField>
  );
}
