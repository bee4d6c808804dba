import type { HandlersOf } from './types';
import type { Jobs } from '../jobs';
import type { Ports } from '../ports';
import type { WorkspaceSession } from '../kernel';
import { forgetRecent, listAudit, listRecent, openDemo, unlockOptions } from '../workspace';
import { confirmPassphrase } from './secrets';

type WorkspaceChannels =
  | 'workspace:status'
  | 'workspace:choose-folder'
  | 'workspace:choose-existing'
  | 'workspace:create'
  | 'workspace:unlock-options'
  | 'workspace:unlock'
  | 'workspace:lock'
  | 'workspace:recent'
  | 'workspace:open-demo'
  | 'workspace:forget-recent'
  | 'workspace:activity'
  | 'workspace:rekey'
  | 'audit:verify'
  | 'audit:list';

export function workspaceHandlers(session: WorkspaceSession, ports: Ports, jobs: Jobs): HandlersOf<WorkspaceChannels> {
  return {
    'workspace:status': () => session.status(),
    'workspace:choose-folder': async () => {
      const chosen = await ports.dialogs.showOpen({ title: 'Choose where to create the workspace', directory: true });
      return chosen?.[0] ? { dir: chosen[0] } : null;
    },
    'workspace:choose-existing': async () => {
      const chosen = await ports.dialogs.showOpen({ title: 'Open a workspace (a folder ending in .review)', directory: true });
      return chosen?.[0] ? { path: chosen[0] } : null;
    },
    'workspace:create': ({ parentDir, name, passphrase }) => session.create(parentDir, name, passphrase),
    'workspace:unlock-options': ({ path }) => unlockOptions(path),
    'workspace:unlock': ({ path, method, secret, breakStaleLock }) => session.unlock(path, method, secret, breakStaleLock ?? false),
    'workspace:lock': () => session.lock('user'),
    'workspace:recent': () => listRecent(ports.preferences),
    'workspace:open-demo': () => openDemo(session, ports),
    'workspace:forget-recent': ({ path }) => {
      forgetRecent(ports.preferences, path);
      return listRecent(ports.preferences);
    },
    'workspace:activity': () => {
      session.activity();
      return null;
    },
    'workspace:rekey': async ({ passphrase, jobId }) => {
      // Checked before the job starts: a typo is answered at once, and nothing is written.
      await confirmPassphrase(session, passphrase);
      return jobs.run({ id: jobId, kind: 'rekey', exclusive: 'workspace', describes: 'Re-encryption of this workspace' }, (job) => session.rekey(job));
    },
    'audit:verify': () => session.verifyAudit(),
    'audit:list': (query) => listAudit(session.require().db, query),
  };
}
