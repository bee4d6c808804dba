import { useRef, useState, type FocusEvent } from 'react';
import { dayProblem } from '../../../shared/dates/day-input';
import type { TermsFields } from '../../../shared/terms/model';
import { DateInput } from '../../components/DateInput';
import { FieldStatus } from './FieldStatus';
import { cleanMilestones, milestoneRows, removeAt, replaceAt, type MilestoneRow } from './lists';
import { useDraft } from './use-draft';
import { useFieldSave } from './use-field-save';

const base = 'tor-milestones';
const labelId = (index: number) => `${base}-${index + 1}`;

/** The first row that cannot be saved, and why: a date with no name, or a date that is not one day. */
function rowProblem(rows: readonly MilestoneRow[]): { index: number; part: 'label' | 'due'; message: string } | null {
  for (const [index, row] of rows.entries()) {
    const due = dayProblem(row.due, `Milestone ${index + 1}’s date`);
    if (due) return { index, part: 'due', message: due };
    // The core's own message for a date without a name names no row.
    if (!row.label.trim() && row.due) return { index, part: 'label', message: `Give milestone ${index + 1} a name, or remove it.` };
  }
  return null;
}

/** Milestones and timescales: a name and a day (typed day first) per row, saved as the list fields are (on leaving the list). */
export function MilestonesField({ fields }: { fields: TermsFields }) {
  const stored = fields.milestones;
  const { error, save } = useFieldSave('milestones', stored);
  const [rows, setRows] = useDraft<MilestoneRow[], TermsFields['milestones']>(stored, milestoneRows, cleanMilestones);
  const addButton = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<ReturnType<typeof rowProblem>>(null);
  // A date that is not one day is said beside its box; anything else above the rows.
  const message = problem ? (problem.part === 'label' ? problem.message : undefined) : error;

  function saveRows(next: readonly MilestoneRow[]) {
    const found = rowProblem(next);
    setProblem(found);
    if (!found) void save(cleanMilestones(next));
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
  const invalid = (index: number, part: 'label' | 'due') => (problem ? problem.index === index && problem.part === part : Boolean(error)) || undefined;
  return (
    <fieldset className={message ? 'fieldset form-group form-group-error tor-list' : 'fieldset form-group tor-list'} aria-describedby={[`${base}-hint`, message ? `${base}-error` : ''].filter(Boolean).join(' ')} onBlur={leave}>
      <legend className="legend">Milestones and timescales</legend>
      <p id={`${base}-hint`} className="hint">
        A name and a day for each; days are typed day first, for example 2/3/2020 or 2 March 2020.
      </p>
      {message ? (
        <p id={`${base}-error`} className="error-message">
          <span className="visually-hidden">Error: </span>
          {message}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="hint">None yet.</p> : null}
      {rows.map((row, index) => (
        <div key={index} className="tor-milestone">
          <div className="form-group">
            <label className="label" htmlFor={labelId(index)}>
              Milestone {index + 1}
            </label>
            <input id={labelId(index)} type="text" className="input input-long" value={row.label} onChange={(event) => change(index, { label: event.target.value })} aria-invalid={invalid(index, 'label')} />
          </div>
          <DateInput
            id={`${labelId(index)}-due`}
            label={`Milestone ${index + 1} date`}
            // The hint is said once, above the rows: every date box repeating it would push the rows apart.
            hint=""
            value={row.due}
            onChange={(due) => change(index, { due })}
            error={problem?.index === index && problem.part === 'due' ? problem.message : undefined}
          />
          <button type="button" className="button button-secondary button-small" onClick={() => remove(index)}>
            Remove<span className="visually-hidden"> milestone {index + 1}</span>
          </button>
        </div>
      ))}
      <button ref={addButton} type="button" className="button button-secondary button-small" onClick={add}>
        Add a milestone
      </button>
      <FieldStatus field="milestones" />
    </fieldset>
  );
}
