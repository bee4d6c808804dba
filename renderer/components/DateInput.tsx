import { useState } from 'react';
import { dayForInput, dayValue } from '../../shared/dates/day-input';
import { formatLocalDate, parseLocalDate } from '../../shared/deadlines/local-date';
import { FormField } from './FormField';

interface DateInputProps {
  id: string;
  label: string;
  /** YYYY-MM-DD, '' for none, or the text as typed while it is not a day (the form refuses it). */
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

/**
 * A day typed day first (23/12/2019, 23 Dec 2019), whatever the computer's locale, with the day it
 * reads as said back in words so a slip (3/12 for 12/3) shows before it is saved. The browser's
 * date box is not used: it follows the locale, and these users are in England.
 */
export function DateInput({ id, label, value, onChange, hint, error }: DateInputProps) {
  const [text, setText] = useState(() => dayForInput(value));
  // A value set from outside (a record loaded, a form reset) replaces what the box shows.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (dayValue(text) !== value) setText(dayForInput(value));
  }
  const readsAs = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `Reads as ${formatLocalDate(parseLocalDate(value))}.` : '';
  return (
    <FormField id={id} label={label} hint={hint ?? 'Day first, for example 23/12/2019 or 23 December 2019.'} error={error} describedBy={`${id}-reads`}>
      {(field) => (
        <>
          <input
            id={id}
            className={error ? 'input input-medium input-error' : 'input input-medium'}
            inputMode="text"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              const next = dayValue(event.target.value);
              setShown(next);
              onChange(next);
            }}
            aria-describedby={field.describedBy}
            aria-invalid={field.invalid}
          />
          <p id={`${id}-reads`} className="hint date-reads" aria-live="polite">
            {readsAs}
          </p>
        </>
      )}
    </FormField>
  );
}
