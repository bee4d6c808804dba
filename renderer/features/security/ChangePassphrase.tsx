import { useState, type FormEvent } from 'react';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { useLiveErrors } from '../../components/live-errors';
import { NewPassphraseFields, checkNewPassphrase, newPassphraseIds } from '../../components/NewPassphraseFields';
import { TextInput } from '../../components/TextInput';
import { selectSettings, useSettings } from '../settings/store';
import { selectSecurityBusy, useSecurity } from './store';

const idPrefix = 'change';
const currentId = 'change-current';
const ids = newPassphraseIds(idPrefix);
const enterCurrent: FormError = { fieldId: currentId, message: 'Enter the current passphrase.' };

export function ChangePassphrase({ workspaceName }: { workspaceName: string }) {
  const changePassphrase = useSecurity((state) => state.changePassphrase);
  const busy = useSecurity(selectSecurityBusy) === 'passphrase';
  const displayName = useSettings(selectSettings)?.displayName ?? '';
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState(false);
  const userInputs = [workspaceName, displayName];
  const check = async () => [...(current ? [] : [enterCurrent]), ...(await checkNewPassphrase(idPrefix, next, confirmation, userInputs))];
  // A wrong current passphrase is cleared from its field, so typing there again clears its error too.
  const live = useLiveErrors(errors, [current, next, confirmation], [currentId, ids.passphrase, ids.confirmation], check);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const found = await check();
    if (found.length > 0) return setErrors(found);
    const outcome = await changePassphrase(current, next);
    if (!outcome.ok) {
      const aboutCurrent = outcome.error.code === 'wrong-secret';
      if (aboutCurrent) setCurrent('');
      return setErrors([{ message: outcome.error.message, fieldId: aboutCurrent ? currentId : undefined }]);
    }
    setCurrent('');
    setNext('');
    setConfirmation('');
    setErrors([]);
    setDone(true);
  }

  return (
    <section aria-labelledby="change-passphrase-heading" className="subsection">
      <h3 id="change-passphrase-heading">Change passphrase</h3>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={live} focusOn={errors} />
        <TextInput
          id={currentId}
          label="Current passphrase"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={current}
          onChange={setCurrent}
          error={errorFor(live, currentId)}
        />
        <NewPassphraseFields
          idPrefix={idPrefix}
          passphrase={next}
          confirmation={confirmation}
          onPassphrase={setNext}
          onConfirmation={setConfirmation}
          errors={live}
          userInputs={userInputs}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Changing passphrase…' : 'Change passphrase'}
        </button>
        <p role="status" className="confirmation-text">
          {done && 'The passphrase has been changed. Use the new one next time you unlock this workspace. The recovery code still works.'}
        </p>
      </form>
    </section>
  );
}
