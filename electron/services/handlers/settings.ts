import type { HandlersOf } from './types';
import { settingsSchema } from '../../../shared/workspace';
import type { Ports } from '../ports';
import type { WorkspaceSession } from '../kernel';

export function settingsHandlers(ports: Ports, session: WorkspaceSession): HandlersOf<'settings:get' | 'settings:set'> {
  return {
    'settings:get': () => ports.preferences.settings(),
    'settings:set': async (patch) => {
      const next = settingsSchema.parse({ ...ports.preferences.settings(), ...patch });
      ports.preferences.saveSettings(next);
      await session.settingsChanged();
      return next;
    },
  };
}
