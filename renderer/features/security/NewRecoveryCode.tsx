import { useState, type FormEvent } from 'react';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { RecoveryCodeShown } from '../../components/RecoveryCodeShown';
import { CurrentPassphraseField } from '../../components/CurrentPassphraseField';
import { selectSecurityBusy, useSecurity } from './store';

const fieldId = 'recovery-passphrase';

/** Replaces the recovery code (the old one stops working) and shows the new one once. */
export function NewRecoveryCode() {
  const newRecoveryCode = useSecurity((state) => state.newRecoveryCode);
  const busy = useSecurity(selectSecurityBusy) === 'recovery-code';
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [code, setCode] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return setErrors([{ fieldId, message: 'Enter the passphrase.' }]);
    const outcome = await newRecoveryCode(passphrase);
    setPassphrase('');
    if (!outcome.ok) return setErrors([{ message: outcome.error.message, fieldId: outcome.error.code === 'wrong-secret' ? fieldId : undefined }]);
    setErrors([]);
    setCode(outcome.value);
  }

  return (
    <section aria-labelledby="recovery-heading" className="subsection">
      <h3 id="recovery-heading">Recovery code</h3>
      {code ? (
        <>
          <p className="lead">This is the new recovery code. The old one no longer opens the workspace.</p>
          <RecoveryCodeShown code={code} continueLabel="Done" onContinue={() => setCode(null)} />
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
          <p>Make a new recovery code if the old one is lost or someone else may have seen it. The old code stops working straight away.</p>
          <ErrorSummary errors={errors} />
          <CurrentPassphraseField id={fieldId} hint="To make a new code, confirm the workspace’s passphrase." value={passphrase} onChange={setPassphrase} error={errorFor(errors, fieldId)} />
          <button type="submit" className="button button-secondary" disabled={busy}>
            Make a new recovery code
          </button>
        </form>
      )}
    </section>
  );
}
