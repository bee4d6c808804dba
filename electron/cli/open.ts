/** Runs a command against an unlocked workspace and always locks it again, even on failure. */
import { createCore, type Core } from '../services';
import { forCommandLine, LockError } from '../services/workspace/lock';
import type { OpenWorkspace } from '../services/workspace/session/open-workspace';
import { cliPorts } from './ports';
import { readSecret, type SecretOptions } from './secrets';

export async function withWorkspace<T>(dir: string, options: SecretOptions, work: (core: Core, open: OpenWorkspace) => Promise<T> | T): Promise<T> {
  const core = createCore(cliPorts());
  const secret = readSecret(options);
  try {
    await core.session.unlock(dir, secret.method, secret.value, options.breakStaleLock ?? false);
  } catch (error) {
    throw lockErrorForCommandLine(error);
  }
  try {
    return await work(core, core.session.require());
  } finally {
    await core.shutdown();
  }
}

/** A lock refusal worded for the command line (naming --break-stale-lock, not the app's button); other errors as they are. */
export function lockErrorForCommandLine(error: unknown): unknown {
  return error instanceof LockError ? forCommandLine(error) : error;
}
