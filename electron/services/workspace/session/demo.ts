/**
 * The demo workspace: a real encrypted workspace in the app's data folder, for trying the app
 * without real cases. It holds fictional data only, so its passphrase is public.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import { demoPassphrase, demoWorkspaceName, workspaceExtension, type WorkspaceStatus } from '../../../../shared/workspace';
import type { Ports } from '../../ports';
import { keyFileName } from '../keys';
import type { WorkspaceSession } from './session';

export async function openDemo(session: WorkspaceSession, ports: Ports): Promise<WorkspaceStatus> {
  if (!ports.dataDir) throw new AppError('unavailable', 'The demo workspace is only available in the app.');
  const demoDir = path.join(ports.dataDir, 'demo');
  const dir = path.join(demoDir, demoWorkspaceName + workspaceExtension);
  if (existsSync(path.join(dir, keyFileName))) return session.unlock(dir, 'passphrase', demoPassphrase);
  await mkdir(demoDir, { recursive: true, mode: 0o700 });
  // The recovery code is not needed: the passphrase is public. A new one can be made in Settings.
  await session.create(demoDir, demoWorkspaceName, demoPassphrase);
  return session.status();
}
