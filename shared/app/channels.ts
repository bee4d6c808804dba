/** The app itself and its preferences. */
import { channel, noInput } from '../ipc/channel';
import { settingsSchema, type Settings } from '../workspace';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** SQLite and its cipher extension, read from the native module actually loaded. */
  sqlite: { version: string; cipher: string };
  /** What the app runs on, for support (Settings → About this app); null where it does not apply (the command line has no Electron). */
  runtime: { electron: string | null; chromium: string | null; node: string };
}

export const appChannels = {
  'app:info': channel<typeof noInput, AppInfo>(noInput),
  'settings:get': channel<typeof noInput, Settings>(noInput),
  'settings:set': channel<ReturnType<typeof settingsSchema.partial>, Settings>(settingsSchema.partial().strict()),
};
