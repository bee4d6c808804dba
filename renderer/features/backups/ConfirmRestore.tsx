import { useState, type FormEvent } from 'react';
import { errorFor, type FormError } from '../../components/ErrorSummary';
import { CurrentPassphraseField } from '../../components/CurrentPassphraseField';

interface ConfirmRestoreProps {
  takenAt: string;
  /** In Settings the restored copy is opened with the passphrase typed here. */
  askPassphrase: boolean;
  busy: boolean;
  errors: readonly FormError[];
  onConfirm: (secret: string | undefined, fieldId?: string) => void;
  onCancel: () => void;
}

const fieldId = 'restore-passphrase';

export function ConfirmRestore({ takenAt, askPassphrase, busy, errors, onConfirm, onCancel }: ConfirmRestoreProps) {
  const [passphrase, setPassphrase] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onConfirm(askPassphrase ? passphrase : undefined, askPassphrase ? fieldId : undefined);
  }
  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      <p className="warning-text">
        <strong>
          <span className="visually-hidden">Warning: </span>
          The workspace will be replaced by the backup taken on {takenAt}. Anything changed since then will not be in it.
        </strong>
      </p>
      <p>The current copy is kept aside in the workspace folder, so nothing is deleted.</p>
      {askPassphrase && (
        <CurrentPassphraseField id={fieldId} hint="The workspace’s passphrase, to open the restored copy." value={passphrase} onChange={setPassphrase} error={errorFor(errors, fieldId)} />
      )}
      <div className="button-group">
        <button type="submit" className="button button-warning" disabled={busy}>
          {busy ? 'Restoring…' : 'Restore this backup'}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p role="status" className="busy-message">
        {busy && 'Restoring the backup…'}
      </p>
    </form>
  );
}
