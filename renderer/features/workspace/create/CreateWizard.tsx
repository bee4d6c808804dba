import { useEffect, useState } from 'react';
import { defaultSettings } from '../../../../shared/workspace';
import type { FormError } from '../../../components/ErrorSummary';
import { useWorkspace } from '../store';
import { CreatingStep } from './CreatingStep';
import { selectSettings, useSettings } from '../../settings/store';
import type { IdentityDraft } from '../identity/IdentityFields';
import { FolderStep } from './FolderStep';
import { IdentityStep } from './IdentityStep';
import { NameStep } from './NameStep';
import { PassphraseStep } from './PassphraseStep';
import { RecoveryStep } from './RecoveryStep';

type Step = 'name' | 'folder' | 'identity' | 'passphrase' | 'creating' | 'recovery';

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
  const settings = useSettings(selectSettings);
  const loadSettings = useSettings((state) => state.load);
  const saveSettings = useSettings((state) => state.save);
  const [identity, setIdentity] = useState<IdentityDraft | null>(null);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  // The name this computer already has, if any, so creating a second workspace is one click here.
  const knownIdentity: IdentityDraft = {
    displayName: settings && settings.displayName !== defaultSettings.displayName ? settings.displayName : '',
    role: settings?.role ?? '',
  };

  async function createWorkspace(passphrase: string) {
    if (!dir) return setStep('folder');
    if (!identity) return setStep('identity');
    setStep('creating');
    // Saved first, so the audit log's first entry ("Created the workspace") names the user.
    const saved = await saveSettings(identity);
    if (!saved.ok) {
      setCreateErrors([{ message: saved.error.message }]);
      return setStep('passphrase');
    }
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
        <FolderStep name={name} dir={dir} onChosen={setDir} onBack={() => setStep('name')} onCancel={showWelcome} onContinue={() => setStep('identity')} />
      );
    case 'identity':
      return (
        <IdentityStep
          draft={identity ?? knownIdentity}
          onBack={() => setStep('folder')}
          onCancel={showWelcome}
          onContinue={(value) => (setIdentity(value), setStep('passphrase'))}
        />
      );
    case 'passphrase':
      return (
        <PassphraseStep
          name={name}
          avoid={identity ? [identity.displayName] : []}
          problems={createErrors}
          onBack={() => (setCreateErrors([]), setStep('identity'))}
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
