import { useState } from 'react';
import type { Excerpt, Participant } from '../../../shared/interviews/model';
import { ExcerptEditForm } from './ExcerptEditForm';
import { ExcerptFlags } from './ExcerptFlags';
import { LinksSection } from './LinksSection';
import { selectBusy, selectThemes, useInterviews } from './store';
import { ThemeChips } from './ThemeChips';

interface ExcerptItemProps {
  excerpt: Excerpt;
  participants: readonly Participant[];
}

/** Who an excerpt came from, by role and agency. */
export function saidByText(excerpt: Excerpt, participants: readonly Participant[]): string {
  const described = excerpt.participantIds.map((id) => participants.find((participant) => participant.personId === id)?.describedAs).filter(Boolean);
  return described.length > 0 ? described.join('; ') : excerpt.roles.map((role, index) => [role, excerpt.agencies[index]].filter(Boolean).join(', ')).join('; ');
}

/** One excerpt: its text, themes, who said it, whether it may be quoted, its memo, and what can be done to it. */
export function ExcerptItem({ excerpt, participants }: ExcerptItemProps) {
  const themes = useInterviews(selectThemes);
  const editExcerpt = useInterviews((state) => state.editExcerpt);
  const removeExcerpt = useInterviews((state) => state.removeExcerpt);
  const busy = useInterviews(selectBusy);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [linking, setLinking] = useState(false);
  const [refusal, setRefusal] = useState('');
  const quoteId = `quote-${excerpt.id}`;

  async function setQuote(on: boolean) {
    setRefusal('');
    const outcome = await editExcerpt({ id: excerpt.id, possibleQuote: on });
    if (!outcome.ok) setRefusal(outcome.error.message);
  }

  async function remove() {
    const outcome = await removeExcerpt(excerpt.id);
    if (!outcome.ok) setRefusal(outcome.error.message);
  }

  return (
    <li className="iv-excerpt-item">
      <blockquote className="iv-quote">{excerpt.anchor.exact}</blockquote>
      <ExcerptFlags excerpt={excerpt} />
      <ThemeChips themes={themes} ids={excerpt.themeIds} />
      <p className="hint">Said by: {saidByText(excerpt, participants)}</p>
      {excerpt.memo ? <p className="iv-memo">Memo: {excerpt.memo}</p> : null}
      <div className="checkbox">
        <input id={quoteId} type="checkbox" checked={excerpt.possibleQuote} disabled={busy} onChange={(event) => void setQuote(event.target.checked)} aria-describedby={`${quoteId}-refusal`} />
        <label htmlFor={quoteId}>Possible quote</label>
      </div>
      <p id={`${quoteId}-refusal`} role="alert" className="error-message">
        {refusal}
      </p>
      {editing ? (
        <ExcerptEditForm excerpt={excerpt} onDone={() => setEditing(false)} />
      ) : removing ? (
        <div className="iv-inset">
          <p>Remove this excerpt? Its themes and memo go with it; the notes do not change.</p>
          <div className="button-group">
            <button type="button" className="button button-warning button-small" disabled={busy} onClick={() => void remove()}>
              Remove the excerpt
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setRemoving(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="button-group">
          <button type="button" className="button button-secondary button-small" onClick={() => setEditing(true)}>
            Edit themes and memo
          </button>
          <button type="button" className="button button-secondary button-small" aria-expanded={linking} onClick={() => setLinking(!linking)}>
            Links ({excerpt.links.length})
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setRemoving(true)}>
            Remove
          </button>
        </div>
      )}
      {linking ? <LinksSection from={{ kind: 'excerpt', id: excerpt.id }} links={excerpt.links} level={4} /> : null}
    </li>
  );
}
