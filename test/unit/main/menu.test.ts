import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { areas } from '../../../shared/product';
import { menuTemplate } from '../../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function goMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const go = template.find((item) => item.label === 'Go');
  if (!go || !Array.isArray(go.submenu)) throw new Error('no Go menu');
  return go.submenu;
}

describe('application menu', () => {
  it('has one Go item per area, in order, on CmdOrCtrl+1…7', () => {
    const items = goMenu(menuTemplate({ isMac: false, isPackaged: true, navigate: vi.fn() }));
    expect(items.map((item) => item.label)).toEqual(areas.map((area) => area.label));
    expect(items.map((item) => item.accelerator)).toEqual(['CmdOrCtrl+1', 'CmdOrCtrl+2', 'CmdOrCtrl+3', 'CmdOrCtrl+4', 'CmdOrCtrl+5', 'CmdOrCtrl+6', 'CmdOrCtrl+7']);
  });

  it('navigates to the chosen area', () => {
    const navigate = vi.fn();
    const items = goMenu(menuTemplate({ isMac: false, isPackaged: true, navigate }));
    const interviews = items.find((item) => item.label === 'Interviews');
    (interviews?.click as () => void)();
    expect(navigate).toHaveBeenCalledWith('interviews');
  });

  it('keeps developer tools and reload out of packaged builds', () => {
    const roles = (isPackaged: boolean) =>
      flatten(menuTemplate({ isMac: false, isPackaged, navigate: vi.fn() })).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('follows each platform: app menu on macOS, About under Help elsewhere', () => {
    const mac = menuTemplate({ isMac: true, isPackaged: true, navigate: vi.fn() });
    const other = menuTemplate({ isMac: false, isPackaged: true, navigate: vi.fn() });
    expect(mac[0]?.role).toBe('appMenu');
    expect(other.map((item) => item.role)).not.toContain('appMenu');
    expect(flatten(other).map((item) => item.role)).toContain('about');
    for (const template of [mac, other]) {
      expect(template.map((item) => item.role)).toEqual(expect.arrayContaining(['fileMenu', 'editMenu', 'windowMenu']));
    }
  });
});
