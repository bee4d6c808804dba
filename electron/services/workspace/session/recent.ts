/** Recently opened workspaces: paths only, newest first, as the welcome screen lists them. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RecentWorkspace } from '../../../../shared/workspace';
import type { PreferencesPort } from '../../ports';
import { keyFileName } from '../keys';
import { workspaceName } from './open-workspace';

export const maxRecent = 10;

export function rememberRecent(preferences: PreferencesPort, dir: string): void {
  const resolved = path.resolve(dir);
  const rest = preferences.recentPaths().filter((candidate) => path.resolve(candidate) !== resolved);
  preferences.saveRecentPaths([resolved, ...rest].slice(0, maxRecent));
}

export function forgetRecent(preferences: PreferencesPort, dir: string): void {
  const resolved = path.resolve(dir);
  preferences.saveRecentPaths(preferences.recentPaths().filter((candidate) => path.resolve(candidate) !== resolved));
}

export function listRecent(preferences: PreferencesPort): RecentWorkspace[] {
  return preferences.recentPaths().map((dir) => ({
    path: dir,
    name: workspaceName(dir),
    available: existsSync(path.join(dir, keyFileName)),
  }));
}
