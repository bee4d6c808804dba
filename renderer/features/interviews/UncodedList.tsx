import { ExcerptFlags } from './ExcerptFlags';
import { useInterviews } from './store';

/** Excerpts whose every theme was deleted: their text and memos are kept here until recoded or removed. */
export function UncodedList() {
  const uncoded = useInterviews((state) => state.uncoded);
  const show = useInterviews((state) => state.show);
  return (
    <section aria-labelledby="iv-uncoded-heading">
      <h2 id="iv-uncoded-heading">Uncoded</h2>
      {uncoded === null ? (
        <p role="status">Loading…</p>
      ) : uncoded.length === 0 ? (
        <p>No excerpt is without a theme.</p>
      ) : (
        <ul className="iv-excerpt-list" aria-label="Uncoded excerpts">
          {uncoded.map((excerpt) => (
            <li key={excerpt.id} className="iv-excerpt-item">
              <blockquote className="iv-quote">{excerpt.anchor.exact}</blockquote>
              <ExcerptFlags excerpt={excerpt} />
              {excerpt.memo ? <p className="iv-memo">Memo: {excerpt.memo}</p> : null}
              <button type="button" className="link-button" onClick={() => show({ name: 'conversation', id: excerpt.conversationId })}>
                {excerpt.conversation}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
