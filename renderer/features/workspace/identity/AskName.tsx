import { useState, type FormEvent } from 'react';
import { defaultSettings } from '../../../../shared/workspace';
import { ErrorSummary, type FormError } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { checkIdentity } from '../../settings/validate';
import { useSettings } from '../../settings/store';
import { useWorkspace } from '../store';
import { IdentityFields, type IdentityDraft } from './IdentityFields';

const ids = { displayName: 'unlock-your-name', role: 'unlock-your-role' };

/**
 * Shown once, after unlocking, while this computer has no name for the user: the audit log
 * records who did what, so a name is required before the workspace shows. The role is optional.
 */
export function AskName({ workspaceName }: { workspaceName: string }) {
  const save = useSettings((state) => state.save);
  const saving = useSettings((state) => state.saving);
  const nameGiven = useWorkspace((state) => state.nameGiven);
  const [draft, setDraft] = useState<IdentityDraft>({ displayName: '', role: '' });
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkIdentity(draft, ids, true);
    if (!checked.ok) return setErrors(checked.errors);
    const outcome = await save(checked.value);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    nameGiven();
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <PageHeading>Before you go on: your name</PageHeading>
      <p>
        “{workspaceName}” is unlocked. Its audit log records who did what, and when, but this computer does not know your name yet, so
        it would record you as “{defaultSettings.displayName}”. Give your name and the log will record it from now on. You can change it
        later in Settings.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <IdentityFields draft={draft} onChange={setDraft} errors={errors} ids={ids} />
        <button type="submit" className="button" disabled={saving}>
          Continue to the workspace
        </button>
      </form>
    </>
  );
}
