import { useState } from 'react';
import { dayProblem } from '../../../shared/dates/day-input';
import type { TermsFields } from '../../../shared/terms/model';
import { DateInput } from '../../components/DateInput';
import { FormField } from '../../components/FormField';
import { FieldStatus } from './FieldStatus';
import { useDraft } from './use-draft';
import { useFieldSave } from './use-field-save';

/** The fields whose value is text (or a date, or none). */
export type TextFieldName = { [F in keyof TermsFields]: TermsFields[F] extends string | null ? F : never }[keyof TermsFields];

/** line: one line, trimmed by the core; passage: several paragraphs; date: a day typed day first, or none. */
export type TextKind = 'line' | 'passage' | 'date';

interface TextFieldProps {
  field: TextFieldName;
  fields: TermsFields;
  label: string;
  kind: TextKind;
  hint?: string;
}

function toStored(kind: TextKind, text: string): string | null {
  if (kind === 'date') return text || null;
  return kind === 'line' ? text.trim() : text;
}

export const fieldInputId = (field: string) => `tor-${field}`;

/** How a refused date names its box: "From" alone would not make a sentence. */
const dateNames: Partial<Record<TextFieldName, string>> = { periodFrom: 'The start of the period under review', periodTo: 'The end of the period under review' };

/** One text field, saved when the user leaves it; the core's message, if it refuses, and the save's progress beside it. */
export function TextField({ field, fields, label, kind, hint }: TextFieldProps) {
  const stored = fields[field];
  const { error, save } = useFieldSave(field, stored);
  const [draft, setDraft] = useDraft<string, string | null>(stored, (value) => value ?? '', (text) => toStored(kind, text));
  // A date that does not read as one day is refused here, in the box's own words, and not sent.
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const id = fieldInputId(field);
  const onBlur = () => {
    if (kind === 'date') {
      const problem = dayProblem(draft, dateNames[field] ?? label);
      setDateProblem(problem);
      if (problem) return;
    }
    void save(toStored(kind, draft));
  };

  if (kind === 'date') {
    return (
      <div className="tor-date" onBlur={onBlur}>
        <DateInput id={id} label={label} value={draft} onChange={setDraft} hint={hint ?? 'Day first, for example 23/12/2019.'} error={dateProblem ?? error} />
        <FieldStatus field={field} />
      </div>
    );
  }
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(ids) => (
        <>
          {kind === 'passage' ? (
            <textarea
              id={id}
              className={error ? 'input textarea input-error' : 'input textarea'}
              rows={4}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={onBlur}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          ) : (
            <input
              id={id}
              type="text"
              className={error ? 'input input-long input-error' : 'input input-long'}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={onBlur}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
          <FieldStatus field={field} />
        </>
      )}
    </FormField>
  );
}
