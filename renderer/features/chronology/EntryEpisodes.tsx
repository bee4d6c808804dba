import { useState } from 'react';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { SelectInput } from '../../components/SelectInput';
import { notifyError } from '../../lib/notify';
import { selectEpisodes, useChronology } from './store';

/** The key practice episodes an entry is in, and putting it in another or taking it out. */
export function EntryEpisodes({ entry }: { entry: ChronologyEntry }) {
  const episodes = useChronology(selectEpisodes) ?? [];
  const assign = useChronology((state) => state.assign);
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState('');
  const inEpisodes = episodes.filter((episode) => entry.episodeIds.includes(episode.id));
  const others = episodes.filter((episode) => !entry.episodeIds.includes(episode.id));

  async function change(episodeId: string, assigned: boolean) {
    const outcome = await assign(episodeId, [entry.id], assigned);
    if (!outcome.ok) return notifyError(outcome.error);
    setChoice('');
    setMessage(assigned ? `Added to ${outcome.value.title}.` : `Taken out of ${outcome.value.title}.`);
  }

  return (
    <>
      <h3>Key practice episodes</h3>
      {inEpisodes.length === 0 ? (
        <p>Not in any episode.</p>
      ) : (
        <ul className="plain-list">
          {inEpisodes.map((episode) => (
            <li key={episode.id}>
              {episode.title}{' '}
              <button type="button" className="link-button" onClick={() => void change(episode.id, false)}>
                Take out<span className="visually-hidden"> of {episode.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 ? (
        <div className="chron-inline chron-add-episode">
          <SelectInput
            id="entry-add-episode"
            label="Add to episode"
            value={choice}
            placeholder="Choose an episode"
            options={others.map((episode) => ({ value: episode.id, label: episode.title }))}
            onChange={setChoice}
          />
          <button type="button" className="button button-secondary button-small" disabled={!choice} onClick={() => void change(choice, true)}>
            Add to episode
          </button>
        </div>
      ) : episodes.length === 0 ? (
        <p className="hint">Add key practice episodes in their tab to group entries.</p>
      ) : null}
      <p role="status" className="confirmation-text">
        {message}
      </p>
    </>
  );
}
