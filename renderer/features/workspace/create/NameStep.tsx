import { useState, type FormEvent } from 'react';
import { workspaceNameSchema } from '../../../../shared/workspace';
import { BackLink } from '../../../components/BackLink';
import { ErrorSummary, errorFor, type FormError } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { TextInput } from '../../../components/TextInput';
import { wizardCaption } from './caption';
import { FormActions } from '../../../components/FormActions';

interface NameStepProps {
  name: string;
  onCancel: () => void;
  onContinue: (name: string) => void;
}

const fieldId = 'workspace-name';

export function NameStep({ name, onCancel, onContinue }: NameStepProps) {
  const [value, setValue] = useState(name);
  const [errors, setErrors] = useState<FormError[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = workspaceNameSchema.safeParse(value);
    if (!parsed.success) return setErrors([{ fieldId, message: parsed.error.issues[0]?.message ?? 'Give the workspace a name.' }]);
    onContinue(parsed.data);
  }

  return (
    <>
      <BackLink onClick={onCancel} />
      <ErrorSummary errors={errors} />
      <PageHeading caption={wizardCaption(1)}>Name the workspace</PageHeading>
      <form onSubmit={submit} noValidate>
        <TextInput
          id={fieldId}
          label="Workspace name"
          hint={
            <>
              It becomes the folder name, for example <span className="example">Review 2025-03.review</span>. Use the review’s reference,
              not anyone’s name: folder names are not encrypted.
            </>
          }
          value={value}
          onChange={setValue}
          error={errorFor(errors, fieldId)}
          autoComplete="off"
          spellCheck={false}
          width="medium"
        />
        <FormActions submitLabel="Continue" onCancel={onCancel} />
      </form>
    </>
  );
}
