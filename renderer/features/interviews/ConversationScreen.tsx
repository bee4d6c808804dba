import { BackLink } from '../../components/BackLink';
import { AreaHeading } from './AreaHeading';
import { ConversationDetails } from './ConversationDetails';
import { NotesLoader } from './NotesLoader';
import { selectOpen, useInterviews } from './store';
import { dayText, kindLabels } from './words';

/** One conversation: its details and consent, then its notes beside the guide, coded to themes. */
export function ConversationScreen({ id, reviewTitle }: { id: string; reviewTitle: string }) {
  const open = useInterviews(selectOpen);
  const show = useInterviews((state) => state.show);
  const conversation = open?.id === id ? open : null;
  return (
    <section aria-labelledby="area-heading" className="iv-area">
      <BackLink onClick={() => show({ name: 'list' })}>All conversations</BackLink>
      {/* One heading element throughout, so the focus it takes on arrival stays when the title loads. */}
      <AreaHeading caption={reviewTitle}>{conversation ? `${kindLabels[conversation.kind]}, ${dayText(conversation.date)}` : 'Conversation'}</AreaHeading>
      {conversation ? (
        <>
          <ConversationDetails conversation={conversation} />
          <NotesLoader conversation={conversation} />
        </>
      ) : (
        <p role="status">Loading the conversation…</p>
      )}
    </section>
  );
}
