/**
 * The unit of work every domain stands on: the open workspace session, a clock, fresh ids, a
 * read or an all-or-nothing write, and the audit entry that goes with a change.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { DocJson } from '../../../shared/documents/model';
import type { Db } from '../sqlite';
import type { AuditAction, WorkspaceSession } from '../workspace';
import { Jobs } from '../jobs';
import { createDeadlineSource, type DeadlineSource } from './deadlines';

/** A chronology file imported for an agency (inside the import's write). */
export interface SubmissionImported {
  reviewId: string;
  agency: string;
  submissionId: string;
}

/** A document's text changed (a save or a restored version), inside that write. */
export interface DocumentSaved {
  documentId: string;
  content: DocJson;
}

/**
 * What one domain tells the others without importing them: each hook runs inside the write that
 * caused it, so its change commits (or rolls back) with that write. Registered by the core.
 */
export interface KernelHooks {
  /** Returns the agency request the file answered, if any (agency-returns registers it). */
  submissionImported: Array<(db: Db, event: SubmissionImported) => { requestId: string } | null>;
  /** Interviews registers it: a conversation's excerpts are found again in its notes as saved. */
  documentSaved: Array<(db: Db, event: DocumentSaved) => void>;
}

export interface Kernel {
  session: WorkspaceSession;
  now: () => Date;
  newId: () => string;
  /** A review's statutory deadlines, counted with the bank holidays in use. */
  deadlines: DeadlineSource;
  /** Long operations with progress and cancel (../jobs.ts). */
  jobs: Jobs;
  hooks: KernelHooks;
}

export function createKernel(session: WorkspaceSession, now: () => Date, overrides: Partial<Omit<Kernel, 'session' | 'now'>> = {}): Kernel {
  return { session, now, newId: randomUUID, deadlines: createDeadlineSource(undefined, now), jobs: new Jobs(() => {}), hooks: { submissionImported: [], documentSaved: [] }, ...overrides };
}

/**
 * Runs `work` against the unlocked workspace in one IMMEDIATE transaction: the change and its
 * audit row (session.audit joins the transaction) commit together or not at all.
 */
export function write<T>(kernel: Kernel, work: (db: Db) => T): T {
  const { db } = kernel.session.require();
  return db.transaction(() => work(db)).immediate();
}

export function read<T>(kernel: Kernel, work: (db: Db) => T): T {
  return work(kernel.session.require().db);
}

export function timestamp(kernel: Kernel): string {
  return kernel.now().toISOString();
}

/** Records who did what to which entity (ids only); call inside `write` so it commits with the change. */
export function audit(kernel: Kernel, action: AuditAction, entityType: string, entityId?: string | null): void {
  kernel.session.audit(action, entityType, entityId);
}

export function notFound(what: 'review' | 'person' | 'escalation'): AppError {
  const messages = {
    review: 'No review with that id is in this workspace: it may have been removed. Look at the list of reviews again.',
    person: 'That person is not in the people register any more: they may have been removed. Look at the list again.',
    escalation: 'No escalation with that id is in this workspace. Look at the list of escalations again.',
  };
  return new AppError('not-found', messages[what]);
}
