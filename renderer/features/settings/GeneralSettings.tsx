import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/workspace';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { IdentityFields } from '../workspace/identity/IdentityFields';
import { TextInput } from '../../components/TextInput';
import { selectSaving, selectSettings, useSettings } from './store';
import { checkSettings, type SettingsDraft } from './validate';

/** Who the audit log names (name and role), and how the workspace protects itself while open. */
export function GeneralSettings() {
  const settings = useSettings(selectSettings);
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="general-heading" className="section">
      <h2 id="general-heading">On this computer</h2>
      {settings ? (
        // Keyed on the saved values, so the form restarts from them after each save.
        <GeneralForm key={JSON.stringify(settings)} settings={settings} onSaved={() => setSaved(true)} onEdit={() => setSaved(false)} />
      ) : (
        <p role="status">Loading settings…</p>
      )}
      <p role="status" className="confirmation-text">
        {saved && 'Your settings have been saved.'}
      </p>
    </section>
  );
}

interface GeneralFormProps {
  settings: Settings;
  onSaved: () => void;
  onEdit: () => void;
}

function GeneralForm({ settings, onSaved, onEdit }: GeneralFormProps) {
  const save = useSettings((state) => state.save);
  const saving = useSettings(selectSaving);
  const [draft, setDraft] = useState<SettingsDraft>(() => ({
    displayName: settings.displayName,
    role: settings.role ?? '',
    autoLockMinutes: String(settings.autoLockMinutes),
    backupEveryMinutes: String(settings.backupEveryMinutes),
    backupsToKeep: String(settings.backupsToKeep),
  }));
  const [errors, setErrors] = useState<FormError[]>([]);
  const edit = (key: keyof SettingsDraft) => (value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    onEdit();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkSettings(draft);
    if (!checked.ok) return setErrors(checked.errors);
    const outcome = await save(checked.value);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    onSaved();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors} />
      <IdentityFields
        draft={{ displayName: draft.displayName, role: draft.role }}
        onChange={(identity) => {
          setDraft((current) => ({ ...current, ...identity }));
          onEdit();
        }}
        errors={errors}
        ids={{ displayName: 'displayName', role: 'role' }}
      />
      <NumberInput
        id="autoLockMinutes"
        label="Lock the workspace after this many minutes without use"
        hint="0 turns automatic locking off. Locking also happens when the computer sleeps or the screen locks."
        value={draft.autoLockMinutes}
        onChange={edit('autoLockMinutes')}
        errors={errors}
      />
      <NumberInput
        id="backupEveryMinutes"
        label="Back up the open workspace every this many minutes"
        hint="0 turns automatic backups off."
        value={draft.backupEveryMinutes}
        onChange={edit('backupEveryMinutes')}
        errors={errors}
      />
      <NumberInput
        id="backupsToKeep"
        label="Number of backups to keep"
        hint="Older backups are removed when a new one is taken."
        value={draft.backupsToKeep}
        onChange={edit('backupsToKeep')}
        errors={errors}
      />
      <button type="submit" className="button" disabled={saving}>
        Save settings
      </button>
    </form>
  );
}

interface NumberInputProps {
  id: keyof SettingsDraft;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly FormError[];
}

function NumberInput({ id, label, hint, value, onChange, errors }: NumberInputProps) {
  return (
    <TextInput
      id={id}
      label={label}
      hint={hint}
      inputMode="numeric"
      spellCheck={false}
      value={value}
      onChange={onChange}
      error={errorFor(errors, id)}
      width="short"
    />
  );
}
