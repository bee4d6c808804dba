/**
 * The CLI runs the core under plain Node, with the SQLite build npm installed. It has no windows,
 * no keychain and no power events; the audit log records the name in PRW_DISPLAY_NAME, or the
 * operating-system user name.
 */
import { userInfo } from 'node:os';
import { AppError } from '../../shared/errors';
import { productName } from '../../shared/product';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/workspace';
import { systemTimers, type Ports } from '../services';
import { terminalProgress } from './progress';

export function cliPorts(env: NodeJS.ProcessEnv = process.env): Ports {
  let settings: Settings = {
    ...defaultSettings,
    displayName: displayName(env),
    // A command runs for seconds: no idle locking, no scheduled backups.
    autoLockMinutes: 0,
    backupEveryMinutes: 0,
  };
  let recent: string[] = [];
  const noDialogs = () => Promise.reject(new AppError('unavailable', 'The command line cannot show dialogs; pass the path as an argument.'));
  return {
    app: { name: productName, version: __APP_VERSION__, platform: process.platform },
    dialogs: { showOpen: noDialogs, showSave: noDialogs, confirm: noDialogs },
    preferences: {
      settings: () => settings,
      saveSettings: (next) => {
        settings = next;
      },
      recentPaths: () => recent,
      saveRecentPaths: (paths) => {
        recent = paths;
      },
    },
    power: { on: () => () => undefined },
    timers: systemTimers,
    // Job progress becomes the terminal's progress line (./progress.ts); other events mean nothing here.
    emit: (event, payload) => terminalProgress.emit(event, payload),
  };
}

function displayName(env: NodeJS.ProcessEnv): string {
  const parsed = settingsSchema.shape.displayName.safeParse(env.PRW_DISPLAY_NAME ?? safeUserName());
  return parsed.success ? parsed.data : defaultSettings.displayName;
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return defaultSettings.displayName;
  }
}
