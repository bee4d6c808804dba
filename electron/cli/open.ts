/** Runs a command against an unlocked workspace and always locks it again, even on failure. */
import { createCore, type Core } from '../services';
import { forCommandLine, LockError } from '../services/workspace/lock';
import { damageForCommandLine, DamagedWorkspaceError } from '../services/workspace/session/damage';
import type { OpenWorkspace } from '../services/workspace/session/open-workspace';
import { cliPorts } from './ports';
import { readSecret, type SecretOptions } from './secrets';

/**
 * The core as a command uses it. A command is one short run, so every page is checked for damage
 * before it starts (session/damage.ts): a damaged workspace is refused up front, not halfway.
 */
export function commandLineCore(): Core {
  return createCore(cliPorts(), { damageCheck: { when: 'at-unlock' } });
}

export async function withWorkspace<T>(dir: string, options: SecretOptions, work: (core: Core, open: OpenWorkspace) => Promise<T> | T): Promise<T> {
  const core = commandLineCore();
  const secret = readSecret(options);
  try {
    await core.session.unlock(dir, secret.method, secret.value, options.breakStaleLock ?? false);
  } catch (error) {
    await core.shutdown();
    throw errorForCommandLine(error);
  }
  try {
    return await work(core, core.session.require());
  } finally {
    await core.shutdown();
  }
}

/** Refusals worded for the command line (naming --break-stale-lock or the restore command, not the app's buttons); other errors as they are. */
export function errorForCommandLine(error: unknown): unknown {
  if (error instanceof LockError) return forCommandLine(error);
  if (error instanceof DamagedWorkspaceError) return damageForCommandLine(error);
  return error;
}
