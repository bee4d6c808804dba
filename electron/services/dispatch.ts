/**
 * The single path from an untrusted call to a service: look the channel up, validate the input
 * with the contract's schema, run the handler, and turn every outcome into an IpcResult.
 * Electron's ipcMain and the e2e test host both call this, so they behave identically.
 */
import { z } from 'zod';
import { AppError, type ErrorInfo } from '../../shared/errors';
import { contract, isChannel, type Channel, type ChannelResult, type IpcResult } from '../../shared/ipc/contract';
import { createLogger } from './log';
import type { Handlers } from './handlers/types';
import { damagedWhileOpenError, isCorruptionError } from './workspace';

const log = createLogger('dispatch');

export async function dispatch<C extends Channel>(handlers: Handlers, channel: C, input: unknown): Promise<IpcResult<ChannelResult<C>>>;
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown): Promise<IpcResult<unknown>>;
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    return failure({ code: 'validation', message: 'The app asked for something it does not know how to do.' });
  }
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) {
    return failure({ code: 'validation', message: describeInvalid(parsed.error) });
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return failure(toErrorInfo(error, channel));
  }
}

export function toErrorInfo(error: unknown, context: string): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  // A damaged page met while working (not at unlock): say so, with the way out, never "try again".
  if (isCorruptionError(error)) {
    log.error('the workspace database is damaged', { context });
    return damagedWhileOpenError().toInfo();
  }
  // An unexpected error may quote workspace content in its message: log only its type.
  log.error('unexpected error', { context, type: error instanceof Error ? error.name : typeof error });
  return {
    code: 'internal',
    message: 'Something went wrong inside the app. Nothing was changed. Try again; if it keeps happening, restart the app.',
  };
}

function describeInvalid(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return `The request was not valid${where}: ${issue?.message ?? 'unexpected input'}.`;
}

function failure(error: ErrorInfo): IpcResult<never> {
  return { ok: false, error };
}
