import { useState } from 'react';
import type { AppError, ErrorCode } from '../../../../shared/errors';
import type { UnlockMethod } from '../../../../shared/workspace';
import { BackLink } from '../../../components/BackLink';
import { ErrorSummary, type FormError } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { RestoreBackup } from '../../backups/RestoreBackup';
import { AskName } from '../identity/AskName';
import { selectAskName, selectBusy, selectKeychainOffered, selectLockNotice, selectReplacingPassphrase, selectTarget, useWorkspace } from '../store';
import { NewPassphraseStep } from './NewPassphraseStep';
import { UnlockForm, secretFieldId, type SecretMethod } from './UnlockForm';
import { UnlockProblemActions } from './UnlockProblemActions';

interface Problem {
  errors: FormError[];
  code: ErrorCode | null;
  /** How the failed attempt unlocked, so "Open anyway" and "Restore" retry the same way. */
  method: UnlockMethod;
}

const noProblem: Problem = { errors: [], code: null, method: 'passphrase' };

/** Unlock a chosen, recent or just-locked workspace; explain and offer a way out of each failure. */
export function UnlockScreen() {
  const target = useWorkspace(selectTarget);
  const notice = useWorkspace(selectLockNotice);
  const busy = useWorkspace(selectBusy) === 'unlocking';
  const unlock = useWorkspace((state) => state.unlock);
  const showWelcome = useWorkspace((state) => state.showWelcome);
  const [method, setMethod] = useState<SecretMethod>('passphrase');
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<Problem>(noProblem);
  const [restoring, setRestoring] = useState(false);
  const askName = useWorkspace(selectAskName);
  const replacingPassphrase = useWorkspace(selectReplacingPassphrase);
  const keychainOffered = useWorkspace(selectKeychainOffered);
  if (!target) return null;
  // Unlocked, with a question or two before the workspace shows: who the log should name first, then the new passphrase.
  if (askName) return <AskName workspaceName={target.name} />;
  if (replacingPassphrase) return <NewPassphraseStep workspaceName={target.name} />;

  async function tryUnlock(how: UnlockMethod, breakStaleLock = false) {
    if (how !== 'keychain' && !secret) {
      const what = how === 'passphrase' ? 'the passphrase' : 'the recovery code';
      return setProblem({ errors: [{ fieldId: secretFieldId(how), message: `Enter ${what}.` }], code: 'validation', method: how });
    }
    const outcome = await unlock(how, how === 'keychain' ? undefined : secret, breakStaleLock || undefined);
    // This screen may stay (to ask for a name or a new passphrase): keep no secret it no longer needs.
    if (outcome.ok) return setSecret('');
    setProblem(problemFrom(outcome.error, how));
    // A wrong secret is typed again from scratch; other failures keep it for "Open anyway" or a restore.
    if (outcome.error.code === 'wrong-secret') setSecret('');
  }

  function switchMethod() {
    setMethod(method === 'passphrase' ? 'recovery-code' : 'passphrase');
    setSecret('');
    setProblem(noProblem);
  }

  return (
    <>
      <BackLink onClick={showWelcome} />
      <ErrorSummary errors={problem.errors}>
        {!restoring && (
          <UnlockProblemActions code={problem.code} busy={busy} onBreakLock={() => void tryUnlock(problem.method, true)} onRestore={() => setRestoring(true)} />
        )}
      </ErrorSummary>
      <PageHeading>Unlock “{target.name}”</PageHeading>
      <p className="path hint">{target.path}</p>
      {notice && <p className="inset-text">{notice}</p>}
      {restoring ? (
        <RestoreBackup
          path={target.path}
          credentials={{ method: problem.method, secret: problem.method === 'keychain' ? undefined : secret }}
          onCancel={() => setRestoring(false)}
        />
      ) : (
        <UnlockForm
          method={method}
          secret={secret}
          onSecret={setSecret}
          errors={problem.errors}
          busy={busy}
          keychainOffered={keychainOffered}
          onUnlock={(how) => void tryUnlock(how)}
          onSwitchMethod={switchMethod}
        />
      )}
    </>
  );
}

/** Errors about what was typed sit beside the field; the rest are about the workspace itself. */
function problemFrom(error: AppError, method: UnlockMethod): Problem {
  const aboutSecret = (error.code === 'wrong-secret' || error.code === 'validation') && method !== 'keychain';
  return { errors: [{ message: error.message, fieldId: aboutSecret ? secretFieldId(method) : undefined }], code: error.code, method };
}
