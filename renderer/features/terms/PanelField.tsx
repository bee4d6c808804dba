import { useRef, useState, type FocusEvent } from 'react';
import type { PanelEntry, TermsFields } from '../../../shared/terms/model';
import { SelectInput } from '../../components/SelectInput';
import { FieldStatus } from './FieldStatus';
import type { KnownPerson } from './known';
import { removeAt, replaceAt } from './lists';
import { cleanPanel, notOnPanel, panelRows, personChoice, unnamedMember, type PanelRow } from './panel-rows';
import { useDraft } from './use-draft';
import { useFieldSave } from './use-field-save';

const base = 'tor-panel';
const rowId = (index: number, part: string) => `${base}-${index + 1}-${part}`;
const parts = [
  ['name', 'Name'],
  ['role', 'Role'],
  ['agency', 'Agency'],
] as const;

/**
 * The panel: members picked from the review's people register (name, role and agency as the
 * register holds them) or added by hand. Picking or removing saves at once; typing is saved on
 * leaving the field.
 */
export function PanelField({ fields, people }: { fields: TermsFields; people: readonly KnownPerson[] }) {
  const stored = fields.panel;
  const { error, save } = useFieldSave('panel', stored);
  const [rows, setRows] = useDraft<PanelRow[], PanelEntry[]>(stored, panelRows, cleanPanel);
  const [unnamed, setUnnamed] = useState<number | null>(null);
  const [chosen, setChosen] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const message = unnamed !== null ? `Give panel member ${unnamed + 1} a name, or remove them.` : error;
  const offered = notOnPanel(people, rows);

  function saveRows(next: readonly PanelRow[]) {
    const missing = unnamedMember(next);
    setUnnamed(missing);
    if (missing === null) void save(cleanPanel(next));
  }

  function pick() {
    const person = offered.find((candidate) => candidate.id === chosen);
    // Nothing chosen yet: back to the list to choose from.
    if (!person) return document.getElementById(`${base}-pick`)?.focus();
    const next: PanelRow[] = [...rows, { kind: 'member', name: person.name, role: person.role, agency: person.agency }];
    setRows(next);
    setChosen('');
    saveRows(next);
  }

  function add() {
    setRows([...rows, { kind: 'member', name: '', role: '', agency: '' }]);
    const next = rows.length;
    requestAnimationFrame(() => document.getElementById(rowId(next, 'name'))?.focus());
  }

  function remove(index: number) {
    const rest = removeAt(rows, index);
    setRows(rest);
    addButton.current?.focus();
    saveRows(rest);
  }

  function leave(event: FocusEvent<HTMLFieldSetElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) saveRows(rows);
  }

  const change = (index: number, row: PanelRow) => setRows(replaceAt(rows, index, row));
  return (
    <fieldset className={message ? 'fieldset form-group form-group-error tor-list' : 'fieldset form-group tor-list'} aria-describedby={[`${base}-hint`, message ? `${base}-error` : ''].filter(Boolean).join(' ')} onBlur={leave}>
      <legend className="legend">Panel</legend>
      <p id={`${base}-hint`} className="hint">
        Each member’s name, role and agency.
      </p>
      {message ? (
        <p id={`${base}-error`} className="error-message">
          <span className="visually-hidden">Error: </span>
          {message}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="hint">None yet.</p> : null}
      {rows.map((row, index) => {
        const removeButton = (
          <button type="button" className="button button-secondary button-small" onClick={() => remove(index)}>
            Remove<span className="visually-hidden"> panel member {index + 1}</span>
          </button>
        );
        if (row.kind === 'line') {
          return (
            <div key={index} className="tor-list-row">
              <label className="label" htmlFor={rowId(index, 'line')}>
                Panel member {index + 1}
              </label>
              <div className="tor-list-controls">
                <input id={rowId(index, 'line')} type="text" className="input input-long" value={row.text} onChange={(event) => change(index, { kind: 'line', text: event.target.value })} />
                {removeButton}
              </div>
            </div>
          );
        }
        return (
          <fieldset key={index} className="fieldset tor-member">
            <legend className="tor-sublegend">Panel member {index + 1}</legend>
            {parts.map(([part, label]) => (
              <div key={part} className="tor-member-part">
                <label className="label" htmlFor={rowId(index, part)}>
                  {label}
                </label>
                <input id={rowId(index, part)} type="text" className="input" value={row[part]} aria-invalid={part === 'name' && unnamed === index ? true : undefined} onChange={(event) => change(index, { ...row, [part]: event.target.value })} />
              </div>
            ))}
            {removeButton}
          </fieldset>
        );
      })}
      {offered.length > 0 ? (
        <div className="tor-pick">
          <SelectInput id={`${base}-pick`} label="Someone from this review’s people register" value={chosen} options={offered.map((person) => ({ value: person.id, label: personChoice(person) }))} onChange={setChosen} placeholder="Choose a person" />
          <button type="button" className="button button-secondary button-small" onClick={pick}>
            Add to the panel
          </button>
        </div>
      ) : null}
      <button ref={addButton} type="button" className="button button-secondary button-small" onClick={add}>
        Add a panel member by hand
      </button>
      <FieldStatus field="panel" />
    </fieldset>
  );
}
