import { excerptsText, dayText, kindLabels, participantsText, statusLabels } from './words';
import { selectConversations, useInterviews } from './store';

/** The review's conversations, newest first as the core lists them; each opens its notes. */
export function ConversationList() {
  const conversations = useInterviews(selectConversations);
  const show = useInterviews((state) => state.show);
  return (
    <>
      <div className="button-group">
        <button type="button" className="button" onClick={() => show({ name: 'plan' })}>
          Plan a conversation
        </button>
        <button type="button" className="button button-secondary" onClick={() => show({ name: 'themes' })}>
          Themes and exports
        </button>
        <button type="button" className="button button-secondary" onClick={() => show({ name: 'question-sets' })}>
          Question sets
        </button>
      </div>
      <h2>Conversations</h2>
      {conversations === null ? (
        <p role="status">Loading conversations…</p>
      ) : conversations.length === 0 ? (
        <p>No conversations yet. Plan one to record who takes part, their consent, and the guide the notes follow.</p>
      ) : (
        <div className="table-scroll">
          <table className="table table-wide">
            <caption className="visually-hidden">Conversations in this review</caption>
            <thead>
              <tr>
                <th scope="col">Conversation</th>
                <th scope="col">Date</th>
                <th scope="col">Participants</th>
                <th scope="col">Status</th>
                <th scope="col">Coded</th>
              </tr>
            </thead>
            <tbody>
              {conversations.map((conversation) => (
                <tr key={conversation.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => show({ name: 'conversation', id: conversation.id })}>
                      {kindLabels[conversation.kind]}
                      <span className="visually-hidden">, {dayText(conversation.date)}</span>
                    </button>
                  </th>
                  <td>{dayText(conversation.date)}</td>
                  <td>{participantsText(conversation.participants)}</td>
                  <td>{statusLabels[conversation.status]}</td>
                  <td>{excerptsText(conversation.excerptCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
