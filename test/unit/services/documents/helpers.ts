/** Shared steps of the document tests. */
import { testPassphrase } from '../workspace/session/helpers';
import type { Workspace } from '../reviews/helpers';

/** Locks the workspace and unlocks it again: everything read after this came from disk. */
export async function openWorkspaceAgain(workspace: Workspace): Promise<void> {
  await workspace.rig.core.session.lock('user');
  await workspace.rig.core.session.unlock(workspace.dir, 'passphrase', testPassphrase);
}
