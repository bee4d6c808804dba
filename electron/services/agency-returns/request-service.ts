/**
 * Agency requests: what the Practice Review Group asked each agency for, when it is due, the
 * chases, and what came back. Every change is one write with its audit entry; "late" and the
 * working days late are worked out on reading, from today and the bank holidays in use.
 */
import { AppError } from '../../../shared/errors';
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines';
import { isOpen, type AgencyRequest, type RequestStatus } from '../../../shared/agency-returns/model';
import type { RequestAdd, RequestEdit, RequestRecord } from '../../../shared/agency-returns/schemas';
import { audit, read, requireReview, timestamp, write, type Db, type Kernel } from '../kernel';
import { dueDate } from './due';
import { getRequest, insertChase, insertRequest, listRequests as listRows, updateRequestFields, type StoredRequest } from './request-repository';

export function listRequests(kernel: Kernel, reviewId?: string): AgencyRequest[] {
  return read(kernel, (db) => {
    if (reviewId !== undefined) requireReview(db, reviewId);
    return listRows(db, reviewId).map((request) => shown(kernel, request));
  });
}

export function addRequest(kernel: Kernel, input: RequestAdd): AgencyRequest {
  return write(kernel, (db) => {
    const review = requireReview(db, input.reviewId);
    const at = timestamp(kernel);
    const request: StoredRequest = {
      id: kernel.newId(),
      reviewId: review.id,
      agency: input.agency,
      asks: input.asks,
      sent: input.sent ?? null,
      contact: input.contact ?? null,
      ...dueDate(kernel, db, review, input.asks, input.due ?? null),
      status: 'requested',
      chases: [],
      closedOn: null,
      confirmedBy: null,
      note: input.note ?? null,
      submissionIds: [],
      createdAt: at,
      updatedAt: at,
    };
    assertDueAfterSent(request);
    insertRequest(db, request);
    audit(kernel, 'agency-request.added', 'agency-request', request.id);
    return shown(kernel, request);
  });
}

/** Writes only the fields named; a due date of null goes back to the one the rules give. */
export function editRequest(kernel: Kernel, patch: RequestEdit): AgencyRequest {
  const { id, due, ...changes } = patch;
  return write(kernel, (db) => {
    const current = requireRequest(db, id);
    const fields: Partial<StoredRequest> = Object.fromEntries(Object.entries(changes).filter((entry) => entry[1] !== undefined));
    const merged = { ...current, ...fields };
    if (due !== undefined || changes.asks !== undefined) {
      const entered = due !== undefined ? due : current.dueEntered ? current.due : null;
      Object.assign(fields, dueDate(kernel, db, requireReview(db, current.reviewId), merged.asks, entered));
    }
    const next = { ...current, ...fields };
    assertDueAfterSent(next);
    if (Object.keys(fields).length === 0) return shown(kernel, current);
    updateRequestFields(db, id, fields, timestamp(kernel));
    audit(kernel, 'agency-request.edited', 'agency-request', id);
    return shown(kernel, requireRequest(db, id));
  });
}

/** A chase, or what came back: received, a nil return (with who confirmed it), or withdrawn. */
export function recordRequest(kernel: Kernel, input: RequestRecord): AgencyRequest {
  return write(kernel, (db) => {
    const current = requireRequest(db, input.id);
    const on = input.on ?? kernel.deadlines.today();
    if (current.sent && on < current.sent) {
      throw new AppError('validation', `${formatLocalDate(parseLocalDate(on))} is before the request was sent (${formatLocalDate(parseLocalDate(current.sent))}). Check the date.`);
    }
    if (!isOpen(current.status)) {
      throw new AppError('validation', `This request is already marked “${closedWords[current.status]}”. Reopen it before recording anything else.`);
    }
    const at = timestamp(kernel);
    if (input.status === 'chased') {
      insertChase(db, current.id, { on, note: input.note ?? null });
      updateRequestFields(db, current.id, { status: 'chased' }, at);
      audit(kernel, 'agency-request.chased', 'agency-request', current.id);
    } else {
      if (input.status === 'nil-return' && !input.confirmedBy) {
        throw new AppError('validation', 'Say who confirmed the nil return (their role, and name if you wish), so the review can show the agency had no involvement.');
      }
      const note = input.note ? (current.note ? `${current.note}\n${input.note}` : input.note) : current.note;
      updateRequestFields(db, current.id, { status: input.status, closedOn: on, confirmedBy: input.status === 'nil-return' ? input.confirmedBy ?? null : null, note }, at);
      audit(kernel, `agency-request.${input.status}`, 'agency-request', current.id);
    }
    return shown(kernel, requireRequest(db, current.id));
  });
}

/** Back to waiting: a return recorded by mistake, or a withdrawn request asked again. */
export function reopenRequest(kernel: Kernel, id: string): AgencyRequest {
  return write(kernel, (db) => {
    const current = requireRequest(db, id);
    if (isOpen(current.status)) return shown(kernel, current);
    updateRequestFields(db, id, { status: current.chases.length > 0 ? 'chased' : 'requested', closedOn: null, confirmedBy: null }, timestamp(kernel));
    audit(kernel, 'agency-request.reopened', 'agency-request', id);
    return shown(kernel, requireRequest(db, id));
  });
}

const closedWords: Record<RequestStatus, string> = {
  requested: 'requested',
  chased: 'chased',
  received: 'received',
  'nil-return': 'nil return',
  withdrawn: 'withdrawn',
};

/** The stored request with what is worked out from today: late, and by how many working days. */
export function shown(kernel: Kernel, request: StoredRequest): AgencyRequest {
  const today = kernel.deadlines.today();
  const between = request.due && isOpen(request.status) && request.due < today ? kernel.deadlines.workingDaysBetween(request.due, today) : 0;
  const daysLate = Math.max(0, between ?? 0);
  // A request chased stays "chased" (the chase is what the group needs to see); an unanswered one past its day is "late".
  const late = request.status === 'requested' && request.due !== null && request.due < today;
  return { ...request, shownStatus: late ? 'late' : request.status, daysLate };
}

function assertDueAfterSent(request: Pick<StoredRequest, 'due' | 'sent' | 'dueEntered'>): void {
  if (request.due && request.sent && request.due < request.sent) {
    const due = formatLocalDate(parseLocalDate(request.due));
    const sent = formatLocalDate(parseLocalDate(request.sent));
    throw new AppError(
      'validation',
      request.dueEntered
        ? `The due date (${due}) is before the date the request was sent (${sent}). Check both dates.`
        : `The rules make this return due on ${due}, before the request was sent (${sent}). Type the due date you gave the agency.`,
    );
  }
}

export function requireRequest(db: Db, id: string): StoredRequest {
  const request = getRequest(db, id);
  if (!request) throw new AppError('not-found', 'That request is not in this workspace any more. Look at the list of requests again.');
  return request;
}

