import { selectBriefings, selectBusy, useFindings } from './store';
import { countText, dayText } from './words';

/** The review's 7-minute briefings: made from its findings, edited in the documents editor, and who received them. */
export function BriefingsSection() {
  const briefings = useFindings(selectBriefings);
  const createBriefing = useFindings((state) => state.createBriefing);
  const show = useFindings((state) => state.show);
  const say = useFindings((state) => state.say);
  const busy = useFindings(selectBusy);

  async function create() {
    const outcome = await createBriefing();
    if (!outcome.ok) return say(outcome.error.message);
    show({ name: 'briefing', documentId: outcome.value.documentId }, `Made ${outcome.value.title}. Edit it below, then export it and log who received it.`);
  }

  return (
    <section aria-labelledby="fd-briefings-heading">
      <h2 id="fd-briefings-heading">Learning briefings</h2>
      <p>A 7-minute briefing tells practitioners what the review found: background, what happened (with pseudonyms), the findings, what they mean for practice, and questions for supervision.</p>
      <button type="button" className="button" disabled={busy} onClick={() => void create()}>
        Make a 7-minute briefing
      </button>
      {briefings === null ? (
        <p role="status">Loading briefings…</p>
      ) : briefings.length === 0 ? (
        <p>No briefings yet.</p>
      ) : (
        <ul className="fd-plain-list">
          {briefings.map((briefing) => (
            <li key={briefing.documentId}>
              <button type="button" className="link-button" onClick={() => show({ name: 'briefing', documentId: briefing.documentId })}>
                {briefing.title}
              </button>{' '}
              (made {dayText(briefing.createdAt.slice(0, 10))}; received by {countText(briefing.deliveries.length, 'agency', 'agencies')}, {briefing.notConfirmed.length} not yet confirmed)
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
