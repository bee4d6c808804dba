/** Consent as a form holds it, and what the core is sent for it. */
import { consentCovers, type ConsentCover, type ConsentStatus } from '../../../shared/interviews/model';
import type { ConsentInput } from '../../../shared/interviews/schemas';

export interface ConsentDraft {
  status: ConsentStatus | 'not-asked';
  covers: ConsentCover[];
  /** YYYY-MM-DD, '' for not known, or text that is not yet a day. */
  on: string;
}

export const notAsked: ConsentDraft = { status: 'not-asked', covers: [], on: '' };

/** Given consent starts by covering the notes and quotes: the usual agreement, unticked where it is not. */
export function withStatus(draft: ConsentDraft, status: ConsentDraft['status']): ConsentDraft {
  return { ...draft, status, covers: status === 'given' ? (draft.covers.length > 0 ? draft.covers : ['notes', 'quotes']) : [] };
}

export function toggledCover(draft: ConsentDraft, cover: ConsentCover, on: boolean): ConsentDraft {
  const covers = on ? [...draft.covers, cover] : draft.covers.filter((each) => each !== cover);
  return { ...draft, covers: consentCovers.filter((each) => covers.includes(each)) };
}

/** Null while not yet asked: nothing is recorded. */
export function consentInputOf(draft: ConsentDraft): ConsentInput | null {
  if (draft.status === 'not-asked') return null;
  return { status: draft.status, covers: draft.status === 'given' ? draft.covers : [], on: draft.on || null };
}
