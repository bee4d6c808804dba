import type { TermsVersion } from '../../../shared/terms/types';
import { decisionWords, fingerprintGroups } from './words';

/** The chair's decisions on this version, oldest first: returns with their comments, then the approval. */
export function Decisions({ version }: { version: TermsVersion }) {
  if (version.decisions.length === 0) return null;
  return (
    <>
      <h3>Decisions on version {version.number}</h3>
      <ol className="tor-decisions">
        {version.decisions.map((decision) => (
          <li key={`${decision.at}:${decision.decision}`} className={`tor-decision tor-decision-${decision.decision}`}>
            <p className="tor-decision-title">{decisionWords(decision)}</p>
            <p className="hint">
              On fingerprint <code className="tor-fingerprint">{fingerprintGroups(decision.sha256)}</code>
            </p>
            {decision.comments ? <blockquote className="tor-comments">{decision.comments}</blockquote> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
