import { useState, type FormEvent } from 'react';
import { BackLink } from '../../../components/BackLink';
import { ErrorSummary, type FormError } from '../../../components/ErrorSummary';
import { FormActions } from '../../../components/FormActions';
import { PageHeading } from '../../../components/PageHeading';
import { checkIdentity } from '../../settings/validate';
import { IdentityFields, type IdentityDraft } from '../identity/IdentityFields';
import { wizardCaption } from './caption';

interface IdentityStepProps {
  draft: IdentityDraft;
  onBack: () => void;
  onCancel: () => void;
  onContinue: (identity: IdentityDraft) => void;
}

export const identityFieldIds = { displayName: 'create-your-name', role: 'create-your-role' };

/** Who is creating the workspace: the audit log's first entry names them. */
export function IdentityStep({ draft, onBack, onCancel, onContinue }: IdentityStepProps) {
  const [value, setValue] = useState(draft);
  const [errors, setErrors] = useState<FormError[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkIdentity(value, identityFieldIds, true);
    if (!checked.ok) return setErrors(checked.errors);
    onContinue(checked.value);
  }

  return (
    <>
      <BackLink onClick={onBack} />
      <ErrorSummary errors={errors} />
      <PageHeading caption={wizardCaption(3)}>Your name and role</PageHeading>
      <p>The workspace keeps an audit log of who did what, and when. Its first entry will be that you created it.</p>
      <form onSubmit={submit} noValidate>
        <IdentityFields draft={value} onChange={setValue} errors={errors} ids={identityFieldIds} />
        <FormActions submitLabel="Continue" onCancel={onCancel} />
      </form>
    </>
  );
}
