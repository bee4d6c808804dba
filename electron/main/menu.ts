/**
 * The application menu: the platform's usual menus plus "Go", which moves between the app's
 * areas from the keyboard (CmdOrCtrl+1…7). lifecycle.ts turns a choice into the app:navigate
 * event, sent through the same checked emit (emit.ts) as every other event.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { areas, type AreaId } from '../../shared/product';

export interface MenuContext {
  isMac: boolean;
  /** Developer tools and reload exist only in development builds. */
  isPackaged: boolean;
  navigate(area: AreaId): void;
}

export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = context.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const go: MenuItemConstructorOptions[] = areas.map((area, index) => ({
    label: area.label,
    accelerator: `CmdOrCtrl+${index + 1}`,
    click: () => context.navigate(area.id),
  }));
  return [
    ...(context.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    // fileMenu is Close on macOS and Quit elsewhere.
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [...developer, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { label: 'Go', submenu: go },
    { role: 'windowMenu' },
    // macOS puts About in the app menu; elsewhere it lives under Help.
    ...(context.isMac ? [] : [{ role: 'help', submenu: [{ role: 'about' }] } satisfies MenuItemConstructorOptions]),
  ];
}

