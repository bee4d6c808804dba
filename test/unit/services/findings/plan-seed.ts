/**
 * Findings, recommendations, actions and progress written straight into the rig's database: the
 * channels that make them are built in parallel with this part. Every name is invented.
 */
import { randomUUID } from 'node:crypto';
import type { ActionStatus } from '../../../../shared/findings/model';
import type { TestRig } from '../workspace/session/helpers';

type Source = { reviewId: string } | { activityId: string };

const at = '2026-11-26T09:00:00.000Z';
const db = (rig: TestRig) => rig.core.session.require().db;
const sourceColumns = (source: Source) => ['reviewId' in source ? source.reviewId : null, 'activityId' in source ? source.activityId : null];
let position = 0;

export function seedActivity(rig: TestRig, type: string, title: string, heldOn: string): string {
  const id = randomUUID();
  db(rig).prepare('INSERT INTO activities (id, type, title, held_on, lead, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)').run(id, type, title, heldOn, at, at);
  return id;
}

export function seedFinding(rig: TestRig, source: Source, statement: string, more: { pattern?: string; category?: string } = {}): string {
  const id = randomUUID();
  const category = more.category ? db(rig).prepare<[string], { id: string }>('SELECT id FROM finding_categories WHERE name = ?').get(more.category)!.id : null;
  db(rig)
    .prepare('INSERT INTO findings (id, review_id, activity_id, statement, pattern, category_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, ...sourceColumns(source), statement, more.pattern ?? null, category, position++, at, at);
  return id;
}

export function seedRecommendation(rig: TestRig, source: Source, findingIds: string[], text: string, madeOn: string): string {
  const id = randomUUID();
  db(rig)
    .prepare('INSERT INTO recommendations (id, review_id, activity_id, text, made_on, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, ...sourceColumns(source), text, madeOn, position++, at, at);
  findingIds.forEach((findingId, n) => db(rig).prepare('INSERT INTO recommendation_findings (id, recommendation_id, finding_id, position) VALUES (?, ?, ?, ?)').run(randomUUID(), id, findingId, n));
  return id;
}

export function seedAction(rig: TestRig, recommendationId: string, text: string, agency: string, due: string): string {
  const id = randomUUID();
  db(rig)
    .prepare('INSERT INTO actions (id, recommendation_id, text, lead_agency, lead_role, due_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, recommendationId, text, agency, 'Head of service', due, at, at);
  return id;
}

/** A progress update on `on`; the action's row keeps its latest, as the actions service does. */
export function seedProgress(rig: TestRig, actionId: string, on: string, status: ActionStatus, reason: string | null = null): void {
  db(rig)
    .prepare('INSERT INTO action_progress (id, action_id, on_day, status, rag, note, reason, recorded_at) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)')
    .run(randomUUID(), actionId, on, status, reason, at);
  db(rig)
    .prepare('UPDATE actions SET status = ?, status_on = ?, reason = ?, completed_on = ? WHERE id = ?')
    .run(status, on, status === 'not-implemented' ? reason : null, status === 'complete' ? on : null, actionId);
}
