import type { TermsVersion } from '../../../shared/terms/types';
import { formatDateTime } from '../../lib/format';
import { changedSinceSubmitted, fingerprintGroups, versionTitle } from './words';

/**
 * Where the current version stands: its number and status, and once it is submitted its
 * fingerprint (the start of the verification code the signed PDF prints) and whether it moved on
 * since. A draft shows none: it changes with every keystroke and nothing checks it until submitted.
 */
export function StatusBanner({ version }: { version: TermsVersion }) {
  const changed = changedSinceSubmitted(version);
  return (
    <section aria-labelledby="tor-status-heading" className={`tor-banner tor-banner-${version.status}`}>
      <h2 id="tor-status-heading" className="tor-banner-title">
        {versionTitle(version)}
      </h2>
      {version.status === 'draft' ? null : (
        <p className="tor-banner-line">
          Fingerprint <code className="tor-fingerprint">{fingerprintGroups(version.sha256)}</code>
          <span className="hint"> — the start of the verification code printed on the signed PDF</span>
        </p>
      )}
      <p className="tor-banner-line hint">
        Last changed {formatDateTime(version.updatedAt)}
        {version.submittedAt ? `; submitted ${formatDateTime(version.submittedAt)}` : ''}
      </p>
      {changed ? (
        <p className="warning-text tor-warning">
          <strong>Changed since it was submitted: submit again before sign-off.</strong> It was submitted as{' '}
          <code className="tor-fingerprint">{fingerprintGroups(version.submittedSha256 ?? '')}</code>.
        </p>
      ) : null}
    </section>
  );
}
