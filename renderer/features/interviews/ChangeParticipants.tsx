import { useEffect, useState } from 'react';
import type { ConversationDetail } from '../../../shared/interviews/channels';
import { selectBusy, useInterviews } from './store';

/**
 * Who took part, changed after planning: someone from the register added (their consent then
 * recorded like anyone's), or someone who did not come taken out. Taking out someone an excerpt
 * is attributed to is refused by the core, with what to do instead.
 */
export function ChangeParticipants({ conversation, onDone }: { conversation: ConversationDetail; onDone: (message: string) => void }) {
  const people = useInterviews((state) => state.people);
  const loadPlanChoices = useInterviews((state) => state.loadPlanChoices);
  const changeParticipants = useInterviews((state) => state.changeParticipants);
  const busy = useInterviews(selectBusy);
  const current = conversation.participants.map((participant) => participant.personId);
  const [chosen, setChosen] = useState<string[]>(current);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    void loadPlanChoices();
  }, [loadPlanChoices]);

  async function save() {
    const add = chosen.filter((id) => !current.includes(id));
    const remove = current.filter((id) => !chosen.includes(id));
    if (add.length === 0 && remove.length === 0) return onDone('Nothing changed.');
    const outcome = await changeParticipants({ id: conversation.id, add, remove });
    if (!outcome.ok) return setProblem(outcome.error.message);
    const parts = [add.length > 0 ? `added ${countWords(add.length)}` : '', remove.length > 0 ? `took out ${countWords(remove.length)}` : ''].filter(Boolean).join(' and ');
    onDone(`${parts.charAt(0).toUpperCase()}${parts.slice(1)}.`);
  }

  const practitioners = (people ?? []).filter((person) => person.role === 'practitioner' || current.includes(person.id));
  return (
    <fieldset className="fieldset iv-inset" aria-busy={busy}>
      <legend className="legend">Who took part</legend>
      {problem ? (
        <p className="error-message" role="alert">
          <span className="visually-hidden">Error: </span>
          {problem}
        </p>
      ) : null}
      {people === null ? <p role="status">Loading the people register…</p> : null}
      {practitioners.map((person) => (
        <div className="checkbox" key={person.id}>
          <input
            id={`iv-participant-change-${person.id}`}
            type="checkbox"
            checked={chosen.includes(person.id)}
            onChange={(event) => setChosen((list) => (event.target.checked ? [...list, person.id] : list.filter((id) => id !== person.id)))}
          />
          <label htmlFor={`iv-participant-change-${person.id}`}>
            {person.name} ({[person.practitionerRole, person.agency].filter(Boolean).join(', ') || 'no role recorded'})
          </label>
        </div>
      ))}
      <div className="button-group">
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>
          Save who took part
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

const countWords = (n: number) => (n === 1 ? 'one participant' : `${n} participants`);
