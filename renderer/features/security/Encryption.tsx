import { useState, type FormEvent } from 'react';
import { cipherName, describeCipher, type RekeyResult, type WorkspaceEncryption } from '../../../shared/workspace';
import { CurrentPassphraseField } from '../../components/CurrentPassphraseField';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { selectSecurityBusy, useSecurity } from './store';

const fieldId = 'rekey-passphrase';

/** Which cipher protects the workspace, and re-encrypting it when this computer should use another. */
export function Encryption({ encryption }: { encryption: WorkspaceEncryption }) {
  const rekey = useSecurity((state) => state.rekey);
  const busy = useSecurity(selectSecurityBusy) === 'rekey';
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [result, setResult] = useState<string | null>(null);
  const target = encryption.rekeyTo;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    if (!passphrase) return setErrors([{ fieldId, message: 'Enter the passphrase.' }]);
    const outcome = await rekey(passphrase);
    setPassphrase('');
    if (outcome.ok) {
      setErrors([]);
      return setResult(doneMessage(outcome.value));
    }
    // A cancel is the user's own choice: said plainly, not as a problem.
    if (outcome.error.code === 'cancelled') {
      setErrors([]);
      return setResult(outcome.error.message);
    }
    setErrors([{ message: outcome.error.message, fieldId: outcome.error.code === 'wrong-secret' ? fieldId : undefined }]);
  }

  return (
    <section aria-labelledby="encryption-heading" className="subsection">
      <h3 id="encryption-heading">Encryption</h3>
      <p>
        This workspace is encrypted with <strong>{describeCipher(encryption.cipher, encryption.aes)}</strong>.
      </p>
      {target && (
        <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
          <p>{whyChange(encryption, target)}</p>
          <p>
            Re-encrypting takes a moment, longer for a large workspace, and the workspace cannot be used until it has finished. A
            backup is taken first, and the workspace keeps its current file until the re-encrypted copy has been checked, so
            nothing is lost if it is cancelled or stopped part way. The passphrase, the recovery code and keychain unlocking keep
            working.
          </p>
          <ErrorSummary errors={errors} />
          <CurrentPassphraseField
            id={fieldId}
            hint="To re-encrypt the workspace, confirm its passphrase."
            value={passphrase}
            onChange={setPassphrase}
            error={errorFor(errors, fieldId)}
          />
          <button type="submit" className="button button-secondary" disabled={busy}>
            {busy ? 'Re-encrypting…' : 'Re-encrypt workspace'}
          </button>
        </form>
      )}
      <p role="status" className="confirmation-text">
        {result}
      </p>
    </section>
  );
}

function whyChange(encryption: WorkspaceEncryption, target: NonNullable<WorkspaceEncryption['rekeyTo']>): string {
  if (target === 'aegis') {
    return `New workspaces on this computer use ${cipherName('aegis')}: it is faster and uses this computer’s AES instructions. You can re-encrypt this workspace to use it too.`;
  }
  if (encryption.cipher === 'aegis') {
    return `This computer has no AES instructions, so ${cipherName('aegis')} runs slowly here, and its timing could let other programs on this computer learn about the data. ${cipherName(target)} does not need them. You can re-encrypt this workspace to use it.`;
  }
  return `New workspaces on this computer use ${cipherName(target)}. You can re-encrypt this workspace to use it too.`;
}

function doneMessage(result: RekeyResult): string {
  if (!result.changed) return `Nothing needed changing: the workspace already uses ${cipherName(result.to)}.`;
  return `The workspace is now encrypted with ${cipherName(result.to)}. The backup taken first is in the list of backups.`;
}
