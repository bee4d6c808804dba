import { useState } from 'react';
import type { Recommendation } from '../../../shared/findings/model';
import { ActionTable } from './ActionTable';
import { ConfirmDelete } from './ConfirmDelete';
import { selectActions, selectBusy, selectFindings, selectRecommendations, useFindings } from './store';
import { addressedToText, answeredText, dayText, recommendationName } from './words';

/** The recommendations in order: what they say, to whom, the findings they answer and their actions. */
export function RecommendationList() {
  const recommendations = useFindings(selectRecommendations);
  const findings = useFindings(selectFindings);
  const actions = useFindings(selectActions);
  const show = useFindings((state) => state.show);
  const noFindings = findings !== null && findings.length === 0;

  return (
    <section aria-labelledby="fd-recommendations-heading">
      <h2 id="fd-recommendations-heading">Recommendations</h2>
      {noFindings ? (
        <p>A recommendation answers one or more findings: add a finding first.</p>
      ) : (
        <button type="button" className="button" onClick={() => show({ name: 'recommendation-form', id: null })}>
          Add a recommendation
        </button>
      )}
      {recommendations === null ? (
        <p role="status">Loading recommendations…</p>
      ) : recommendations.length === 0 ? (
        <p>No recommendations yet.</p>
      ) : (
        <ol className="fd-cards">
          {recommendations.map((recommendation) => (
            <li key={recommendation.id} className="fd-card">
              <RecommendationCard recommendation={recommendation} actionsOf={actions[recommendation.id] ?? []} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function RecommendationCard({ recommendation, actionsOf }: { recommendation: Recommendation; actionsOf: Parameters<typeof ActionTable>[0]['actions'] }) {
  const show = useFindings((state) => state.show);
  const removeRecommendation = useFindings((state) => state.removeRecommendation);
  const say = useFindings((state) => state.say);
  const busy = useFindings(selectBusy);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState('');
  const name = recommendationName(recommendation);

  async function remove() {
    const outcome = await removeRecommendation(recommendation.id);
    if (!outcome.ok) return setProblem(outcome.error.message);
    setDeleting(false);
    say(`Deleted ${name}.`);
  }

  return (
    <>
      <h3>{name}</h3>
      <p className="fd-statement">{recommendation.text}</p>
      <dl className="fd-facts">
        <dt>Addressed to</dt>
        <dd>{addressedToText(recommendation.addressedTo)}</dd>
        <dt>Made on</dt>
        <dd>{dayText(recommendation.madeOn)}</dd>
        <dt>Answers</dt>
        <dd>
          <ul className="fd-plain-list">
            {recommendation.findings.map((finding, index) => (
              <li key={finding.findingId ?? `removed-${index}`} className={finding.findingId === null ? 'fd-removed' : undefined}>
                {answeredText(finding)}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <h4>Actions</h4>
      <ActionTable actions={actionsOf} caption={`Actions for ${name}`} />
      <div className="button-group">
        <button type="button" className="button button-secondary button-small" onClick={() => show({ name: 'action-form', recommendationId: recommendation.id, id: null })}>
          Add an action<span className="visually-hidden"> to {name}</span>
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => show({ name: 'recommendation-form', id: recommendation.id })}>
          Edit<span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button button-warning button-small" aria-expanded={deleting} onClick={() => setDeleting(!deleting)}>
          Delete<span className="visually-hidden"> {name}</span>
        </button>
      </div>
      {deleting ? (
        <ConfirmDelete
          name={name}
          problem={problem}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => {
            setDeleting(false);
            setProblem('');
          }}
        >
          Delete {name}? The findings it answers stay.
        </ConfirmDelete>
      ) : null}
    </>
  );
}
