import { useEffect, useState } from 'react';
import type { QuestionSetEntry } from '../../../shared/interviews/channels';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { copyOf, draftOf, type SetDraft } from './draft';
import { QuestionSetForm } from './QuestionSetForm';
import { useQuestionSets } from './store';
import './question-sets.css';

const methodWords = { 'appreciative-inquiry': 'Appreciative inquiry', 'learning-together': 'Learning Together', other: 'Other' } as const;

/**
 * The question sets a conversation can follow: those that come with the app (read-only; copy one
 * to change it) and the partnership's own, kept in this workspace for every review.
 */
export function QuestionSetsScreen({ reviewId, reviewTitle, onBack }: { reviewId: string; reviewTitle: string; onBack: () => void }) {
  const sets = useQuestionSets((state) => state.sets);
  const load = useQuestionSets((state) => state.load);
  const remove = useQuestionSets((state) => state.remove);
  const [editing, setEditing] = useState<{ draft: SetDraft; isNew: boolean } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void load(reviewId);
  }, [load, reviewId]);

  if (editing) {
    return (
      <QuestionSetForm
        initial={editing.draft}
        isNew={editing.isNew}
        reviewTitle={reviewTitle}
        onDone={(saved) => {
          setEditing(null);
          if (saved) setMessage(`Saved “${saved}”. Conversations planned from now on can use it.`);
        }}
      />
    );
  }

  async function removeSet(entry: QuestionSetEntry) {
    const outcome = await remove(entry.set.id);
    setMessage(outcome.ok ? `Removed “${entry.set.title}”. Conversations that used it keep their notes.` : outcome.error.message);
  }

  return (
    <section aria-labelledby="area-heading" className="section">
      <BackLink onClick={onBack}>Back to conversations</BackLink>
      <PageHeading id="area-heading" caption={reviewTitle}>
        Question sets
      </PageHeading>
      <p className="lead">The guides a conversation can follow. Those that come with the app cannot be changed: make a copy to edit. Your partnership’s sets are kept in this workspace, for every review.</p>
      {message && (
        <p role="status" className="confirmation-text">
          {message}
        </p>
      )}
      {sets === null ? (
        <p role="status">Loading question sets…</p>
      ) : (
        <ul className="qs-list">
          {sets.map((entry) => (
            <li key={`${entry.builtIn ? 'app' : 'own'}-${entry.set.id}`} className="qs-item">
              <h2 className="heading-small">{entry.set.title}</h2>
              <p className="hint">
                {entry.builtIn ? 'Comes with the app' : 'Your partnership’s'} · {methodWords[entry.set.method]} · {entry.set.stages.length} {entry.set.stages.length === 1 ? 'stage' : 'stages'}
              </p>
              <p>{entry.set.description}</p>
              <p className="hint">Source: {entry.set.source}</p>
              <div className="button-group">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setEditing({ draft: copyOf(entry.set, sets.map((each) => each.set.id)), isNew: true })}
                >
                  Make a copy to edit<span className="visually-hidden">: {entry.set.title}</span>
                </button>
                {!entry.builtIn && (
                  <>
                    <button type="button" className="button button-secondary" onClick={() => setEditing({ draft: draftOf(entry.set), isNew: false })}>
                      Edit<span className="visually-hidden">: {entry.set.title}</span>
                    </button>
                    <button type="button" className="button button-warning" onClick={() => void removeSet(entry)}>
                      Remove<span className="visually-hidden">: {entry.set.title}</span>
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
