import { useState } from 'react';
import { evidenceKindWords, type Evidence, type PlanSource } from '../../../shared/findings/model';
import { AddEvidence } from './AddEvidence';
import { ScreenFrame } from './ScreenFrame';
import { selectBusy, selectFindings, useFindings } from './store';
import { findingName } from './words';

/** A finding's evidence as citations; the one chosen is shown in full beside the list. */
export function FindingScreen({ id, source, title }: { id: string; source: PlanSource; title: string }) {
  const findings = useFindings(selectFindings);
  const removeEvidence = useFindings((state) => state.removeEvidence);
  const say = useFindings((state) => state.say);
  const busy = useFindings(selectBusy);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const finding = findings?.find((each) => each.id === id) ?? null;

  if (!finding) return <ScreenFrame title={title} heading="Finding">{findings === null ? <p role="status">Loading the finding…</p> : <p>This finding has been deleted.</p>}</ScreenFrame>;
  const name = findingName(finding);
  const chosen = finding.evidence.find((each) => each.id === chosenId) ?? null;

  async function remove(evidence: Evidence) {
    const outcome = await removeEvidence(evidence.id);
    say(outcome.ok ? `Removed ${evidence.citation} from the evidence.` : outcome.error.message);
    if (outcome.ok && chosenId === evidence.id) setChosenId(null);
  }

  return (
    <ScreenFrame title={title} heading={`${name}: evidence`}>
      <p className="fd-statement">{finding.statement}</p>
      <div className="fd-evidence-layout">
        <section aria-labelledby="fd-evidence-heading">
          <h2 id="fd-evidence-heading">Evidence</h2>
          {finding.evidence.length === 0 ? (
            <p>No evidence yet.</p>
          ) : (
            <ul className="fd-evidence-list">
              {finding.evidence.map((evidence) => (
                <li key={evidence.id} className={evidence.id === chosenId ? 'fd-evidence fd-evidence-chosen' : 'fd-evidence'}>
                  <span className="fd-kind">{evidenceKindWords[evidence.kind]}</span>
                  {evidence.removed ? (
                    <span>{evidence.citation}</span>
                  ) : (
                    <button type="button" className="link-button" aria-pressed={evidence.id === chosenId} onClick={() => setChosenId(evidence.id === chosenId ? null : evidence.id)}>
                      {evidence.citation}
                    </button>
                  )}
                  <button type="button" className="link-button fd-remove" disabled={busy} onClick={() => void remove(evidence)}>
                    Remove<span className="visually-hidden"> {evidence.citation} from the evidence</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <aside className="fd-side" aria-labelledby="fd-source-heading">
          <h2 id="fd-source-heading">Source</h2>
          {chosen ? (
            <>
              <p className="fd-kind">{evidenceKindWords[chosen.kind]}</p>
              <p>
                <strong>{chosen.citation}</strong>
              </p>
              <p className="fd-detail">{chosen.detail ?? 'Nothing more is recorded for it.'}</p>
            </>
          ) : (
            <p>Choose a piece of evidence to read its source here.</p>
          )}
        </aside>
      </div>
      {source.kind === 'review' ? (
        <AddEvidence findingId={finding.id} name={name} />
      ) : (
        <p>Evidence points at a review’s chronology, key practice episodes, excerpts and themes, so an activity’s findings have none to add.</p>
      )}
    </ScreenFrame>
  );
}
