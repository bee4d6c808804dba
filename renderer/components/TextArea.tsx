import { FormField } from './FormField';

interface TextAreaProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
}

/** A labelled multi-line input with its hint and error. */
export function TextArea({ id, label, value, onChange, hint, error, rows = 5 }: TextAreaProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(field) => (
        <textarea
          id={id}
          className={error ? 'input textarea input-error' : 'input textarea'}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={field.describedBy}
          aria-invalid={field.invalid}
        />
      )}
    </FormField>
  );
}
