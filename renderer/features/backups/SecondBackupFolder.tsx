import { useState } from 'react';
import { selectSettings, useSettings } from '../settings/store';
import type { OpenWorkspace } from '../workspace/store';
import { useBackups } from './store';

/**
 * A second folder, on another drive, that every backup is also copied to. Settings belong to this
 * computer; the choice is recorded in the open workspace's audit log by the core.
 */
export function SecondBackupFolder({ workspace }: { workspace: OpenWorkspace }) {
  const settings = useSettings(selectSettings);
  const save = useSettings((state) => state.save);
  const choose = useBackups((state) => state.chooseSecondFolder);
  const reload = useBackups((state) => state.load);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const folder = settings?.secondBackupFolder ?? null;

  async function change(next: string | null) {
    setMessage(null);
    setError(null);
    const saved = await save({ secondBackupFolder: next });
    if (!saved.ok) return setError(saved.error.message);
    // The list of backups to restore from includes the folder's.
    void reload(workspace.path);
    setMessage(next ? 'From now on, every backup is also copied to that folder.' : 'Backups are no longer copied to a second folder.');
  }

  async function chooseFolder() {
    const chosen = await choose();
    if (!chosen.ok) return setError(chosen.error.message);
    if (chosen.value) await change(chosen.value);
  }

  return (
    <section aria-labelledby="second-backup-heading" className="section">
      <h3 id="second-backup-heading">Second backup folder</h3>
      <p className="hint">
        Keep a copy of every backup on another drive, such as a network drive or a USB drive, so the backups are not lost if this computer’s disk fails.
        The copies are encrypted in the same way as the backups in the workspace folder.
      </p>
      <p>{folder ? <>Backups are also copied to: <strong className="path-text">{folder}</strong></> : 'Backups are kept only in the workspace folder.'}</p>
      {workspace.secondCopyProblem && <p className="warning-text">{workspace.secondCopyProblem}</p>}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="button-group">
        <button type="button" className="button button-secondary" onClick={() => void chooseFolder()}>
          {folder ? 'Choose a different folder' : 'Choose a second folder'}
        </button>
        {folder && (
          <button type="button" className="link-button" onClick={() => void change(null)}>
            Stop copying backups to this folder
          </button>
        )}
      </div>
      <p role="status" className="confirmation-text">
        {message}
      </p>
    </section>
  );
}
