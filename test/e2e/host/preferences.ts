/**
 * Preferences as a JSON file in the test's data directory, as the CLI keeps them: settings and
 * the recent workspaces' paths, nothing else. Read back like any untrusted file (a test may
 * corrupt it on purpose), falling back to the defaults.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { PreferencesPort } from '../../../electron/services/ports';
import { defaultSettings, settingsSchema, type Settings } from '../../../shared/workspace';

const fileSchema = z.object({
  settings: settingsSchema.partial().optional(),
  recentPaths: z.array(z.string()).optional(),
});

type PreferencesFile = z.infer<typeof fileSchema>;

export function createFilePreferences(file: string): PreferencesPort {
  function read(): PreferencesFile {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }
  function write(change: PreferencesFile): void {
    const next = { ...read(), ...change };
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify(next, null, 2) + '\n');
    renameSync(temporary, file);
  }
  return {
    settings: (): Settings => ({ ...defaultSettings, ...read().settings }),
    saveSettings: (settings) => write({ settings }),
    recentPaths: () => read().recentPaths ?? [],
    saveRecentPaths: (paths) => write({ recentPaths: paths }),
  };
}
