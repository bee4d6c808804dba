import { useState, type FormEvent } from 'react';
import { BackLink } from '../../../components/BackLink';
import { ErrorSummary, type FormError } from '../../../components/ErrorSummary';
import { useLiveErrors } from '../../../components/live-errors';
import { NewPassphraseFields, checkNewPassphrase, newPassphraseIds } from '../../../components/NewPassphraseFields';
import { PageHeading } from '../../../components/PageHeading';
import { wizardCaption } from './caption';
import { FormActions } from '../../../components/FormActions';

interface PassphraseStepProps {
  name: string;
  /** More words the passphrase must not be built from (the user's name). */
  avoid?: readonly string[];
  /** Why the last attempt to create the workspace failed, if it did. */
  problems: readonly FormError[];
  onBack: () => void;
  onCancel: () => void;
  onCreate: (passphrase: string) => void;
}

const idPrefix = 'create';
const ids = newPassphraseIds(idPrefix);

export function PassphraseStep({ name, avoid = [], problems, onBack, onCancel, onCreate }: PassphraseStepProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<readonly FormError[]>(problems);
  const [checking, setChecking] = useState(false);
  const check = () => checkNewPassphrase(idPrefix, passphrase, confirmation, [name, ...avoid]);
  const live = useLiveErrors(errors, [passphrase, confirmation], [ids.passphrase, ids.confirmation], check);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    const found = await check();
    setChecking(false);
    if (found.length > 0) return setErrors(found);
    onCreate(passphrase);
  }

  return (
    <>
      <BackLink onClick={onBack} />
      <ErrorSummary errors={live} focusOn={errors} />
      <PageHeading caption={wizardCaption(4)}>Choose a passphrase</PageHeading>
      <p>
        The passphrase encrypts everything in the workspace. Nobody can open it without the passphrase or the recovery code you will be
        given next — not the app’s makers, and not your IT team.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <NewPassphraseFields
          idPrefix={idPrefix}
          label="Passphrase"
          passphrase={passphrase}
          confirmation={confirmation}
          onPassphrase={setPassphrase}
          onConfirmation={setConfirmation}
          errors={live}
          userInputs={[name, ...avoid]}
        />
        <FormActions submitLabel="Create workspace" onCancel={onCancel} disabled={checking} />
      </form>
    </>
  );
}
