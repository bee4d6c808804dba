import { useState } from 'react';
import type { FormError } from '../../../components/ErrorSummary';
import { useWorkspace } from '../store';
import { CreatingStep } from './CreatingStep';
import { FolderStep } from './FolderStep';
import { NameStep } from './NameStep';
import { PassphraseStep } from './PassphraseStep';
import { RecoveryStep } from './RecoveryStep';

type Step = 'name' | 'folder' | 'passphrase' | 'creating' | 'recovery';

/**
 * Create a workspace, one question a page. The passphrase lives only in the passphrase step
 * (gone when it unmounts); the recovery code only here until the user says it is stored.
 */
export function CreateWizard() {
  const create = useWorkspace((state) => state.create);
  const finishCreate = useWorkspace((state) => state.finishCreate);
  const showWelcome = useWorkspace((state) => state.showWelcome);
  const [step, setStep] = useState<Step>('name');
  const [name, setName] = useState('');
  const [dir, setDir] = useState<string | null>(null);
  const [createErrors, setCreateErrors] = useState<FormError[]>([]);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);

  async function createWorkspace(passphrase: string) {
    if (!dir) return setStep('folder');
    setStep('creating');
    const outcome = await create({ parentDir: dir, name: name.trim(), passphrase });
    if (outcome.ok) {
      setRecoveryCode(outcome.value);
      setStep('recovery');
    } else {
      setCreateErrors([{ message: outcome.error.message }]);
      setStep('passphrase');
    }
  }

  function finish() {
    setRecoveryCode(null);
    finishCreate();
  }

  switch (step) {
    case 'name':
      return <NameStep name={name} onCancel={showWelcome} onContinue={(value) => (setName(value), setStep('folder'))} />;
    case 'folder':
      return (
        <FolderStep name={name} dir={dir} onChosen={setDir} onBack={() => setStep('name')} onCancel={showWelcome} onContinue={() => setStep('passphrase')} />
      );
    case 'passphrase':
      return (
        <PassphraseStep
          name={name}
          problems={createErrors}
          onBack={() => (setCreateErrors([]), setStep('folder'))}
          onCancel={showWelcome}
          onCreate={(passphrase) => void createWorkspace(passphrase)}
        />
      );
    case 'creating':
      return <CreatingStep name={name} />;
    case 'recovery':
      return recoveryCode ? <RecoveryStep code={recoveryCode} onContinue={finish} /> : null;
  }
}
