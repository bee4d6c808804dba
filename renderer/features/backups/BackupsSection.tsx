import { useEffect, useState } from 'react';
import { formatBytes, formatDateTime } from '../../lib/format';
import { notifyError } from '../../lib/notify';
import { selectSettings, useSettings } from '../settings/store';
import type { OpenWorkspace } from '../workspace/store';
import { backupKey } from './BackupChoice';
import { RestoreBackup } from './RestoreBackup';
import { SecondBackupFolder } from './SecondBackupFolder';
import { selectBackups, selectBackupsBusy, useBackups } from './store';

/** Back up now, see the backups the schedule has kept, restore one. */
export function BackupsSection({ workspace }: { workspace: OpenWorkspace }) {
  const list = useBackups(selectBackups);
  const busy = useBackups(selectBackupsBusy);
  const load = useBackups((state) => state.load);
  const create = useBackups((state) => state.create);
  const settings = useSettings(selectSettings);
  const [restoring, setRestoring] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void load(workspace.path).then((outcome) => {
      if (!outcome.ok) notifyError(outcome.error);
    });
  }, [workspace.path, load]);

  async function backUpNow() {
    setMessage(null);
    const outcome = await create();
    if (!outcome.ok) return notifyError(outcome.error);
    const taken = outcome.value;
    const second = { off: '', written: ' A copy is in the second backup folder.', failed: ' The second copy could not be written: see Second backup folder below.' }[taken.secondCopy];
    setMessage(`Backup taken ${formatDateTime(taken.takenAt)}.${second}`);
  }

  return (
    <section aria-labelledby="backups-heading" className="section">
      <h2 id="backups-heading">Backups</h2>
      <p>
        {workspace.lastBackupAt ? `Last backup: ${formatDateTime(workspace.lastBackupAt)}.` : 'No backup has been taken yet.'}{' '}
        {settings && settings.backupEveryMinutes > 0
          ? `A backup is taken every ${settings.backupEveryMinutes} minutes while the workspace is open; the newest ${settings.backupsToKeep} are kept.`
          : 'Automatic backups are off.'}{' '}
        Backups are encrypted with the workspace’s keys and kept in its folder.
      </p>
      <div className="button-group">
        <button type="button" className="button button-secondary" disabled={busy === 'creating'} onClick={() => void backUpNow()}>
          {busy === 'creating' ? 'Backing up…' : 'Back up now'}
        </button>
        {!restoring && list && list.length > 0 && (
          <button type="button" className="button button-secondary" onClick={() => setRestoring(true)}>
            Restore from a backup
          </button>
        )}
      </div>
      <p role="status" className="confirmation-text">
        {message}
      </p>

      {list && list.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Backups of this workspace, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Size</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {list.map((backup) => (
              <tr key={backupKey(backup)}>
                <td>{formatDateTime(backup.takenAt)}</td>
                <td>{formatBytes(backup.bytes)}</td>
                <td>{backup.location === 'second' ? 'Second backup folder' : 'Workspace folder'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SecondBackupFolder workspace={workspace} />
      {restoring && (
        <RestoreBackup path={workspace.path} onCancel={() => setRestoring(false)} />
      )}
    </section>
  );
}
