import { useState } from 'react';
import { DeleteFinding } from './DeleteFinding';
import { selectFindings, selectRecommendations, useFindings } from './store';
import { answeredByText, evidenceCountText, findingName } from './words';

/** The findings in order, each with its pattern, category, evidence and the recommendations answering it. */
export function FindingList() {
  const findings = useFindings(selectFindings);
  const recommendations = useFindings(selectRecommendations);
  const show = useFindings((state) => state.show);
  const say = useFindings((state) => state.say);
  const [deleting, setDeleting] = useState<string | null>(null);

  return (
    <section>
      <h2>Findings</h2>
      <button type="button" className="button" onClick={() => show({ name: 'finding-form', id: null })}>
        Add a finding
      </button>
      {findings === null ? (
        <p role="status">Loading findings…</p>
      ) : findings.length === 0 ? (
        <p>No findings yet. A finding says what the review found about the system, not about individuals, with its evidence.</p>
      ) : (
        <ol className="fd-cards">
          {findings.map((finding) => {
            const name = findingName(finding);
            return (
              <li key={finding.id} className="fd-card">
                <h3>{name}</h3>
                <p className="fd-statement">{finding.statement}</p>
                <dl className="fd-facts">
                  <dt>Underlying pattern</dt>
                  <dd>{finding.pattern ?? 'Not written yet'}</dd>
                  <dt>Category</dt>
                  <dd>{finding.category ?? 'No category'}</dd>
                  <dt>Evidence</dt>
                  <dd>{evidenceCountText(finding.evidence.length)}</dd>
                  <dt>Answered by</dt>
                  <dd>{answeredByText(finding.recommendationIds, recommendations)}</dd>
                </dl>
                <div className="button-group">
                  <button type="button" className="button button-secondary button-small" onClick={() => show({ name: 'finding', id: finding.id })}>
                    Evidence<span className="visually-hidden"> for {name}</span>
                  </button>
                  <button type="button" className="button button-secondary button-small" onClick={() => show({ name: 'finding-form', id: finding.id })}>
                    Edit<span className="visually-hidden"> {name}</span>
                  </button>
                  <button type="button" className="button button-warning button-small" aria-expanded={deleting === finding.id} onClick={() => setDeleting(deleting === finding.id ? null : finding.id)}>
                    Delete<span className="visually-hidden"> {name}</span>
                  </button>
                </div>
                {deleting === finding.id ? (
                  <DeleteFinding
                    finding={finding}
                    recommendations={recommendations ?? []}
                    onDone={(message) => {
                      setDeleting(null);
                      if (message) say(message);
                    }}
                  />
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
