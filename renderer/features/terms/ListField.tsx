import { useRef, type FocusEvent } from 'react';
import type { TermsFields } from '../../../shared/terms/model';
import { FieldStatus } from './FieldStatus';
import { cleanItems, removeAt, replaceAt, type ListField as ListFieldName } from './lists';
import { useDraft } from './use-draft';
import { useFieldSave } from './use-field-save';

interface ListFieldProps {
  field: ListFieldName;
  fields: TermsFields;
  legend: string;
  /** What one item is called: "agency" → "Agency 2", "Add an agency". */
  noun: string;
  hint?: string;
  /** Lines of enquiry are questions of a sentence or two: a small text area each. */
  multiline?: boolean;
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');
const capitalised = (noun: string) => noun.charAt(0).toUpperCase() + noun.slice(1);

/**
 * A list field as one input per item. It is saved when focus leaves the list (not between its
 * own items), and at once when an item is removed; a row added and left empty is not saved.
 */
export function ListField({ field, fields, legend, noun, hint, multiline }: ListFieldProps) {
  const stored = fields[field];
  const { error, save } = useFieldSave(field, stored);
  const [items, setItems] = useDraft<string[], string[]>(stored, (value) => [...value], cleanItems);
  const addButton = useRef<HTMLButtonElement>(null);
  const base = `tor-${field}`;
  const itemId = (index: number) => `${base}-${index + 1}`;

  function add() {
    setItems([...items, '']);
    // The new input exists after this render: land there so typing can start.
    const next = items.length;
    requestAnimationFrame(() => document.getElementById(itemId(next))?.focus());
  }

  function remove(index: number) {
    const rest = removeAt(items, index);
    setItems(rest);
    // The pressed button goes with its row.
    addButton.current?.focus();
    void save(cleanItems(rest));
  }

  function leave(event: FocusEvent<HTMLFieldSetElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void save(cleanItems(items));
  }

  const describedBy = [hint ? `${base}-hint` : '', error ? `${base}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'fieldset form-group form-group-error tor-list' : 'fieldset form-group tor-list'} aria-describedby={describedBy} onBlur={leave}>
      <legend className="legend">{legend}</legend>
      {hint ? (
        <p id={`${base}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${base}-error`} className="error-message">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {items.length === 0 ? <p className="hint">None yet.</p> : null}
      {items.map((item, index) => {
        const id = itemId(index);
        const label = `${capitalised(noun)} ${index + 1}`;
        const common = { id, value: item, 'aria-invalid': error ? true : undefined } as const;
        return (
          <div key={index} className="tor-list-row">
            <label className="label" htmlFor={id}>
              {label}
            </label>
            <div className="tor-list-controls">
              {multiline ? (
                <textarea {...common} className="input textarea" rows={2} onChange={(event) => setItems(replaceAt(items, index, event.target.value))} />
              ) : (
                <input {...common} type="text" className="input input-long" onChange={(event) => setItems(replaceAt(items, index, event.target.value))} />
              )}
              <button type="button" className="button button-secondary button-small" onClick={() => remove(index)}>
                Remove<span className="visually-hidden">
                  {' '}
                  {noun} {index + 1}
                </span>
              </button>
            </div>
          </div>
        );
      })}
      <button ref={addButton} type="button" className="button button-secondary button-small" onClick={add}>
        Add {article(noun)} {noun}
      </button>
      <FieldStatus field={field} />
    </fieldset>
  );
}
