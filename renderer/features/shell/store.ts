/** Which area or page is showing, and what the core told us about itself. */
import { create } from 'zustand';
import type { AppInfo, AreaId } from '../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { resetOnLock } from '../../lib/reset-on-lock';

/** An area of the open workspace, or the settings page (reachable with or without one). */
export type Page = 'area' | 'settings';

interface ShellState {
  area: AreaId;
  page: Page;
  info: AppInfo | null;
  show: (area: AreaId) => void;
  openSettings: () => void;
  closeSettings: () => void;
  loadInfo: () => Promise<void>;
}

export const useShell = create<ShellState>()((set) => ({
  area: 'reviews',
  page: 'area',
  info: null,

  show: (area) => set({ area, page: 'area' }),
  openSettings: () => set({ page: 'settings' }),
  closeSettings: () => set({ page: 'area' }),
  loadInfo: async () => {
    try {
      set({ info: await call('app:info', {}) });
    } catch (error) {
      notifyError(error);
    }
  },
}));

// Where the user was inside the workspace is workspace data too; the app's version is not.
resetOnLock(useShell, { area: 'reviews', page: 'area' });

export const selectArea = (state: ShellState) => state.area;
export const selectPage = (state: ShellState) => state.page;
export const selectInfo = (state: ShellState) => state.info;
