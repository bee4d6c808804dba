/** Preferences (who the audit log names, auto-lock and backup timing) and the audit-log check. */
import { create } from 'zustand';
import type { AuditCheck, Settings } from '../../../shared/workspace';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';

interface SettingsState {
  settings: Settings | null;
  saving: boolean;
  audit: AuditCheck | null;
  checkingAudit: boolean;

  load: () => Promise<void>;
  save: (changes: Partial<Settings>) => Promise<Outcome<Settings>>;
  checkAudit: () => Promise<void>;
}

export const useSettings = create<SettingsState>()((set) => ({
  settings: null,
  saving: false,
  audit: null,
  checkingAudit: false,

  load: async () => {
    try {
      set({ settings: await call('settings:get', {}) });
    } catch (error) {
      notifyError(error);
    }
  },
  save: async (changes) => {
    set({ saving: true });
    const outcome = await attempt(() => call('settings:set', changes));
    set(outcome.ok ? { saving: false, settings: outcome.value } : { saving: false });
    return outcome;
  },
  checkAudit: async () => {
    set({ checkingAudit: true, audit: null });
    try {
      set({ audit: await call('audit:verify', {}) });
    } catch (error) {
      notifyError(error);
    } finally {
      set({ checkingAudit: false });
    }
  },
}));

// The audit result describes the workspace; settings are re-read whenever the page opens.
resetOnLock(useSettings);

export const selectSettings = (state: SettingsState) => state.settings;
export const selectSaving = (state: SettingsState) => state.saving;
export const selectAudit = (state: SettingsState) => state.audit;
export const selectCheckingAudit = (state: SettingsState) => state.checkingAudit;
