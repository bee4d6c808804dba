import { useState } from 'react';
import { conversationStatuses, type ConversationStatus, type Participant } from '../../../shared/interviews/model';
import type { ConversationDetail } from '../../../shared/interviews/channels';
import { SelectInput } from '../../components/SelectInput';
import { ChangeParticipants } from './ChangeParticipants';
import { ConsentChange } from './ConsentChange';
import { selectBusy, useInterviews } from './store';
import { consentText, formatLabels, statusLabels } from './words';

/** What was planned, the status (changed as the conversation goes on), and each participant's consent. */
export function ConversationDetails({ conversation }: { conversation: ConversationDetail }) {
  const editConversation = useInterviews((state) => state.editConversation);
  const busy = useInterviews(selectBusy);
  const [changing, setChanging] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [said, setSaid] = useState('');

  async function setStatus(status: ConversationStatus) {
    const outcome = await editConversation({ id: conversation.id, status });
    setSaid(outcome.ok ? `Status: ${statusLabels[status]}.` : outcome.error.message);
  }

  return (
    <section aria-labelledby="iv-details-heading" className="iv-details">
      <h2 id="iv-details-heading">About the conversation</h2>
      <dl className="iv-summary">
        <dt>Format</dt>
        <dd>{conversation.format ? formatLabels[conversation.format] : 'Not decided yet'}</dd>
        <dt>Place</dt>
        <dd>{conversation.place ?? 'Not recorded'}</dd>
        <dt>Interviewers</dt>
        <dd>{conversation.interviewers.length > 0 ? conversation.interviewers.join(', ') : 'Not recorded'}</dd>
        <dt>Guide</dt>
        <dd>{conversation.guide ? conversation.guide.title : 'None'}</dd>
      </dl>
      <div aria-busy={busy}>
        <SelectInput
          id="iv-status"
          label="Status"
          value={conversation.status}
          options={conversationStatuses.map((status) => ({ value: status, label: statusLabels[status] }))}
          onChange={(status) => void setStatus(status)}
        />
        <p role="status" className="confirmation-text">
          {said}
        </p>
      </div>
      <div className="table-scroll">
        <table className="table">
          <caption className="table-caption">Participants and their consent</caption>
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">Consent</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {conversation.participants.map((participant) => (
              <tr key={participant.personId}>
                <th scope="row">{participant.describedAs}</th>
                <td>{consentText(participant.consent)}</td>
                <td>
                  <button type="button" className="link-button" aria-expanded={changing === participant.personId} onClick={() => setChanging(changing === participant.personId ? null : participant.personId)}>
                    Record a consent change<span className="visually-hidden"> for {participant.describedAs}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {choosing ? (
        <ChangeParticipants
          conversation={conversation}
          onDone={(message) => {
            setChoosing(false);
            setSaid(message);
          }}
        />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setChoosing(true)}>
          Change who took part
        </button>
      )}
      {changing ? <ConsentChangeFor conversation={conversation} participant={conversation.participants.find((each) => each.personId === changing)} onDone={() => setChanging(null)} /> : null}
    </section>
  );
}

function ConsentChangeFor({ conversation, participant, onDone }: { conversation: ConversationDetail; participant: Participant | undefined; onDone: () => void }) {
  return participant ? <ConsentChange key={participant.personId} conversationId={conversation.id} participant={participant} onDone={onDone} /> : null;
}
