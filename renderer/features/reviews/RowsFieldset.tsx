import { useRef } from 'react';
import { errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { fieldId, listSpecs, newRow, rowLabel, type InvolvedList, type Row } from './involved';
import './involved.css';

interface RowsFieldsetProps {
  list: InvolvedList;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: readonly FormError[];
}

/** One list of the review's people or agencies: a row per entry, each removable, and a button to add one. */
export function RowsFieldset({ list, rows, onChange, errors }: RowsFieldsetProps) {
  const spec = listSpecs[list];
  const addButton = useRef<HTMLButtonElement>(null);
  const noun = spec.noun.toLowerCase();

  function add() {
    const row = newRow();
    onChange([...rows, row]);
    // The new row's first input exists after this render; land there so typing can start.
    requestAnimationFrame(() => document.getElementById(fieldId(list, row, spec.fields[0]!))?.focus());
  }

  function remove(key: number) {
    onChange(rows.filter((row) => row.key !== key));
    // The pressed button is gone with its row.
    addButton.current?.focus();
  }

  const setValue = (key: number, name: string, value: string) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, values: { ...row.values, [name]: value } } : row)));

  return (
    <fieldset className="fieldset">
      <legend className="legend">{spec.legend}</legend>
      {rows.length === 0 && <p className="hint">None yet.</p>}
      {rows.map((row, index) => (
        <div key={row.key} className="involved-row">
          {spec.fields.map((field) => {
            const id = fieldId(list, row, field);
            const label = rowLabel(list, index, field);
            const common = { id, label, error: errorFor(errors, id), onChange: (value: string) => setValue(row.key, field.name, value) };
            return field.options ? (
              <SelectInput key={field.name} {...common} value={row.values[field.name] ?? ''} placeholder="Select a kind" options={field.options} />
            ) : (
              <TextInput key={field.name} {...common} width="medium" value={row.values[field.name] ?? ''} />
            );
          })}
          <button type="button" className="button button-secondary button-small" onClick={() => remove(row.key)}>
            Remove {noun} {index + 1}
          </button>
        </div>
      ))}
      <button ref={addButton} type="button" className="button button-secondary" onClick={add}>
        Add {/^[aeiou]/i.test(noun) ? 'an' : 'a'} {noun}
      </button>
    </fieldset>
  );
}
