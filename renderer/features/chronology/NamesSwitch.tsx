import { selectNamesChoice, useChronology } from './store';

/**
 * Named or anonymised, for every tab at once. Anonymised asks the core for the entries with the
 * people register's pseudonyms in place of names, aliases and spelling variants.
 */
export function NamesSwitch() {
  const anonymised = useChronology(selectNamesChoice);
  const setAnonymised = useChronology((state) => state.setAnonymised);
  return (
    <fieldset className="fieldset chron-names" aria-describedby="chronology-names-hint">
      <legend className="label">Names</legend>
      <div className="chron-inline">
        <div className="radio">
          <input id="chronology-named" type="radio" name="chronology-names" checked={!anonymised} onChange={() => void setAnonymised(false)} />
          <label htmlFor="chronology-named">Named</label>
        </div>
        <div className="radio">
          <input id="chronology-anonymised" type="radio" name="chronology-names" checked={anonymised} onChange={() => void setAnonymised(true)} />
          <label htmlFor="chronology-anonymised">Anonymised</label>
        </div>
        <p id="chronology-names-hint" className="hint">
          Anonymised shows pseudonyms in place of real names.
        </p>
      </div>
    </fieldset>
  );
}
