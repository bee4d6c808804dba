import { useState, type FormEvent } from 'react';
import { BackLink } from '../../../components/BackLink';
import { ErrorSummary, errorFor, type FormError } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { plannedPath } from '../paths';
import { useWorkspace } from '../store';
import { wizardCaption } from './caption';
import { FormActions } from '../../../components/FormActions';

interface FolderStepProps {
  name: string;
  dir: string | null;
  onChosen: (dir: string) => void;
  onBack: () => void;
  onCancel: () => void;
  onContinue: () => void;
}

const chooseId = 'choose-folder';

export function FolderStep({ name, dir, onChosen, onBack, onCancel, onContinue }: FolderStepProps) {
  const chooseFolder = useWorkspace((state) => state.chooseFolder);
  const [errors, setErrors] = useState<FormError[]>([]);
  const error = errorFor(errors, chooseId);

  async function choose() {
    const chosen = await chooseFolder();
    if (chosen) {
      onChosen(chosen);
      setErrors([]);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!dir) return setErrors([{ fieldId: chooseId, message: 'Choose a folder for the workspace.' }]);
    onContinue();
  }

  return (
    <>
      <BackLink onClick={onBack} />
      <ErrorSummary errors={errors} />
      <PageHeading caption={wizardCaption(2)}>Choose where to keep the workspace</PageHeading>
      <form onSubmit={submit} noValidate>
        <div className={error ? 'form-group form-group-error' : 'form-group'}>
          <p id="choose-folder-hint" className="hint">
            Choose a folder on this computer or a drive your organisation approves for sensitive information. The app makes a new folder inside
            it for the workspace.
          </p>
          {error && (
            <p id="choose-folder-error" className="error-message">
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <button
            id={chooseId}
            type="button"
            className="button button-secondary"
            aria-describedby={error ? 'choose-folder-hint choose-folder-error' : 'choose-folder-hint'}
            onClick={() => void choose()}
          >
            Choose folder…
          </button>
        </div>
        {dir && (
          <dl className="summary-list">
            <dt>Chosen folder</dt>
            <dd className="path">{dir}</dd>
            <dt>The workspace will be</dt>
            <dd className="path">{plannedPath(dir, name)}</dd>
          </dl>
        )}
        <FormActions submitLabel="Continue" onCancel={onCancel} />
      </form>
    </>
  );
}
