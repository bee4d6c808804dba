import type { BackupInfo } from '../../../shared/workspace';
import { errorFor, type FormError } from '../../components/ErrorSummary';
import { formatBytes, formatDateTime } from '../../lib/format';

/** Two folders may hold a backup of the same name: the choice names both. */
export function backupKey(backup: BackupInfo): string {
  return `${backup.location}/${backup.name}`;
}

interface BackupChoiceProps {
  /** null while the list is being read. */
  list: BackupInfo[] | null;
  /** backupKey() of the chosen backup. */
  chosen: string | null;
  onChoose: (key: string) => void;
  onContinue: () => void;
  onCancel: () => void;
  errors: readonly FormError[];
}

export function BackupChoice({ list, chosen, onChoose, onContinue, onCancel, errors }: BackupChoiceProps) {
  if (list === null) return <p role="status">Looking for backups…</p>;
  if (list.length === 0) {
    return (
      <>
        <p>There are no backups in this workspace’s backups folder, or in a second backup folder that can be reached now.</p>
        <p>
          If you keep copies of the whole workspace folder elsewhere (for example on a network drive), put a copy back in place of this folder
          and open it. Keep the damaged folder until the copy opens.
        </p>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Back
        </button>
      </>
    );
  }
  const error = errorFor(errors, 'backup-0');
  return (
    <>
      <fieldset className={error ? 'fieldset form-group form-group-error' : 'fieldset form-group'} aria-describedby={error ? 'backup-error' : undefined}>
        <legend className="legend">Which backup do you want to restore?</legend>
        {error && (
          <p id="backup-error" className="error-message">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        {list.map((backup, index) => (
          <div className="radio" key={backupKey(backup)}>
            <input
              id={`backup-${index}`}
              type="radio"
              name="backup"
              value={backupKey(backup)}
              checked={chosen === backupKey(backup)}
              onChange={() => onChoose(backupKey(backup))}
              aria-describedby={`backup-${index}-hint`}
            />
            <label htmlFor={`backup-${index}`}>{formatDateTime(backup.takenAt)}</label>
            <span id={`backup-${index}-hint`} className="hint radio-hint">
              {index === 0 ? 'Newest. ' : ''}
              {backup.location === 'second' ? 'In the second backup folder. ' : ''}
              {formatBytes(backup.bytes)}
            </span>
          </div>
        ))}
      </fieldset>
      <div className="button-group">
        <button type="button" className="button" onClick={onContinue}>
          Continue
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
