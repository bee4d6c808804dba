import { useRef, useState } from 'react';
import { guidanceLeftMessage } from '../../../shared/terms/guidance';
import type { TermsOverview, TermsVersion } from '../../../shared/terms/types';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { Decisions } from './Decisions';
import { SignOffForm } from './SignOffForm';
import { selectBusy, useTerms } from './store';
import { changedSinceSubmitted } from './words';

interface SignOffProps {
  version: TermsVersion;
  overview: Pick<TermsOverview, 'guidanceLeft'>;
  /** Saves what was typed in the sections: what is submitted is what is stored. */
  flush: () => Promise<boolean>;
}

/** The workflow: submit a draft (or a returned version), the chair's decision on a submitted one, and the decisions made. */
export function SignOff({ version, overview, flush }: SignOffProps) {
  const submit = useTerms((state) => state.submit);
  const busy = useTerms(selectBusy);
  const [errors, setErrors] = useState<FormError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const changed = changedSinceSubmitted(version);
  const canSubmit = version.status === 'draft' || version.status === 'returned' || changed;

  async function submitVersion() {
    if (!(await flush())) return setErrors([{ message: 'The latest changes to the sections are not saved, so they would not be submitted. Save them first (see the status under the sections).' }]);
    const outcome = await submit();
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    // The button the user pressed is gone: land on the section that now holds the sign-off form.
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="tor-signoff-heading" className="section tor-signoff">
      <h2 id="tor-signoff-heading" ref={heading} tabIndex={-1}>
        Sign-off
      </h2>
      <ErrorSummary errors={errors} />
      {version.status === 'signed-off' ? <p>Version {version.number} is signed off. Export its PDF from the versions below to send it out; anyone can check that PDF here.</p> : null}
      {version.status !== 'signed-off' && overview.guidanceLeft.length > 0 ? (
        <div className="warning-text tor-warning tor-guidance-left">
          <p>
            <strong>Not ready to approve:</strong> {guidanceLeftMessage(overview.guidanceLeft)}
          </p>
        </div>
      ) : null}
      {version.status === 'draft' ? <p>When the terms are ready, submit them for the independent chair’s sign-off. Their fingerprint is fixed when you submit.</p> : null}
      {version.status === 'returned' ? <p>The chair returned version {version.number} with comments (below). Make the changes, then submit it again.</p> : null}
      {canSubmit ? (
        <button type="button" className="button" disabled={busy} onClick={() => void submitVersion()}>
          {changed ? 'Submit again' : 'Submit for sign-off'}
        </button>
      ) : null}
      {version.status === 'submitted' ? <SignOffForm version={version} onDecided={() => heading.current?.focus()} /> : null}
      <Decisions version={version} />
    </section>
  );
}
