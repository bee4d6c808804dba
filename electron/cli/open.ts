/** Runs a command against an unlocked workspace and always locks it again, even on failure. */
import { createCore, type Core } from '../services';
import type { OpenWorkspace } from '../services/workspace/session/open-workspace';
import { cliPorts } from './ports';
import { readSecret, type SecretOptions } from './secrets';

export async function withWorkspace<T>(dir: string, options: SecretOptions, work: (core: Core, open: OpenWorkspace) => Promise<T> | T): Promise<T> {
  const core = createCore(cliPorts());
  const secret = readSecret(options);
  await core.session.unlock(dir, secret.method, secret.value);
  try {
    return await work(core, core.session.require());
  } finally {
    await core.shutdown();
  }
}
