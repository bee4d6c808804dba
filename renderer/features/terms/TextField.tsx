import type { TermsFields } from '../../../shared/terms/model';
import { FormField } from '../../components/FormField';
import { useDraft } from './use-draft';
import { useFieldSave } from './use-field-save';

/** The fields whose value is text (or a date, or none). */
export type TextFieldName = { [F in keyof TermsFields]: TermsFields[F] extends string | null ? F : never }[keyof TermsFields];

/** line: one line, trimmed by the core; passage: several paragraphs; date: YYYY-MM-DD or none. */
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

/** One text field, saved when the user leaves it; the core's message, if it refuses, beside it. */
export function TextField({ field, fields, label, kind, hint }: TextFieldProps) {
  const stored = fields[field];
  const { error, save } = useFieldSave(field, stored);
  const [draft, setDraft] = useDraft<string, string | null>(stored, (value) => value ?? '', (text) => toStored(kind, text));
  const id = fieldInputId(field);
  const onBlur = () => void save(toStored(kind, draft));

  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(ids) =>
        kind === 'passage' ? (
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
            type={kind === 'date' ? 'date' : 'text'}
            className={['input', kind === 'date' ? 'input-medium' : 'input-long', error ? 'input-error' : ''].filter(Boolean).join(' ')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={onBlur}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
          />
        )
      }
    </FormField>
  );
}
