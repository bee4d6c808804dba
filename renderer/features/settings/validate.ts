/** Checks the settings form before it goes to the core, with messages that say how to fix each field. */
import type { FormError } from '../../components/ErrorSummary';
import type { Settings } from '../../../shared/workspace';

export type SettingsDraft = Record<keyof Settings, string>;

type Checked = { ok: true; value: Settings } | { ok: false; errors: FormError[] };

const ranges = {
  autoLockMinutes: { min: 0, max: 240, what: 'the number of minutes before the workspace locks' },
  backupEveryMinutes: { min: 0, max: 24 * 60, what: 'how many minutes apart backups are taken' },
  backupsToKeep: { min: 1, max: 100, what: 'how many backups to keep' },
} as const;

export function checkSettings(draft: SettingsDraft): Checked {
  const errors: FormError[] = [];
  const displayName = draft.displayName.trim();
  if (!displayName) errors.push({ fieldId: 'displayName', message: 'Enter your name as the audit log should record it.' });
  else if (displayName.length > 120) errors.push({ fieldId: 'displayName', message: 'Use a name of at most 120 characters.' });

  const numbers: Partial<Record<keyof typeof ranges, number>> = {};
  for (const key of Object.keys(ranges) as (keyof typeof ranges)[]) {
    const { min, max, what } = ranges[key];
    const text = draft[key].trim();
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      errors.push({ fieldId: key, message: `Enter ${what} as a whole number from ${min} to ${max}.` });
    } else numbers[key] = value;
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      displayName,
      autoLockMinutes: numbers.autoLockMinutes ?? 0,
      backupEveryMinutes: numbers.backupEveryMinutes ?? 0,
      backupsToKeep: numbers.backupsToKeep ?? 1,
    },
  };
}
