import { PageHeading } from '../../../components/PageHeading';
import { RecoveryCodeShown } from '../../../components/RecoveryCodeShown';

export function RecoveryStep({ code, onContinue }: { code: string; onContinue: () => void }) {
  return (
    <>
      <div className="panel-confirmation" role="status">
        The workspace has been created and is open.
      </div>
      <PageHeading>Store your recovery code</PageHeading>
      <p className="lead">If the passphrase is ever forgotten, this code opens the workspace instead.</p>
      <RecoveryCodeShown code={code} continueLabel="Continue to workspace" onContinue={onContinue} />
    </>
  );
}
