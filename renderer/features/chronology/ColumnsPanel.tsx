import { compositeColumnKeys } from '../../../shared/chronology/columns';
import { columnLabels, noColumnChoice, widthOf, withShown, withWidth } from './columns';
import type { ColumnChoice } from './use-columns';

/** rem a Narrower or Wider press moves a column by. */
const step = 2;

/**
 * Which columns the composite shows and how wide, by keyboard as well as by dragging the
 * header: the choice is remembered for the next time the composite opens.
 */
export function ColumnsPanel({ columnChoice }: { columnChoice: ColumnChoice }) {
  const { choice, change } = columnChoice;
  return (
    <section id="chronology-columns" aria-labelledby="chronology-columns-heading" className="chron-columns">
      <h3 id="chronology-columns-heading" className="visually-hidden">
        Columns
      </h3>
      <p className="hint">The date is always shown. Your choice is remembered on this computer.</p>
      <ul className="chron-column-list">
        {compositeColumnKeys.map((key) => {
          const label = columnLabels[key];
          const shown = !choice.hidden.includes(key);
          const width = widthOf(choice, key);
          return (
            <li key={key} className="chron-column">
              <div className="checkbox">
                <input id={`column-${key}`} type="checkbox" checked={shown} onChange={() => change(withShown(choice, key, !shown), true)} />
                <label htmlFor={`column-${key}`}>{label}</label>
              </div>
              <button type="button" className="link-button" disabled={!shown} aria-label={`Make ${label} narrower`} onClick={() => change(withWidth(choice, key, width - step), true)}>
                Narrower
              </button>
              <button type="button" className="link-button" disabled={!shown} aria-label={`Make ${label} wider`} onClick={() => change(withWidth(choice, key, width + step), true)}>
                Wider
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-button" onClick={() => change(noColumnChoice, true)}>
        Show every column at its usual width
      </button>
    </section>
  );
}
