import type { FormEvent } from 'react';
import type { UnlockMethod } from '../../../../shared/workspace';
import { errorFor, type FormError } from '../../../components/ErrorSummary';
import { TextInput } from '../../../components/TextInput';

export type SecretMethod = Exclude<UnlockMethod, 'keychain'>;

export const secretFieldId = (method: UnlockMethod) => (method === 'recovery-code' ? 'unlock-recovery-code' : 'unlock-passphrase');

interface UnlockFormProps {
  method: SecretMethod;
  secret: string;
  onSecret: (value: string) => void;
  errors: readonly FormError[];
  busy: boolean;
  /** Only when the workspace has a keychain slot (the core read its keys.json). */
  keychainOffered: boolean;
  onUnlock: (method: UnlockMethod) => void;
  onSwitchMethod: () => void;
}

export function UnlockForm({ method, secret, onSecret, errors, busy, keychainOffered, onUnlock, onSwitchMethod }: UnlockFormProps) {
  const fieldId = secretFieldId(method);
  function submit(event: FormEvent) {
    event.preventDefault();
    onUnlock(method);
  }
  return (
    <>
      <form onSubmit={submit} noValidate aria-busy={busy}>
        {method === 'passphrase' ? (
          <TextInput
            id={fieldId}
            label="Passphrase"
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            value={secret}
            onChange={onSecret}
            error={errorFor(errors, fieldId)}
          />
        ) : (
          <TextInput
            id={fieldId}
            label="Recovery code"
            hint="The code you were given when the workspace was created: 36 letters and numbers in groups of four. Capitals, dashes and spaces do not matter."
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            monospace
            value={secret}
            onChange={onSecret}
            error={errorFor(errors, fieldId)}
          />
        )}
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          <button type="button" className="link-button" onClick={onSwitchMethod}>
            {method === 'passphrase' ? 'Use recovery code instead' : 'Use passphrase instead'}
          </button>
        </div>
        <p role="status" className="busy-message">
          {busy && 'Unlocking the workspace…'}
        </p>
      </form>
      {keychainOffered && (
        <section aria-labelledby="keychain-unlock-heading" className="section">
          <h2 id="keychain-unlock-heading" className="heading-small">
            Keychain
          </h2>
          <p>Keychain unlocking is turned on for this workspace, so on the computer where it was turned on you can unlock it without typing anything.</p>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => onUnlock('keychain')}>
            Unlock with this computer’s keychain
          </button>
        </section>
      )}
    </>
  );
}
