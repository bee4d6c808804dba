/** Which area is showing, and what the core told us about itself. */
import { create } from 'zustand';
import type { AppInfo, AreaId } from '../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';

interface ShellState {
  area: AreaId;
  info: AppInfo | null;
  show: (area: AreaId) => void;
  loadInfo: () => Promise<void>;
}

export const useShell = create<ShellState>()((set) => ({
  area: 'reviews',
  info: null,

  show: (area) => set({ area }),
  loadInfo: async () => {
    try {
      set({ info: await call('app:info', {}) });
    } catch (error) {
      notifyError(error);
    }
  },
}));

export const selectArea = (state: ShellState) => state.area;
export const selectInfo = (state: ShellState) => state.info;
