/** The bank holidays working days are counted with. Public data: it is not dropped on lock. */
import { create } from 'zustand';
import type { BankHolidaysInfo } from '../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';

interface HolidaysState {
  info: BankHolidaysInfo | null;
  busy: boolean;
  /** What the last load did, for the live region. */
  message: string | null;

  load: () => Promise<void>;
  loadNewerFile: () => Promise<void>;
}

export const useHolidays = create<HolidaysState>()((set) => ({
  info: null,
  busy: false,
  message: null,

  load: async () => {
    try {
      set({ info: await call('deadlines:bank-holidays', {}) });
    } catch (error) {
      notifyError(error);
    }
  },
  loadNewerFile: async () => {
    set({ busy: true, message: null });
    try {
      const info = await call('deadlines:load-bank-holidays', {});
      if (info) set({ info, message: `Loaded. Working days are now counted with bank holidays for ${info.years}.` });
    } catch (error) {
      notifyError(error);
    } finally {
      set({ busy: false });
    }
  },
}));
