import { useRef, useState } from 'react';
import { termsToDoc } from '../../../shared/terms/document';
import type { TermsVersion } from '../../../shared/terms/types';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { signedHeadingId } from './contents';
import { DocText } from './DocText';
import { selectBusy, useTerms } from './store';

/**
 * A signed version is the record of what the chair agreed: shown as text, never as fields, so no
 * keystroke can change it or start another version. The next version is started by one explicit
 * button, which says what happens to this one.
 */
export function SignedVersion({ version }: { version: TermsVersion }) {
  const newVersion = useTerms((state) => state.newVersion);
  const busy = useTerms(selectBusy);
  const [errors, setErrors] = useState<FormError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const next = version.number + 1;

  async function start() {
    const outcome = await newVersion();
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
  }

  return (
    <>
      <section aria-labelledby="tor-signed-heading" className="section tor-signed">
        <h2 id="tor-signed-heading" ref={heading} tabIndex={-1}>
          The terms as signed
        </h2>
        <p className="inset-text">Version {version.number} is signed off. It is shown as it was signed and cannot be edited.</p>
        <DocText doc={termsToDoc(version.fields, version.sections)} headingId={signedHeadingId} />
      </section>
      <section aria-labelledby="tor-next-heading" className="section tor-next">
        <h2 id="tor-next-heading">Change the terms</h2>
        <ErrorSummary errors={errors} />
        <p id="tor-next-hint">
          Version {version.number} stays exactly as it was signed. Starting version {next} makes a draft copied from it, which must be submitted and signed off again.
        </p>
        <button type="button" className="button button-secondary" disabled={busy} aria-describedby="tor-next-hint" onClick={() => void start()}>
          Start version {next}
        </button>
      </section>
    </>
  );
}
