import { useState } from 'react';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';

/** The Government Security Classifications a partnership's reviews use; anything else is typed. */
const classifications = ['OFFICIAL-SENSITIVE', 'OFFICIAL'] as const;
type Choice = (typeof classifications)[number] | 'other';

interface MarkingFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/**
 * The protective marking printed at the top and foot of every page: chosen from the Government
 * Security Classifications, or typed when the partnership uses its own wording (for example
 * "OFFICIAL-SENSITIVE: PERSONAL").
 */
export function MarkingField({ id, value, onChange, error }: MarkingFieldProps) {
  const [choice, setChoice] = useState<Choice>(() => ((classifications as readonly string[]).includes(value) ? (value as Choice) : 'other'));
  const [typed, setTyped] = useState(() => ((classifications as readonly string[]).includes(value) ? '' : value));
  return (
    <>
      <SelectInput<Choice>
        id={id}
        label="Protective marking"
        hint="Printed at the top and foot of every page. Reviews about named children are usually OFFICIAL-SENSITIVE."
        value={choice}
        options={[
          { value: 'OFFICIAL-SENSITIVE', label: 'OFFICIAL-SENSITIVE' },
          { value: 'OFFICIAL', label: 'OFFICIAL' },
          { value: 'other', label: 'Other wording…' },
        ]}
        onChange={(next) => {
          setChoice(next);
          onChange(next === 'other' ? typed : next);
        }}
        error={choice === 'other' ? undefined : error}
      />
      {choice === 'other' && (
        <TextInput
          id={`${id}-other`}
          label="The marking, as your partnership writes it"
          width="medium"
          value={typed}
          onChange={(next) => {
            setTyped(next);
            onChange(next);
          }}
          error={error}
          spellCheck={false}
        />
      )}
    </>
  );
}
