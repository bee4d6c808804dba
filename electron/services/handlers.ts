/**
 * The handler table: one function per contract channel. The mapped type makes a missing or
 * extra channel a compile error; test/unit/services/handlers.test.ts checks it at run time too.
 */
import type { Channel, ChannelResult, ParsedInput } from '../../shared/ipc/contract';
import { readAppInfo } from './app-info';
import type { Ports } from './ports';

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelResult<C>> | ChannelResult<C>;
};

export function createHandlers(ports: Ports): Handlers {
  return {
    'app:info': () => readAppInfo(ports),
  };
}
