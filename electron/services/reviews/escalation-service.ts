/**
 * Escalations under the case resolution protocol. A stage's due date comes from the deadline
 * engine's `escalation-stage-N` rule (stage 1: 2 working days, 2: 5, 3: 2, counted from the day
 * the stage began); a date the user enters instead wins and is marked "entered". Stage 4, an
 * independently chaired meeting, has no clock.
 */
import { AppError } from '../../../shared/errors';
import type { EscalationStage } from '../../../shared/reviews/catalogue';
import type { EscalationAdd, EscalationPatch } from '../../../shared/reviews/schemas';
import type { Escalation } from '../../../shared/reviews/types';
import type { Db } from '../sqlite';
import { type Kernel, notFound, read, requireReview, timestamp, write } from '../kernel';
import { getEscalation, insertEscalation, listEscalations as listRows, updateEscalationFields } from './escalation-repository';

export const enteredRule = 'entered';

export function listEscalations(context: Kernel, reviewId?: string): Escalation[] {
  return read(context, (db) => {
    if (reviewId !== undefined) requireReview(db, reviewId);
    return listRows(db, reviewId);
  });
}

export function addEscalation(context: Kernel, input: EscalationAdd): Escalation {
  return write(context, (db) => {
    if (input.reviewId !== undefined) requireReview(db, input.reviewId);
    const at = timestamp(context);
    const stageStartedOn = input.stageStartedOn ?? input.raisedOn;
    const escalation: Escalation = {
      id: context.newId(),
      reviewId: input.reviewId ?? null,
      stage: input.stage,
      raisedBy: input.raisedBy,
      agencies: input.agencies,
      issue: input.issue,
      raisedOn: input.raisedOn,
      stageStartedOn,
      ...dueDate(context, input.stage, stageStartedOn, input.stageDue ?? null),
      outcome: input.outcome ?? null,
      resolvedOn: input.resolvedOn ?? null,
      createdAt: at,
      updatedAt: at,
    };
    assertDatesInOrder(escalation);
    insertEscalation(db, escalation);
    context.session.audit('escalation.added', 'escalation', escalation.id);
    return escalation;
  });
}

/**
 * Writes only the fields named. Moving to another stage needs the day it began, and works the due
 * date out again; `stageDue: null` drops an entered date in favour of the rule's.
 */
export function updateEscalation(context: Kernel, patch: EscalationPatch): Escalation {
  const { id, ...changes } = patch;
  return write(context, (db) => {
    const current = requireEscalation(db, id);
    if (changes.reviewId) requireReview(db, changes.reviewId);
    if (changes.stage !== undefined && changes.stage !== current.stage && changes.stageStartedOn === undefined) {
      throw new AppError('validation', `Give the date the escalation moved to stage ${changes.stage}: its due date counts from that day.`);
    }
    const fields: Partial<Escalation> = Object.fromEntries(Object.entries(changes).filter((entry) => entry[1] !== undefined));
    const merged: Escalation = { ...current, ...fields };
    if (changes.stage !== undefined || changes.stageStartedOn !== undefined || changes.stageDue !== undefined) {
      const entered = changes.stageDue !== undefined ? changes.stageDue : current.stageDueRule === enteredRule ? current.stageDue : null;
      Object.assign(fields, dueDate(context, merged.stage, merged.stageStartedOn, entered));
    }
    assertDatesInOrder({ ...merged, ...fields });
    if (Object.keys(fields).length === 0) return current;
    updateEscalationFields(db, id, fields, timestamp(context));
    context.session.audit('escalation.updated', 'escalation', id);
    return requireEscalation(db, id);
  });
}

function dueDate(context: Kernel, stage: EscalationStage, stageStartedOn: string, entered: string | null): Pick<Escalation, 'stageDue' | 'stageDueRule'> {
  if (entered) return { stageDue: entered, stageDueRule: enteredRule };
  const computed = context.deadlines.escalationDue(stage, stageStartedOn);
  return computed ? { stageDue: computed.due, stageDueRule: computed.rule } : { stageDue: null, stageDueRule: null };
}

function assertDatesInOrder(escalation: Escalation): void {
  const { raisedOn, stageStartedOn, stageDue, resolvedOn } = escalation;
  if (stageStartedOn < raisedOn) {
    throw new AppError('validation', `The day this stage began (${stageStartedOn}) is before the escalation was raised (${raisedOn}). Check both dates.`);
  }
  if (stageDue && stageDue < stageStartedOn) {
    throw new AppError('validation', `The stage due date (${stageDue}) is before the stage began (${stageStartedOn}). Check both dates.`);
  }
  if (resolvedOn && resolvedOn < raisedOn) {
    throw new AppError('validation', `The date it was resolved (${resolvedOn}) is before it was raised (${raisedOn}). Check both dates.`);
  }
}

function requireEscalation(db: Db, id: string): Escalation {
  const escalation = getEscalation(db, id);
  if (!escalation) throw notFound('escalation');
  return escalation;
}
