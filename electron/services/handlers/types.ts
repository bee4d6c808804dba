/**
 * The handler table's type: one function per contract channel. Each domain's handlers are typed
 * from that domain's channel list in the contract, so a missing or extra channel is a compile
 * error; test/unit/services/handlers.test.ts checks it at run time too.
 */
import type { Channel, ChannelResult, ParsedInput } from '../../../shared/ipc/contract';

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelResult<C>> | ChannelResult<C>;
};

export type HandlersOf<C extends Channel> = Pick<Handlers, C>;
