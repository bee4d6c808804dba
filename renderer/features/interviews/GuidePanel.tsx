import type { ConversationDetail } from '../../../shared/interviews/channels';
import { dayText } from './words';

/** "12 Mar 2019 to 2 Apr 2019", or what is known of an episode's span. */
function spanText(from: string | null, to: string | null): string {
  if (from && to && from !== to) return `${dayText(from)} to ${dayText(to)}`;
  if (from || to) return dayText(from ?? to);
  return 'Dates not known';
}

/** The guide beside the notes: each stage's purpose and questions, and the key practice episodes as prompts. */
export function GuidePanel({ guide }: { guide: ConversationDetail['guide'] }) {
  if (!guide) {
    return (
      <section className="iv-guide" aria-labelledby="iv-guide-heading">
        <h3 id="iv-guide-heading">Guide</h3>
        <p>This conversation has no question set, so the notes have no guide.</p>
      </section>
    );
  }
  return (
    <section className="iv-guide" aria-labelledby="iv-guide-heading">
      <h3 id="iv-guide-heading">Guide: {guide.title}</h3>
      <p className="hint">{guide.source}</p>
      {guide.stages.map((stage) => (
        <section key={stage.id} aria-labelledby={`iv-stage-${stage.id}`}>
          <h4 id={`iv-stage-${stage.id}`}>{stage.title}</h4>
          <p>{stage.purpose}</p>
          <ul>
            {stage.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
          {stage.episodes.length > 0 ? (
            <>
              <p className="iv-guide-prompts">Key practice episodes to ask about:</p>
              <ul aria-label={`Key practice episodes for ${stage.title}`}>
                {stage.episodes.map((episode) => (
                  <li key={episode.id}>
                    {episode.title} <span className="hint">({spanText(episode.from, episode.to)})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : stage.episodePrompts ? (
            <p className="hint">The review has no key practice episodes yet: add them in the Chronology area.</p>
          ) : null}
        </section>
      ))}
    </section>
  );
}
