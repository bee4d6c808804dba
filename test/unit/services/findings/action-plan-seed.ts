/**
 * A plan to follow: two reviews (one with a people register) and a multi-agency audit, their
 * findings and recommendations written straight into the workspace (the findings channels are
 * another part's), and five actions added through the channels. Every name is invented.
 */
import { call } from '../reviews/helpers';
import type { Db } from '../../../../electron/services/kernel';
import type { TestRig } from '../workspace/session/helpers';

type Source = { review: string } | { activity: string };

/** Writes findings and recommendations straight into an open workspace's database. */
export function seedSql(db: Db) {
  const now = '2026-11-01T09:00:00.000Z';
  let position = 0;
  const columns = (source: Source) => ('review' in source ? [source.review, null] : [null, source.activity]);
  return {
    db,
    activity(id: string, title: string) {
      db.prepare("INSERT INTO activities (id, type, title, held_on, lead, created_at, updated_at) VALUES (?, 'audit', ?, '2026-01-05', NULL, ?, ?)").run(id, title, now, now);
    },
    finding(id: string, source: Source, statement: string, category: string | null) {
      db.prepare('INSERT INTO findings (id, review_id, activity_id, statement, pattern, category_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)').run(
        id,
        ...columns(source),
        statement,
        category,
        ++position,
        now,
        now,
      );
    },
    recommendation(id: string, source: Source, text: string, madeOn: string, findingIds: string[]) {
      db.prepare('INSERT INTO recommendations (id, review_id, activity_id, text, made_on, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(id, ...columns(source), text, madeOn, ++position, now, now);
      findingIds.forEach((findingId, index) => db.prepare('INSERT INTO recommendation_findings (id, recommendation_id, finding_id, position) VALUES (?, ?, ?, ?)').run(`${id}-${index}`, id, findingId, index));
    },
  };
}

export const childName = 'Tobias Fairweather';

/** The rig's today is Thu 26 Nov 2026. */
export async function seededPlan(rig: TestRig) {
  const q = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child Q', subject: 'Child Q', rules: 'wt2023', dates: { aware: '2026-06-01' } });
  await call(rig, 'people:add', { reviewId: q.id, name: childName, role: 'child', pseudonym: 'Child Q' });
  const m = await call(rig, 'review:create', { type: 'rapid-review', title: 'Rapid review: Child M', subject: 'Child M', dates: { aware: '2026-02-01' } });
  const sql = seedSql(rig.core.session.require().db);
  sql.activity('audit-1', 'Neglect audit 2026');
  sql.finding('fq1', { review: q.id }, 'The school’s concerns were not passed to the health visitor.', 'category-information-sharing');
  sql.finding('fq2', { review: q.id }, 'Supervision did not test the plan for Tobias Fairweather.', 'category-supervision');
  sql.finding('fm1', { review: m.id }, 'Disagreements were not escalated.', 'category-escalation');
  sql.finding('fa1', { activity: 'audit-1' }, 'Assessments did not use the neglect tool.', 'category-assessment');
  sql.recommendation('rq1', { review: q.id }, 'Agencies share concerns about Tobias Fairweather the same day.', '2026-06-01', ['fq1', 'fq2']);
  sql.recommendation('rq2', { review: q.id }, 'Supervision tests every child protection plan.', '2026-06-01', ['fq2']);
  sql.recommendation('rm1', { review: m.id }, 'Use the escalation policy.', '2026-03-01', ['fm1']);
  sql.recommendation('ra1', { activity: 'audit-1' }, 'Use the neglect tool in every assessment.', '2026-01-10', ['fa1']);
  const add = (recommendationId: string, text: string, agency: string, due: string) =>
    call(rig, 'actions:add', { recommendationId, text, agency, leadRole: 'Head of Safeguarding', due, measure: 'An audit in six months shows it happens.' });
  const a1 = await add('rq1', 'Write a same-day information sharing protocol for Tobias Fairweather’s school.', 'Police', '2026-10-01');
  const a2 = await add('rq2', 'Train supervisors to test plans.', 'Children’s Services', '2026-11-20');
  const a3 = await add('rm1', 'Brief every team on the escalation policy.', 'police', '2027-03-31');
  const a4 = await add('ra1', 'Put the neglect tool in the assessment form.', 'Community Health', '2026-09-01');
  const a5 = await add('ra1', 'Audit use of the neglect tool.', 'Police', '2027-01-15');
  await call(rig, 'actions:progress', { id: a2.id, status: 'at-risk', rag: 'amber', note: 'Training dates moved to December.', on: '2026-11-10' });
  await call(rig, 'actions:progress', { id: a3.id, status: 'on-track', rag: 'green', on: '2026-11-02' });
  await call(rig, 'actions:progress', { id: a4.id, status: 'complete', rag: 'green', on: '2026-08-20' });
  await call(rig, 'actions:progress', { id: a5.id, status: 'off-track', rag: 'red', note: 'No auditor yet.', on: '2026-11-12' });
  return { q, m, sql, actions: { a1, a2, a3, a4, a5 } };
}
