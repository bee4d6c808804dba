/** Checks the settings form before it goes to the core, with messages that say how to fix each field. */
import type { FormError } from '../../components/ErrorSummary';
import { defaultSettings, type Settings } from '../../../shared/workspace';

/** The fields the General settings form edits as text: the composite's columns are chosen in the Chronology area, the second backup folder in Backups. */
export type SettingsDraft = Record<Exclude<keyof Settings, 'compositeColumns' | 'secondBackupFolder'>, string>;

type Checked = { ok: true; value: Omit<Settings, 'secondBackupFolder'> } | { ok: false; errors: FormError[] };

const ranges = {
  autoLockMinutes: { min: 0, max: 240, what: 'the number of minutes before the workspace locks' },
  backupEveryMinutes: { min: 0, max: 24 * 60, what: 'how many minutes apart backups are taken' },
  backupsToKeep: { min: 1, max: 100, what: 'how many backups to keep' },
} as const;

/** Who the audit log names: a name (required; not the placeholder the app starts with) and an optional role. */
export function checkIdentity(
  draft: { displayName: string; role: string },
  fieldIds: { displayName: string; role: string } = { displayName: 'displayName', role: 'role' },
  /** Where the app asks for a name, the placeholder it starts with is not one. */
  refuseDefault = false,
): { ok: true; value: { displayName: string; role: string } } | { ok: false; errors: FormError[] } {
  const errors: FormError[] = [];
  const displayName = draft.displayName.trim();
  const role = draft.role.trim();
  if (!displayName || (refuseDefault && displayName === defaultSettings.displayName)) errors.push({ fieldId: fieldIds.displayName, message: 'Enter your name as the audit log should record it.' });
  else if (displayName.length > 120) errors.push({ fieldId: fieldIds.displayName, message: 'Use a name of at most 120 characters.' });
  if (role.length > 60) errors.push({ fieldId: fieldIds.role, message: 'Use a role of at most 60 characters.' });
  // eslint-disable-next-line no-control-regex -- control characters cannot be recorded in the audit log
  else if (/[\u0000-\u001f\u007f]/.test(role)) errors.push({ fieldId: fieldIds.role, message: 'Use letters, numbers and punctuation only in your role.' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { displayName, role } };
}

export function checkSettings(draft: SettingsDraft): Checked {
  const identity = checkIdentity(draft);
  const errors: FormError[] = identity.ok ? [] : [...identity.errors];

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
      displayName: draft.displayName.trim(),
      role: draft.role.trim(),
      autoLockMinutes: numbers.autoLockMinutes ?? 0,
      backupEveryMinutes: numbers.backupEveryMinutes ?? 0,
      backupsToKeep: numbers.backupsToKeep ?? 1,
    },
  };
}
