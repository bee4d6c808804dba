import type { ConversationDetail } from '../../../shared/interviews/channels';
import { ExcerptItem } from './ExcerptItem';
import { selectExcerpts, useInterviews } from './store';

/** Beside the notes: every excerpt coded in them, in the order it appears. */
export function ExcerptList({ conversation }: { conversation: ConversationDetail }) {
  const excerpts = useInterviews(selectExcerpts);
  const shown = [...(excerpts ?? [])].sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.anchor.start - b.anchor.start);
  return (
    <section className="iv-excerpts" aria-labelledby="iv-excerpts-heading">
      <h3 id="iv-excerpts-heading">Coded excerpts</h3>
      {excerpts === null ? (
        <p role="status">Loading excerpts…</p>
      ) : excerpts.length === 0 ? (
        <p>Nothing coded yet. Select text in the notes and choose Code selection.</p>
      ) : (
        <ol className="iv-excerpt-list" aria-label="Coded excerpts">
          {shown.map((excerpt) => (
            <ExcerptItem key={excerpt.id} excerpt={excerpt} participants={conversation.participants} />
          ))}
        </ol>
      )}
    </section>
  );
}
