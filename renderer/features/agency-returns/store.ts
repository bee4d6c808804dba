/**
 * Agency requests: those of the review on screen, and the Practice Review Group's view across
 * every review. Workspace data, so it all goes on lock.
 */
import { create } from 'zustand';
import type { AgencyRequest, RequestAdd, RequestEdit, RequestPackResult, RequestRecord, ReturnsExportResult, ReturnsOverview } from '../../../shared/agency-returns';
import { asJob } from '../jobs/store';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, busyAttempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';

interface AgencyReturnsState {
  reviewId: string | null;
  requests: AgencyRequest[] | null;
  overview: ReturnsOverview | null;
  busy: boolean;

  load: (reviewId: string) => Promise<void>;
  loadOverview: () => Promise<void>;
  add: (input: RequestAdd) => Promise<Outcome<AgencyRequest>>;
  edit: (patch: RequestEdit) => Promise<Outcome<AgencyRequest>>;
  record: (input: RequestRecord) => Promise<Outcome<AgencyRequest>>;
  reopen: (id: string) => Promise<Outcome<AgencyRequest>>;
  exportOverview: () => Promise<Outcome<ReturnsExportResult | null>>;
  /** Asks for a folder and writes the template and the letter there; null when cancelled. */
  pack: (id: string) => Promise<Outcome<RequestPackResult | null>>;
}

export const useAgencyReturns = create<AgencyReturnsState>()((set, get) => {
  const run = busyAttempt(set);
  /** A changed request replaces its old self in the list on screen. */
  const replaced = (request: AgencyRequest) => {
    const requests = get().requests;
    if (requests && get().reviewId === request.reviewId) {
      const known = requests.some((each) => each.id === request.id);
      set({ requests: known ? requests.map((each) => (each.id === request.id ? request : each)) : [...requests, request].sort(byAgency) });
    }
    return request;
  };

  return {
    reviewId: null,
    requests: null,
    overview: null,
    busy: false,

    load: async (reviewId) => {
      set({ reviewId, requests: get().reviewId === reviewId ? get().requests : null });
      try {
        const requests = await call('agency:list', { reviewId });
        if (get().reviewId === reviewId) set({ requests });
      } catch (error) {
        notifyError(error);
      }
    },
    loadOverview: async () => {
      try {
        set({ overview: await call('agency:overview', {}) });
      } catch (error) {
        notifyError(error);
      }
    },
    add: (input) => run(async () => replaced(await call('agency:add', input))),
    edit: (patch) => run(async () => replaced(await call('agency:edit', patch))),
    record: (input) => run(async () => replaced(await call('agency:record', input))),
    reopen: (id) => run(async () => replaced(await call('agency:reopen', { id }))),
    pack: (id) => attempt(() => asJob('export', 'Writing the request pack', (jobId) => call('agency:pack', { id, jobId }))),
    exportOverview: () => attempt(() => asJob('export', 'Exporting the agency returns (Excel)', (jobId) => call('agency:export-overview', { jobId }))),
  };
});

function byAgency(a: AgencyRequest, b: AgencyRequest): number {
  return a.agency.localeCompare(b.agency, 'en-GB', { sensitivity: 'base' }) || a.createdAt.localeCompare(b.createdAt);
}

resetOnLock(useAgencyReturns);

export const selectRequests = (state: AgencyReturnsState) => state.requests;
export const selectOverview = (state: AgencyReturnsState) => state.overview;
export const selectBusy = (state: AgencyReturnsState) => state.busy;
