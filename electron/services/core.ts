/**
 * The composition root: builds the session, the review kernel and the handler table (one
 * function per contract channel, grouped by domain) from the ports a host provides.
 */
import { readAppInfo } from './app-info';
import type { Ports } from './ports';
import { WorkspaceSession, type SessionOptions } from './workspace/session/session';
import { createHolidaysStore } from './deadlines/holidays-store';
import { createDeadlineSource, createKernel, type Kernel } from './kernel';
import { Jobs } from './jobs';
import { jobHandlers } from './handlers/jobs';
import { auditExportHandlers } from './handlers/audit-export';
import { agencyReturnHandlers } from './handlers/agency-returns';
import { answerRequest } from './agency-returns';
import { interviewHandlers } from './handlers/interviews';
import { findingHandlers } from './handlers/findings';
import { actionHandlers } from './handlers/actions';
import { learningHandlers } from './handlers/learning';
import { reanchorOnSave } from './interviews';
import { backupHandlers } from './handlers/backup';
import { chronologyHandlers } from './handlers/chronology';
import { deadlineHandlers } from './handlers/deadlines';
import { documentHandlers } from './handlers/documents';
import { exportHandlers } from './handlers/exports';
import { termsHandlers } from './handlers/terms';
import { peopleHandlers, reviewHandlers } from './handlers/reviews';
import { settingsHandlers } from './handlers/settings';
import { secretHandlers } from './handlers/secrets';
import type { Handlers } from './handlers/types';
import { workspaceHandlers } from './handlers/workspace';

export type { Handlers, HandlersOf } from './handlers/types';

export interface Core {
  handlers: Handlers;
  session: WorkspaceSession;
  /** The unit of work every domain uses: for the CLI and tests that call services directly. */
  kernel: Kernel;
  ports: Ports;
  /** Locks the open workspace (closing the database cleanly); for app quit. */
  shutdown(): Promise<void>;
}

export function createCore(ports: Ports, options: SessionOptions = {}): Core {
  const jobs = new Jobs((event, payload) => ports.emit(event, payload));
  // Locking (by the user, idle time, suspend) stops the review's long work, so an import or export
  // never carries on against a closed workspace. Backup, restore and re-encryption lock on purpose.
  const sessionPorts: Ports = {
    ...ports,
    emit: (event, payload) => {
      if (event === 'workspace:locked') jobs.cancelKinds(['import', 'export', 'duplicates']);
      ports.emit(event, payload);
    },
  };
  const session = new WorkspaceSession(sessionPorts, options);
  const holidays = createHolidaysStore(ports.dataDir);
  const now = () => ports.timers.now();
  const kernel = createKernel(session, now, { deadlines: createDeadlineSource(() => holidays.current(), now), jobs });
  kernel.hooks.submissionImported.push((db, event) => answerRequest(kernel, db, event));
  kernel.hooks.documentSaved.push(reanchorOnSave);
  const handlers: Handlers = {
    'app:info': () => readAppInfo(ports),
    ...workspaceHandlers(session, ports, jobs),
    ...secretHandlers(session, ports),
    ...backupHandlers(ports, session, jobs),
    ...settingsHandlers(ports, session),
    ...reviewHandlers(kernel),
    ...peopleHandlers(kernel),
    ...chronologyHandlers(kernel, ports),
    ...documentHandlers(kernel, ports),
    ...termsHandlers(kernel, ports),
    ...exportHandlers(kernel),
    ...auditExportHandlers(kernel, ports),
    ...agencyReturnHandlers(kernel, ports),
    ...interviewHandlers(kernel, ports),
    ...findingHandlers(kernel, ports),
    ...actionHandlers(kernel, ports),
    ...learningHandlers(kernel, ports),
    ...deadlineHandlers(holidays, ports),
    ...jobHandlers(jobs),
  };
  return {
    handlers,
    session,
    kernel,
    ports,
    shutdown: async () => {
      await session.lock('user');
    },
  };
}

export function createHandlers(ports: Ports, options: SessionOptions = {}): Handlers {
  return createCore(ports, options).handlers;
}
