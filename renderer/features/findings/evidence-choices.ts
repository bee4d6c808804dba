/**
 * What a finding's evidence can point at, found by a few words: the review's chronology entries
 * (searched by the chronology itself), its key practice episodes, its themes and the excerpts
 * coded in its conversations (searched here). Real names, as the reviewer works with them.
 */
import { dateInWords } from '../../../shared/chronology/date-words';
import type { EvidenceKind } from '../../../shared/findings/model';
import { call } from '../../lib/api';
import { dayText } from './words';

export interface EvidenceChoice {
  id: string;
  label: string;
}

/** How many choices are shown: enough to pick from, few enough to read; more words narrow them. */
export const choicesShown = 20;

/** Choices whose label holds every word typed, in any case. */
export function matching(choices: readonly EvidenceChoice[], text: string): EvidenceChoice[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return choices.filter((choice) => {
    const label = choice.label.toLowerCase();
    return words.every((word) => label.includes(word));
  });
}

function shorten(text: string, length = 120): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

async function everyChoice(kind: EvidenceKind, reviewId: string, text: string): Promise<EvidenceChoice[]> {
  switch (kind) {
    case 'entry': {
      const words = text.trim();
      const list = await call('chronology:list', { reviewId, anonymised: false, ...(words ? { filter: { text: words } } : {}), window: { offset: 0, limit: choicesShown } });
      return list.entries.map((entry) => ({ id: entry.id, label: `${dateInWords(entry.date)}, ${entry.agency}: ${shorten(entry.event ?? '')}` }));
    }
    case 'episode':
      return (await call('episode:list', { reviewId })).map((episode) => ({ id: episode.id, label: episode.title }));
    case 'theme':
      return (await call('themes:list', { reviewId })).map((theme) => ({ id: theme.id, label: theme.name }));
    case 'excerpt': {
      const conversations = await call('interviews:list', { reviewId });
      const lists = await Promise.all(conversations.map((conversation) => call('excerpts:list', { id: conversation.id })));
      return conversations.flatMap((conversation, index) =>
        (lists[index] ?? []).map((excerpt) => ({ id: excerpt.id, label: `Conversation on ${dayText(conversation.date, 'an unset date')}: “${shorten(excerpt.anchor.exact)}”` })),
      );
    }
  }
}

/** The first choices of a kind that match the words typed. */
export async function findEvidence(kind: EvidenceKind, reviewId: string, text: string): Promise<EvidenceChoice[]> {
  return matching(await everyChoice(kind, reviewId, text), kind === 'entry' ? '' : text).slice(0, choicesShown);
}
