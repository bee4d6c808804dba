import { useEffect, useRef, useState } from 'react';
import type { UnlockMethod } from '../../../shared/workspace';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { formatDateTime } from '../../lib/format';
import { BackupChoice, backupKey } from './BackupChoice';
import { ConfirmRestore } from './ConfirmRestore';
import { selectBusy, useWorkspace } from '../workspace/store';
import { selectBackups, selectBackupsPath, useBackups } from './store';

interface RestoreBackupProps {
  path: string;
  /** How to open the restored copy. Without them (in Settings) the user types the passphrase here. */
  credentials?: { method: UnlockMethod; secret?: string };
  onCancel: () => void;
}

/** Choose a backup, confirm, restore: the damaged or unwanted copy is kept aside by the core. */
export function RestoreBackup({ path, credentials, onCancel }: RestoreBackupProps) {
  const listFor = useBackups(selectBackupsPath);
  const all = useBackups(selectBackups);
  const load = useBackups((state) => state.load);
  const restore = useWorkspace((state) => state.restore);
  const restoring = useWorkspace(selectBusy) === 'restoring';
  const announce = useWorkspace((state) => state.announce);
  const heading = useRef<HTMLHeadingElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const list = listFor === path ? all : null;
  const backup = list?.find((candidate) => backupKey(candidate) === chosen) ?? null;

  useEffect(() => {
    heading.current?.focus();
    void load(path).then((outcome) => {
      if (!outcome.ok) setErrors([{ message: outcome.error.message }]);
    });
  }, [path, load]);

  async function restoreChosen(secret: string | undefined, secretFieldId?: string) {
    if (!backup) return;
    if (secretFieldId && !secret) return setErrors([{ fieldId: secretFieldId, message: 'Enter the passphrase.' }]);
    const how = credentials ?? { method: 'passphrase' as const, secret };
    const outcome = await restore({ path, backup: backup.name, from: backup.location, method: how.method, secret: how.secret });
    // The workspace reopens from the backup and this screen gives way to it; say what happened there.
    if (outcome.ok) return announce(`The workspace has been restored from the backup taken ${formatDateTime(backup.takenAt)}.`);
    const aboutSecret = outcome.error.code === 'wrong-secret' && secretFieldId;
    setErrors([{ message: outcome.error.message, fieldId: aboutSecret ? secretFieldId : undefined }]);
  }

  return (
    <section aria-labelledby="restore-heading" className="section restore">
      <h2 id="restore-heading" ref={heading} tabIndex={-1}>
        Restore from a backup
      </h2>
      <ErrorSummary errors={errors} />
      {confirming && backup ? (
        <ConfirmRestore
          takenAt={formatDateTime(backup.takenAt)}
          askPassphrase={!credentials}
          busy={restoring}
          errors={errors}
          onConfirm={(secret, fieldId) => void restoreChosen(secret, fieldId)}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <BackupChoice
          list={list}
          chosen={chosen}
          onChoose={setChosen}
          onContinue={() => (chosen ? (setErrors([]), setConfirming(true)) : setErrors([{ fieldId: 'backup-0', message: 'Choose a backup to restore.' }]))}
          onCancel={onCancel}
          errors={errors}
        />
      )}
    </section>
  );
}
