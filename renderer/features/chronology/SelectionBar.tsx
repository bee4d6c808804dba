import { useState } from 'react';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { SelectInput } from '../../components/SelectInput';
import { notifyError } from '../../lib/notify';
import { entryCount } from './entry-words';
import { selectChecked, selectEpisodes, useChronology } from './store';

/**
 * The entries ticked in the composite, and putting them in (or taking them out of) an episode.
 * With nothing ticked it takes no room: only what was last done stays said.
 */
export function SelectionBar({ shown }: { shown: readonly ChronologyEntry[] }) {
  const checked = useChronology(selectChecked);
  const episodes = useChronology(selectEpisodes) ?? [];
  const assign = useChronology((state) => state.assign);
  const setChecked = useChronology((state) => state.setChecked);
  const clearChecked = useChronology((state) => state.clearChecked);
  const [episodeId, setEpisodeId] = useState('');
  const [message, setMessage] = useState('');
  const chosen = episodes.some((episode) => episode.id === episodeId) ? episodeId : '';

  async function change(assigned: boolean) {
    const ids = [...checked];
    const outcome = await assign(chosen, ids, assigned);
    if (!outcome.ok) return notifyError(outcome.error);
    setMessage(`${assigned ? 'Added' : 'Took'} ${entryCount(ids.length)} ${assigned ? 'to' : 'out of'} ${outcome.value.title}.`);
    clearChecked();
  }

  if (checked.size === 0) {
    return (
      <section aria-labelledby="selection-heading" className="chron-selection chron-selection-empty">
        <h3 id="selection-heading" className="visually-hidden">
          Selected entries
        </h3>
        <p role="status" className="confirmation-text">
          {message}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="selection-heading" className="chron-selection">
      <h3 id="selection-heading" className="visually-hidden">
        Selected entries
      </h3>
      <div className="chron-inline">
        <p className="chron-selection-count">{entryCount(checked.size)} selected.</p>
        <button type="button" className="link-button" onClick={() => setChecked(shown.map((entry) => entry.id), true)} disabled={shown.length === 0}>
          Select all {entryCount(shown.length)} shown
        </button>
        <button type="button" className="link-button" onClick={clearChecked}>
          Clear selection
        </button>
      </div>
      {episodes.length === 0 ? (
        <p className="hint">To group entries, add a key practice episode in its tab, then tick the entries here.</p>
      ) : (
        <div className="chron-inline">
          <SelectInput
            id="selection-episode"
            label="Key practice episode for the selected entries"
            value={chosen}
            placeholder="Choose an episode"
            options={episodes.map((episode) => ({ value: episode.id, label: episode.title }))}
            onChange={setEpisodeId}
          />
          <button type="button" className="button button-secondary button-small" disabled={!chosen || checked.size === 0} onClick={() => void change(true)}>
            Add to episode
          </button>
          <button type="button" className="button button-secondary button-small" disabled={!chosen || checked.size === 0} onClick={() => void change(false)}>
            Take out of episode
          </button>
        </div>
      )}
      <p role="status" className="confirmation-text">
        {message}
      </p>
    </section>
  );
}
