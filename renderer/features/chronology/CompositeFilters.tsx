import { useEffect, useState } from 'react';
import { SelectInput } from '../../components/SelectInput';
import { DateInput } from '../../components/DateInput';
import { TextInput } from '../../components/TextInput';
import { filtersApplied } from './filter';
import { selectAnonymised, selectEpisodes, selectFilter, selectFiltersShown, selectList, selectSignificanceOptions, useChronology } from './store';

/** In the composite's tool line: shows or folds the filters, says how many apply, clears them. */
export function FiltersToggle() {
  const filter = useChronology(selectFilter);
  const shown = useChronology(selectFiltersShown);
  const showFilters = useChronology((state) => state.showFilters);
  const clearFilter = useChronology((state) => state.clearFilter);
  const applied = filtersApplied(filter);
  return (
    <>
      <button type="button" className="link-button chron-toggle" aria-expanded={shown} aria-controls="chronology-filters" onClick={() => showFilters(!shown)}>
        {shown ? 'Hide filters' : 'Filters'}
        {applied > 0 ? ` (${applied} applied)` : ''}
      </button>
      {applied > 0 ? (
        <button type="button" className="link-button chron-toggle" onClick={clearFilter}>
          Clear filters
        </button>
      ) : null}
    </>
  );
}

/**
 * The composite's filters, folded until asked for so the entries come first: each applies as
 * soon as it changes (the words after a pause in typing).
 */
export function CompositeFilters() {
  const filter = useChronology(selectFilter);
  const list = useChronology(selectList);
  const significanceOptions = useChronology(selectSignificanceOptions);
  const episodes = useChronology(selectEpisodes);
  const anonymised = useChronology(selectAnonymised);
  const setFilter = useChronology((state) => state.setFilter);
  const shown = useChronology(selectFiltersShown);
  // A choice made before the list changed stays visible, so it can be taken off again.
  const agencies = union(list?.agencies ?? [], filter.agencies);
  const significance = union(significanceOptions, filter.significance);

  return (
    // Hidden rather than removed: words being typed are kept.
    <section id="chronology-filters" aria-labelledby="chronology-filters-heading" className="chron-filters" hidden={!shown}>
      <h3 id="chronology-filters-heading" className="visually-hidden">
        Filters
      </h3>
      <div className="chron-filter-grid">
        <CheckboxGroup legend="Agency" idPrefix="filter-agency" options={agencies} chosen={filter.agencies} onChange={(values) => setFilter({ agencies: values })} />
        <fieldset className="fieldset chron-dates">
          <legend className="label">Dates</legend>
          <div className="chron-inline">
            <DateInput id="filter-from" label="From" hint="Day first: 1/3/2019." value={filter.from} onChange={(from) => setFilter({ from })} />
            <DateInput id="filter-to" label="To" hint="Day first: 31/3/2019." value={filter.to} onChange={(to) => setFilter({ to })} />
          </div>
        </fieldset>
        <div>
          {significance.length > 0 ? (
            <CheckboxGroup legend="Significance" idPrefix="filter-significance" options={significance} chosen={filter.significance} onChange={(values) => setFilter({ significance: values })} />
          ) : null}
          <div className="checkbox">
            <input id="filter-flagged" type="checkbox" checked={filter.flagged} onChange={(event) => setFilter({ flagged: event.target.checked })} aria-describedby="filter-flagged-hint" />
            <label htmlFor="filter-flagged">Flagged entries only</label>
            <span id="filter-flagged-hint" className="hint radio-hint">
              Approximate, range, future and before-birth dates.
            </span>
          </div>
        </div>
        <div>
          {/* Remounted on switching names: the words are given back anonymised. */}
          <WordsFilter key={String(anonymised)} />
          <SelectInput
            id="filter-episode"
            label="Key practice episode"
            value={filter.episodeId}
            placeholder="Any"
            options={(episodes ?? []).map((episode) => ({ value: episode.id, label: episode.title }))}
            onChange={(episodeId) => setFilter({ episodeId })}
          />
        </div>
      </div>
    </section>
  );
}

function union(options: readonly string[], chosen: readonly string[]): string[] {
  const missing = chosen.filter((value) => !options.includes(value));
  return missing.length === 0 ? [...options] : [...options, ...missing];
}

interface CheckboxGroupProps {
  legend: string;
  idPrefix: string;
  options: readonly string[];
  chosen: readonly string[];
  onChange: (values: string[]) => void;
}

function CheckboxGroup({ legend, idPrefix, options, chosen, onChange }: CheckboxGroupProps) {
  return (
    <fieldset className="fieldset chron-checkboxes">
      <legend className="label">{legend}</legend>
      {options.length === 0 ? <p className="hint">None yet.</p> : null}
      {options.map((option, index) => {
        const id = `${idPrefix}-${index}`;
        const on = chosen.includes(option);
        return (
          <div className="checkbox" key={option}>
            <input id={id} type="checkbox" checked={on} onChange={() => onChange(on ? chosen.filter((value) => value !== option) : [...chosen, option])} />
            <label htmlFor={id}>{option}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

const typingPause = 300;

/** Words to find in any column, sent once typing pauses rather than on every key. */
function WordsFilter() {
  const stored = useChronology((state) => state.filter.text);
  const setFilter = useChronology((state) => state.setFilter);
  const [text, setText] = useState(stored);
  const [seen, setSeen] = useState(stored);
  // Cleared or changed from elsewhere (Clear filters, an episode's entries): show what is applied.
  if (stored !== seen) {
    setSeen(stored);
    setText(stored);
  }

  useEffect(() => {
    const timer = setTimeout(() => {
      if (text !== useChronology.getState().filter.text) setFilter({ text });
    }, typingPause);
    return () => clearTimeout(timer);
  }, [text, setFilter]);

  return <TextInput id="filter-text" label="Words" hint="In any column, your analysis too." type="search" width="medium" value={text} onChange={setText} />;
}
