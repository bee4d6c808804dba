/** Preferences (who the audit log names, auto-lock and backup timing) and the audit-log check. */
import { create } from 'zustand';
import type { AuditCheck, AuditExportResult, AuditListQuery, AuditPage, Settings } from '../../../shared/workspace';
import { asJob } from '../jobs/store';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';

interface SettingsState {
  settings: Settings | null;
  saving: boolean;
  audit: AuditCheck | null;
  checkingAudit: boolean;
  /** The page of the audit log on screen, and the filters and offset that chose it. */
  entries: AuditPage | null;
  entriesQuery: AuditListQuery;
  loadingEntries: boolean;

  load: () => Promise<void>;
  save: (changes: Partial<Settings>) => Promise<Outcome<Settings>>;
  checkAudit: () => Promise<void>;
  /** Reads a page of the audit log; a failure keeps the page shown and says why. */
  loadEntries: (query: AuditListQuery) => Promise<Outcome<AuditPage>>;
  /** Saves every entry the shown filters match (not just the page) as CSV or PDF; null when the user cancels. */
  exportEntries: (format: 'csv' | 'pdf') => Promise<Outcome<AuditExportResult | null>>;
}

/** Entries a page of the audit log viewer shows. */
export const auditPageSize = 50;

let entriesRequest = 0;

export const useSettings = create<SettingsState>()((set, get) => ({
  settings: null,
  saving: false,
  audit: null,
  checkingAudit: false,
  entries: null,
  entriesQuery: {},
  loadingEntries: false,

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
  loadEntries: async (query) => {
    const request = ++entriesRequest;
    set({ loadingEntries: true });
    const outcome = await attempt(() => call('audit:list', { ...query, limit: auditPageSize }));
    // Asked twice quickly (Next, Next): only the newest answer is shown.
    if (request !== entriesRequest) return outcome;
    if (outcome.ok) set({ entries: outcome.value, entriesQuery: query, loadingEntries: false });
    else set({ loadingEntries: false });
    return outcome;
  },
  exportEntries: (format) => {
    // The filters of the entries on screen, not a half-typed change to them.
    const { limit: _limit, offset: _offset, ...shown } = get().entriesQuery;
    return attempt(() => asJob('export', `Exporting the audit log (${format === 'csv' ? 'CSV' : 'PDF'})`, (jobId) => call('audit:export', { ...shown, format, jobId })));
  },
}));

// The audit result describes the workspace; settings are re-read whenever the page opens.
resetOnLock(useSettings);

export const selectSettings = (state: SettingsState) => state.settings;
export const selectSaving = (state: SettingsState) => state.saving;
export const selectAudit = (state: SettingsState) => state.audit;
export const selectCheckingAudit = (state: SettingsState) => state.checkingAudit;
export const selectEntries = (state: SettingsState) => state.entries;
export const selectEntriesQuery = (state: SettingsState) => state.entriesQuery;
export const selectLoadingEntries = (state: SettingsState) => state.loadingEntries;
