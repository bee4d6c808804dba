/** Key practice episodes as the composite shows them, named or anonymised. */
import type { Episode } from '../../../shared/chronology/views';
import { createAnonymiser, type NamedPerson } from '../../../shared/people/anonymise';
import type { ChronologyState } from './store';

// Weakly held: once a lock drops the store's episodes, nothing here keeps them (or the names).
const shown = new WeakMap<Episode[], { people: NamedPerson[]; result: Episode[] }>();

/**
 * Key practice episodes as this view shows them. The core returns the reviewer's titles and
 * summaries as written, so in the anonymised view they go through the people register here;
 * until the register is read, none are shown rather than real names.
 */
export function selectEpisodes(state: Pick<ChronologyState, 'episodes' | 'people' | 'anonymised'>): Episode[] | null {
  const { episodes, people } = state;
  if (!episodes || !state.anonymised) return episodes;
  if (!people) return null;
  const known = shown.get(episodes);
  if (known?.people === people) return known.result;
  const anonymise = createAnonymiser(people);
  const result = episodes.map((episode) => ({ ...episode, title: anonymise(episode.title), summary: episode.summary && anonymise(episode.summary) }));
  shown.set(episodes, { people, result });
  return result;
}
