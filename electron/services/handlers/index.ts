/**
 * The handler table: one function per contract channel, grouped by domain. The mapped type makes
 * a missing or extra channel a compile error; test/unit/services/handlers.test.ts checks it at
 * run time too.
 */
import type { Channel, ChannelResult, ParsedInput } from '../../../shared/ipc/contract';
import { readAppInfo } from '../app-info';
import type { Ports } from '../ports';
import { WorkspaceSession, type SessionOptions } from '../workspace/session/session';
import { backupHandlers } from './backup';
import { createHolidaysStore } from '../deadlines/holidays-store';
import { createDeadlineSource, createRegisterContext } from '../reviews';
import { chronologyHandlers } from './chronology';
import { deadlineHandlers } from './deadlines';
import { documentHandlers } from './documents';
import { termsHandlers } from './terms';
import { reviewHandlers } from './reviews';
import { settingsHandlers } from './settings';
import { secretHandlers } from './secrets';
import { workspaceHandlers } from './workspace';

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelResult<C>> | ChannelResult<C>;
};

export type HandlersOf<C extends Channel> = Pick<Handlers, C>;

export interface Core {
  handlers: Handlers;
  session: WorkspaceSession;
  ports: Ports;
  /** Locks the open workspace (closing the database cleanly); for app quit. */
  shutdown(): Promise<void>;
}

export function createCore(ports: Ports, options: SessionOptions = {}): Core {
  const session = new WorkspaceSession(ports, options);
  const holidays = createHolidaysStore(ports.dataDir);
  const now = () => ports.timers.now();
  const register = createRegisterContext(session, now, { deadlines: createDeadlineSource(() => holidays.current(), now) });
  const handlers: Handlers = {
    'app:info': () => readAppInfo(ports),
    ...workspaceHandlers(session, ports),
    ...secretHandlers(session, ports),
    ...backupHandlers(session),
    ...settingsHandlers(ports, session),
    ...reviewHandlers(session, ports, register),
    ...chronologyHandlers(register, ports),
    ...documentHandlers(register, ports),
    ...termsHandlers(register, ports),
    ...deadlineHandlers(holidays, ports),
  };
  return {
    handlers,
    session,
    ports,
    shutdown: async () => {
      await session.lock('user');
    },
  };
}

export function createHandlers(ports: Ports, options: SessionOptions = {}): Handlers {
  return createCore(ports, options).handlers;
}
