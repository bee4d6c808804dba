import { FormField } from './FormField';

interface SelectInputProps<V extends string> {
  id: string;
  label: string;
  value: V | '';
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  hint?: string;
  error?: string;
  /** The first, empty option's text; when absent there is no empty option. */
  placeholder?: string;
}

/** A labelled select with its hint and error, wired together as TextInput is. */
export function SelectInput<V extends string>({ id, label, value, options, onChange, hint, error, placeholder }: SelectInputProps<V>) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(field) => (
        <select
          id={id}
          className={error ? 'input input-medium select input-error' : 'input input-medium select'}
          value={value}
          onChange={(event) => onChange(event.target.value as V)}
          aria-describedby={field.describedBy}
          aria-invalid={field.invalid}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
