import { useEffect, useState } from 'react';
import type { Episode } from '../../../shared/chronology/views';
import { notifyError } from '../../lib/notify';
import { entryCount } from './entry-words';
import { episodeDates } from './episode-words';
import { EpisodeForm } from './EpisodeForm';
import { selectAnonymised, selectEpisodes, useChronology } from './store';

/** Key practice episodes: the periods the review looks at closely, each with its entries. */
export function EpisodesView() {
  const episodes = useChronology(selectEpisodes);
  const anonymised = useChronology(selectAnonymised);
  const loadEpisodes = useChronology((state) => state.loadEpisodes);
  const addEpisode = useChronology((state) => state.addEpisode);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void loadEpisodes();
  }, [loadEpisodes]);

  return (
    <>
      <h2>Key practice episodes</h2>
      <p>The periods of the case the review looks at closely. Add entries to an episode from the composite: tick them, or open one and use Add to episode.</p>
      <p role="status" className="confirmation-text">
        {message}
      </p>
      {episodes === null ? (
        <p role="status">Loading episodes…</p>
      ) : episodes.length === 0 ? (
        <p>No key practice episodes yet.</p>
      ) : (
        <ul className="plain-list chron-episodes">
          {episodes.map((episode) => (
            <EpisodeItem key={episode.id} episode={episode} anonymised={anonymised} onMessage={setMessage} />
          ))}
        </ul>
      )}
      <EpisodeForm
        idPrefix="episode-add"
        heading="Add a key practice episode"
        submitLabel="Add episode"
        onSubmit={addEpisode}
        onDone={(episode) => setMessage(`Added the episode ${episode.title}.`)}
      />
    </>
  );
}

interface EpisodeItemProps {
  episode: Episode;
  anonymised: boolean;
  onMessage: (message: string) => void;
}

function EpisodeItem({ episode, anonymised, onMessage }: EpisodeItemProps) {
  const showEpisode = useChronology((state) => state.showEpisode);
  const updateEpisode = useChronology((state) => state.updateEpisode);
  const removeEpisode = useChronology((state) => state.removeEpisode);
  const [mode, setMode] = useState<'show' | 'edit' | 'remove'>('show');
  const headingId = `episode-${episode.id}`;

  async function remove() {
    const outcome = await removeEpisode(episode.id);
    if (!outcome.ok) return notifyError(outcome.error);
    onMessage(`Removed the episode ${episode.title}. Its entries are still in the chronology.`);
  }

  if (mode === 'edit') {
    return (
      <li className="chron-episode">
        <EpisodeForm
          idPrefix={`episode-edit-${episode.id}`}
          heading={`Change ${episode.title}`}
          submitLabel="Save episode"
          initial={{ title: episode.title, start: episode.start ?? '', end: episode.end ?? '', summary: episode.summary ?? '' }}
          onSubmit={(fields) => updateEpisode(episode.id, fields)}
          onDone={(saved) => {
            setMode('show');
            onMessage(`Saved the episode ${saved.title}.`);
          }}
          onCancel={() => setMode('show')}
        />
      </li>
    );
  }

  return (
    <li className="chron-episode">
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{episode.title}</h3>
        <p>
          {episodeDates(episode)} · {entryCount(episode.entryCount)}
        </p>
        {episode.summary ? <p className="chron-pre">{episode.summary}</p> : null}
        {mode === 'remove' ? (
          <div className="warning-text">
            <p>Remove this episode? Its entries stay in the chronology; only the grouping goes.</p>
            <div className="button-group">
              <button type="button" className="button button-warning button-small" onClick={() => void remove()}>
                Remove episode
              </button>
              <button type="button" className="link-button" onClick={() => setMode('show')}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <div className="button-group">
            <button type="button" className="button button-secondary button-small" aria-describedby={headingId} onClick={() => showEpisode(episode.id)}>
              Show its entries
            </button>
            {/* The anonymised title must never be saved over the one written. */}
            {anonymised ? null : (
              <button type="button" className="link-button" aria-describedby={headingId} onClick={() => setMode('edit')}>
                Change
              </button>
            )}
            <button type="button" className="link-button" aria-describedby={headingId} onClick={() => setMode('remove')}>
              Remove
            </button>
          </div>
        )}
      </section>
    </li>
  );
}
