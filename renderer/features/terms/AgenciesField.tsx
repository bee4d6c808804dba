import { useRef, type FocusEvent } from 'react';
import type { TermsFields } from '../../../shared/terms/model';
import { FieldStatus } from './FieldStatus';
import { hasAgency } from './known';
import { cleanItems, removeAt, replaceAt } from './lists';
import { useDraft } from './use-draft';
import { useFieldSave } from './use-field-save';

const base = 'tor-agencies';
const otherId = (index: number) => `${base}-other-${index + 1}`;

interface Draft {
  /** Agencies the review already knows, ticked. */
  picked: string[];
  /** Any other agency, typed. */
  typed: string[];
}

/**
 * The agencies taking part: the review's own agencies (its chronology and people register) to
 * tick, and any other typed in. Ticking saves at once; typed ones are saved on leaving the field.
 * Stored as before, one list of names.
 */
export function AgenciesField({ fields, offered }: { fields: TermsFields; offered: readonly string[] }) {
  const stored = fields.agencies;
  const { error, save } = useFieldSave('agencies', stored);
  const split = (list: string[]): Draft => ({ picked: list.filter((name) => hasAgency(offered, name)), typed: list.filter((name) => !hasAgency(offered, name)) });
  const joined = (draft: Draft) => [...draft.picked, ...cleanItems(draft.typed)];
  const [draft, setDraft] = useDraft<Draft, string[]>(stored, split, joined);
  const addButton = useRef<HTMLButtonElement>(null);

  function tick(name: string, on: boolean) {
    const next = { ...draft, picked: on ? [...draft.picked, name] : draft.picked.filter((item) => !hasAgency([name], item)) };
    setDraft(next);
    void save(joined(next));
  }

  function add() {
    setDraft({ ...draft, typed: [...draft.typed, ''] });
    const next = draft.typed.length;
    requestAnimationFrame(() => document.getElementById(otherId(next))?.focus());
  }

  function remove(index: number) {
    const next = { ...draft, typed: removeAt(draft.typed, index) };
    setDraft(next);
    addButton.current?.focus();
    void save(joined(next));
  }

  function leave(event: FocusEvent<HTMLFieldSetElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void save(joined(draft));
  }

  return (
    <fieldset className={error ? 'fieldset form-group form-group-error tor-list' : 'fieldset form-group tor-list'} aria-describedby={error ? `${base}-error` : undefined} onBlur={leave}>
      <legend className="legend">Agencies</legend>
      {error ? (
        <p id={`${base}-error`} className="error-message">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {offered.length > 0 ? (
        <fieldset className="fieldset tor-known">
          <legend className="tor-sublegend">Agencies in this review’s chronology and people register</legend>
          <div className="tor-checkboxes">
            {offered.map((name, index) => {
              const id = `${base}-known-${index + 1}`;
              return (
                <div key={name} className="checkbox">
                  <input id={id} type="checkbox" checked={hasAgency(draft.picked, name)} onChange={(event) => tick(name, event.target.checked)} />
                  <label htmlFor={id}>
                    {name}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ) : (
        <p className="hint">No agencies in this review’s chronology or people register yet: type each one.</p>
      )}
      {draft.typed.map((item, index) => (
        <div key={index} className="tor-list-row">
          <label className="label" htmlFor={otherId(index)}>
            Other agency {index + 1}
          </label>
          <div className="tor-list-controls">
            <input id={otherId(index)} type="text" className="input input-long" value={item} aria-invalid={error ? true : undefined} onChange={(event) => setDraft({ ...draft, typed: replaceAt(draft.typed, index, event.target.value) })} />
            <button type="button" className="button button-secondary button-small" onClick={() => remove(index)}>
              Remove<span className="visually-hidden"> other agency {index + 1}</span>
            </button>
          </div>
        </div>
      ))}
      <button ref={addButton} type="button" className="button button-secondary button-small" onClick={add}>
        {offered.length > 0 ? 'Add another agency' : 'Add an agency'}
      </button>
      <FieldStatus field="agencies" />
    </fieldset>
  );
}
