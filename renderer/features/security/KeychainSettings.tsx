import { useState, type FormEvent } from 'react';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { CurrentPassphraseField } from '../../components/CurrentPassphraseField';
import type { OpenWorkspace } from '../workspace/store';
import { selectSecurityBusy, useSecurity } from './store';

const fieldId = 'keychain-passphrase';

/** Keychain unlocking: convenient on a computer only you sign in to, so it is off until turned on. */
export function KeychainSettings({ workspace }: { workspace: OpenWorkspace }) {
  const addKeychain = useSecurity((state) => state.addKeychain);
  const removeKeychain = useSecurity((state) => state.removeKeychain);
  const busy = useSecurity(selectSecurityBusy) === 'keychain';
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const slot = workspace.slots.find((candidate) => candidate.kind === 'keychain');

  async function turnOn(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return setErrors([{ fieldId, message: 'Enter the passphrase.' }]);
    const outcome = await addKeychain(passphrase);
    setPassphrase('');
    setErrors(outcome.ok ? [] : [{ message: outcome.error.message, fieldId: outcome.error.code === 'wrong-secret' ? fieldId : undefined }]);
  }

  async function turnOff() {
    const outcome = await removeKeychain();
    setErrors(outcome.ok ? [] : [{ message: outcome.error.message }]);
  }

  return (
    <section aria-labelledby="keychain-heading" className="subsection">
      <h3 id="keychain-heading">Keychain unlocking</h3>
      <ErrorSummary errors={errors} />
      {slot ? (
        <>
          <p>
            <strong>On.</strong> This computer’s keychain{slot.backend ? ` (${slot.backend})` : ''} can unlock this workspace without the
            passphrase.
          </p>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void turnOff()}>
            Turn off keychain unlocking
          </button>
        </>
      ) : (
        <form onSubmit={(event) => void turnOn(event)} noValidate aria-busy={busy}>
          <p>
            <strong>Off.</strong> When it is on, this computer’s keychain can unlock the workspace without the passphrase. Anyone who can
            sign in to your account on this computer could then open it, so only turn it on if nobody else uses this account.
          </p>
          <CurrentPassphraseField id={fieldId} hint="To turn keychain unlocking on, confirm the workspace’s passphrase." value={passphrase} onChange={setPassphrase} error={errorFor(errors, fieldId)} />
          <button type="submit" className="button button-secondary" disabled={busy}>
            Turn on keychain unlocking
          </button>
        </form>
      )}
    </section>
  );
}
