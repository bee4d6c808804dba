import { useEffect, useState, type FormEvent } from 'react';
import { ErrorSummary, type FormError } from '../../../components/ErrorSummary';
import { useLiveErrors } from '../../../components/live-errors';
import { NewPassphraseFields, checkNewPassphrase, newPassphraseIds } from '../../../components/NewPassphraseFields';
import { PageHeading } from '../../../components/PageHeading';
import { RecoveryCodeShown } from '../../../components/RecoveryCodeShown';
import { selectSettings, useSettings } from '../../settings/store';
import { useWorkspace } from '../store';

const idPrefix = 'reset';
const ids = newPassphraseIds(idPrefix);

/**
 * Straight after a recovery-code unlock: the forgotten passphrase is what brought the user here,
 * so they choose a new one (held to the same rules as creating), then store the new recovery code
 * that replaces the one they used. Leaving without one is a choice they make knowing the old
 * passphrase still applies.
 */
export function NewPassphraseStep({ workspaceName }: { workspaceName: string }) {
  const resetPassphrase = useWorkspace((state) => state.resetPassphrase);
  const keepPassphrase = useWorkspace((state) => state.keepPassphrase);
  const passphraseReplaced = useWorkspace((state) => state.passphraseReplaced);
  const loadSettings = useSettings((state) => state.load);
  const displayName = useSettings(selectSettings)?.displayName ?? '';
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const userInputs = [workspaceName, displayName];
  const check = () => checkNewPassphrase(idPrefix, passphrase, confirmation, userInputs);
  const live = useLiveErrors(errors, [passphrase, confirmation], [ids.passphrase, ids.confirmation], check);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const found = await check();
    const outcome = found.length > 0 ? null : await resetPassphrase(passphrase);
    setBusy(false);
    if (!outcome) return setErrors(found);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setPassphrase('');
    setConfirmation('');
    setErrors([]);
    setCode(outcome.value);
  }

  async function keep() {
    const outcome = await keepPassphrase();
    if (!outcome.ok) setErrors([{ message: outcome.error.message }]);
  }

  if (code) {
    return (
      <>
        <div className="panel-confirmation" role="status">
          The passphrase has been replaced.
        </div>
        {/* Its own key: a new heading, so it takes focus as the page changes under the user. */}
        <PageHeading key="new-code">Store your new recovery code</PageHeading>
        <p className="lead">The recovery code you used no longer opens “{workspaceName}”. This new one does, if the passphrase is ever forgotten again.</p>
        <RecoveryCodeShown code={code} continueLabel="Continue to the workspace" onContinue={passphraseReplaced} />
      </>
    );
  }

  return (
    <>
      <ErrorSummary errors={live} focusOn={errors} />
      <PageHeading>Choose a new passphrase</PageHeading>
      <p>
        “{workspaceName}” is unlocked with the recovery code. Choose a new passphrase to replace the one you forgot: you will not be asked
        for the old one.
      </p>
      <p>
        The recovery code you used is replaced at the same time, because it has now been typed on this computer. The new code is shown
        once, on the next page.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <NewPassphraseFields
          idPrefix={idPrefix}
          passphrase={passphrase}
          confirmation={confirmation}
          onPassphrase={setPassphrase}
          onConfirmation={setConfirmation}
          errors={live}
          userInputs={userInputs}
        />
        <button type="submit" className="button" disabled={busy}>
          Replace the passphrase
        </button>
        <p role="status" className="busy-message">
          {busy && 'Replacing the passphrase…'}
        </p>
      </form>
      <section aria-labelledby="keep-passphrase-heading" className="section">
        <h2 id="keep-passphrase-heading" className="heading-small">
          Not now
        </h2>
        <p>
          If you go on without choosing a new passphrase, the old one still unlocks this workspace, and so does the recovery code you
          used. To change the passphrase later you will need the old one, or the recovery code again.
        </p>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void keep()}>
          Keep the old passphrase and continue
        </button>
      </section>
    </>
  );
}
