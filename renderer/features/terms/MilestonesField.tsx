import { useRef, useState, type FocusEvent } from 'react';
import type { TermsFields } from '../../../shared/terms/model';
import { cleanMilestones, milestoneRows, removeAt, replaceAt, type MilestoneRow } from './lists';
import { useDraft } from './use-draft';
import { useFieldSave } from './use-field-save';

const base = 'tor-milestones';
const labelId = (index: number) => `${base}-${index + 1}`;

/** Milestones and timescales: a label and a date per row, saved as the list fields are (on leaving the list). */
export function MilestonesField({ fields }: { fields: TermsFields }) {
  const stored = fields.milestones;
  const { error, save } = useFieldSave('milestones', stored);
  const [rows, setRows] = useDraft<MilestoneRow[], TermsFields['milestones']>(stored, milestoneRows, cleanMilestones);
  const addButton = useRef<HTMLButtonElement>(null);
  // A date without a name is caught here: the core's own message for it names no row.
  const [unnamed, setUnnamed] = useState<number | null>(null);
  const message = unnamed !== null ? `Give milestone ${unnamed + 1} a name, or remove it.` : error;

  function saveRows(next: readonly MilestoneRow[]) {
    const missing = next.findIndex((row) => !row.label.trim() && row.due);
    setUnnamed(missing === -1 ? null : missing);
    if (missing === -1) void save(cleanMilestones(next));
  }

  function add() {
    setRows([...rows, { label: '', due: '' }]);
    const next = rows.length;
    requestAnimationFrame(() => document.getElementById(labelId(next))?.focus());
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

  const change = (index: number, patch: Partial<MilestoneRow>) => setRows(replaceAt(rows, index, { ...rows[index]!, ...patch }));
  return (
    <fieldset className={message ? 'fieldset form-group form-group-error tor-list' : 'fieldset form-group tor-list'} aria-describedby={message ? `${base}-error` : undefined} onBlur={leave}>
      <legend className="legend">Milestones and timescales</legend>
      {message ? (
        <p id={`${base}-error`} className="error-message">
          <span className="visually-hidden">Error: </span>
          {message}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="hint">None yet.</p> : null}
      {rows.map((row, index) => (
        <div key={index} className="tor-milestone">
          <div>
            <label className="label" htmlFor={labelId(index)}>
              Milestone {index + 1}
            </label>
            <input id={labelId(index)} type="text" className="input input-long" value={row.label} onChange={(event) => change(index, { label: event.target.value })} aria-invalid={unnamed === index || (unnamed === null && error) ? true : undefined} />
          </div>
          <div>
            <label className="label" htmlFor={`${labelId(index)}-due`}>
              Milestone {index + 1} date
            </label>
            <input id={`${labelId(index)}-due`} type="date" className="input input-medium" value={row.due} onChange={(event) => change(index, { due: event.target.value })} aria-invalid={unnamed === null && error ? true : undefined} />
          </div>
          <button type="button" className="button button-secondary button-small" onClick={() => remove(index)}>
            Remove<span className="visually-hidden"> milestone {index + 1}</span>
          </button>
        </div>
      ))}
      <button ref={addButton} type="button" className="button button-secondary button-small" onClick={add}>
        Add a milestone
      </button>
    </fieldset>
  );
}
