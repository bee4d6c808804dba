import { useState } from 'react';
import { sizeInWords } from '../../../shared/terms/decision';
import type { TermsDecision, TermsVersion } from '../../../shared/terms/types';
import { selectBusy, useTerms } from './store';
import { decisionWords, fingerprintGroups } from './words';

/** The chair's decisions on this version, in the order recorded: returns with their comments, then the approval, each with its evidence. */
export function Decisions({ version }: { version: TermsVersion }) {
  const [saved, setSaved] = useState<string | null>(null);
  if (version.decisions.length === 0) return null;
  return (
    <>
      <h3>Decisions on version {version.number}</h3>
      <ol className="tor-decisions">
        {version.decisions.map((decision) => (
          <li key={decision.id} className={`tor-decision tor-decision-${decision.decision}`}>
            <p className="tor-decision-title">{decisionWords(decision)}</p>
            <p className="hint">
              On fingerprint <code className="tor-fingerprint">{fingerprintGroups(decision.sha256)}</code>
            </p>
            {decision.comments ? <blockquote className="tor-comments">{decision.comments}</blockquote> : null}
            {decision.evidence ? <EvidenceLine decision={decision} evidence={decision.evidence} onSaved={setSaved} /> : null}
          </li>
        ))}
      </ol>
      <p role="status" className="confirmation-text">
        {saved}
      </p>
    </>
  );
}

function EvidenceLine({ decision, evidence, onSaved }: { decision: TermsDecision; evidence: NonNullable<TermsDecision['evidence']>; onSaved: (message: string | null) => void }) {
  const saveEvidence = useTerms((state) => state.saveEvidence);
  const busy = useTerms(selectBusy);
  async function save() {
    onSaved(null);
    const outcome = await saveEvidence(decision.id);
    if (!outcome.ok) return onSaved(`The evidence was not saved: ${outcome.error.message}`);
    if (outcome.value) onSaved(`Saved ${outcome.value.fileName}.`);
  }
  return (
    <p className="tor-evidence">
      Evidence: {evidence.fileName} ({sizeInWords(evidence.size)}){' '}
      <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void save()}>
        Save a copy<span className="visually-hidden"> of {evidence.fileName}</span>
      </button>
    </p>
  );
}
