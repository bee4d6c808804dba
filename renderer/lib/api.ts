/**
 * The only file that touches window.api. Calls resolve to their value or throw an AppError
 * whose message is meant for the user (see lib/notify.ts).
 */
import { AppError, isErrorCode } from '../../shared/errors';
import type { Api, Channel, ChannelInput, ChannelResult, EventName, EventPayload } from '../../shared/ipc/contract';

declare global {
  interface Window {
    api: Api;
  }
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await window.api.invoke(channel, input);
  if (result.ok) return result.value;
  const code = isErrorCode(result.error.code) ? result.error.code : 'internal';
  throw new AppError(code, result.error.message);
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.api.on(event, listener);
}
