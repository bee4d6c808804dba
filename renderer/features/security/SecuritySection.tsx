import type { OpenWorkspace } from '../workspace/store';
import { ChangePassphrase } from './ChangePassphrase';
import { Encryption } from './Encryption';
import { KeychainSettings } from './KeychainSettings';
import { NewRecoveryCode } from './NewRecoveryCode';

/** The open workspace's ways in (passphrase, recovery code, this computer's keychain) and its encryption. */
export function SecuritySection({ workspace }: { workspace: OpenWorkspace }) {
  return (
    <section aria-labelledby="security-heading" className="section">
      <h2 id="security-heading">Security of “{workspace.name}”</h2>
      <ChangePassphrase workspaceName={workspace.name} />
      <NewRecoveryCode />
      <KeychainSettings workspace={workspace} />
      <Encryption encryption={workspace.encryption} />
    </section>
  );
}
