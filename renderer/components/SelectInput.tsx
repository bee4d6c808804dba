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
      <select
        id={id}
        className={error ? 'input input-medium select input-error' : 'input input-medium select'}
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
