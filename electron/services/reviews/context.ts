/** What the reviews register's services need: the session, a clock, fresh ids and the deadline engine. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Db } from '../sqlite';
import type { WorkspaceSession } from '../workspace/session/session';
import { createDeadlineSource, type DeadlineSource } from './deadlines';

export interface RegisterContext {
  session: WorkspaceSession;
  now: () => Date;
  newId: () => string;
  deadlines: DeadlineSource;
}

export function createRegisterContext(session: WorkspaceSession, now: () => Date, overrides: Partial<RegisterContext> = {}): RegisterContext {
  return { session, now, newId: randomUUID, deadlines: createDeadlineSource(undefined, now), ...overrides };
}

/**
 * Runs `work` against the unlocked workspace in one IMMEDIATE transaction: the change and its
 * audit row (session.audit joins the transaction) commit together or not at all.
 */
export function write<T>(context: RegisterContext, work: (db: Db) => T): T {
  const { db } = context.session.require();
  return db.transaction(() => work(db)).immediate();
}

export function read<T>(context: RegisterContext, work: (db: Db) => T): T {
  return work(context.session.require().db);
}

export function timestamp(context: RegisterContext): string {
  return context.now().toISOString();
}

export function notFound(what: 'review' | 'person' | 'escalation'): AppError {
  const messages = {
    review: 'No review with that id is in this workspace: it may have been removed. Look at the list of reviews again.',
    person: 'That person is not in the people register any more: they may have been removed. Look at the list again.',
    escalation: 'No escalation with that id is in this workspace. Look at the list of escalations again.',
  };
  return new AppError('not-found', messages[what]);
}
