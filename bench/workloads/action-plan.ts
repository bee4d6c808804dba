/**
 * The partnership's action plan at the scale the issue names: 50 reviews, 1,000 findings, 10,000
 * actions with 50,000 progress updates (five each). Figures: the register opened (every action,
 * through dispatch), filtered by agency and to the overdue, and the anonymised register workbook
 * through the whole export path (names check, render, leak check, write).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliPorts } from '../../electron/cli/ports';
import { createCore, dispatch, type Core } from '../../electron/services';
import { deliverExport } from '../../electron/services/exports';
import { productFor } from '../../electron/services/handlers/exports';
import { write } from '../../electron/services/kernel';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract';
import { elapsedMs, type Figure } from '../harness';

let dir: string;
let core: Core;

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const agencies = ['Children’s Services', 'Police', 'Community Health', 'Education', 'Probation', 'Adult Social Care', 'Housing', 'Mental Health Trust'];
const statuses = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'] as const;
const rags = ['green', 'amber', 'red'] as const;
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

async function open(): Promise<void> {
  dir = mkdtempSync(path.join(tmpdir(), 'prw-bench-actions-'));
  core = createCore(cliPorts(), { kdfParams: { N: 2 ** 12, r: 8, p: 1 } });
  await core.session.create(dir, 'Bench', 'bench passphrase for the action plan');
  const reviews: string[] = [];
  for (let r = 0; r < 50; r++) {
    const review = await call('review:create', { type: 'lcspr', title: `LCSPR: Child ${r + 1}`, subject: `Child ${r + 1}` });
    await call('people:add', { reviewId: review.id, name: `Tobias Fairweather${r}`, role: 'child', pseudonym: `Child ${r + 1}` });
    reviews.push(review.id);
  }
  const at = new Date().toISOString();
  write(core.kernel, (db) => {
    const finding = db.prepare('INSERT INTO findings (id, review_id, statement, pattern, category_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const recommendation = db.prepare('INSERT INTO recommendations (id, review_id, text, addressed_to, made_on, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const answers = db.prepare('INSERT INTO recommendation_findings (id, recommendation_id, finding_id, position) VALUES (?, ?, ?, 1)');
    const action = db.prepare(
      `INSERT INTO actions (id, recommendation_id, text, lead_agency, lead_role, due_on, measure, status, rag, status_on, completed_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'Head of Safeguarding', ?, 'Audit shows the change in practice', ?, ?, ?, ?, ?, ?)`,
    );
    const progress = db.prepare('INSERT INTO action_progress (id, action_id, on_day, status, rag, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const categories = db.prepare<[], { id: string }>('SELECT id FROM finding_categories ORDER BY position').all();
    let a = 0;
    for (let f = 0; f < 1000; f++) {
      const reviewId = reviews[f % 50]!;
      const findingId = `finding-${f}`;
      finding.run(findingId, reviewId, `Finding ${f + 1}: information about the family was not shared between agencies in time.`, 'Agencies rely on referrals rather than conversations.', categories[f % categories.length]!.id, Math.floor(f / 50) + 1, at, at);
      // Two recommendations a finding, five actions each: 10,000 actions.
      for (let k = 0; k < 2; k++) {
        const recommendationId = `recommendation-${f}-${k}`;
        recommendation.run(recommendationId, reviewId, `Recommendation ${k + 1}: the partnership should make sure agencies share what they know.`, JSON.stringify([agencies[(f + k) % 8]]), day(f % 200), k + 1, at, at);
        answers.run(`answer-${f}-${k}`, recommendationId, findingId);
        for (let n = 0; n < 5; n++, a++) {
          const status = statuses[a % 5]!;
          const last = day((f % 200) + 40 + n * 30);
          action.run(`action-${a}`, recommendationId, `Action ${a + 1}: train staff in the multi-agency information-sharing protocol.`, agencies[a % 8], day((f % 200) + 200 + n * 60), status, rags[a % 3], last, status === 'complete' ? last : null, at, at);
          for (let p = 0; p < 5; p++) progress.run(`progress-${a}-${p}`, `action-${a}`, day((f % 200) + 40 + p * 30), p === 4 ? status : 'on-track', rags[(a + p) % 3], 'Training dates set; two of four sessions held.', at);
        }
      }
    }
  });
}

async function close(): Promise<void> {
  await core.shutdown();
  rmSync(dir, { recursive: true, force: true });
}

export const figures: Figure[] = [
  {
    name: '10,000 actions, 50,000 updates: open the register (every action, through dispatch)',
    unit: 'ms',
    runs: 7,
    setup: open,
    measure: async () => {
      const start = process.hrtime.bigint();
      const register = await call('actions:register', { asOf: '2026-12-07' });
      const ms = elapsedMs(start);
      if (register.rows.length !== 10_000) throw new Error(`${register.rows.length} rows`);
      return ms;
    },
  },
  {
    name: '10,000 actions, 50,000 updates: the register filtered to one agency',
    unit: 'ms',
    runs: 7,
    measure: async () => {
      const start = process.hrtime.bigint();
      const register = await call('actions:register', { asOf: '2026-12-07', agency: 'Police' });
      const ms = elapsedMs(start);
      if (register.rows.length !== 1250) throw new Error(`${register.rows.length} rows`);
      return ms;
    },
  },
  {
    name: '10,000 actions, 50,000 updates: the register filtered to the overdue',
    unit: 'ms',
    runs: 7,
    measure: async () => {
      const start = process.hrtime.bigint();
      await call('actions:register', { asOf: '2026-12-07', overdue: true });
      return elapsedMs(start);
    },
  },
  {
    name: '10,000 actions: the register workbook through the export path (anonymised; names check, render, leak check, write)',
    unit: 'ms',
    runs: 3,
    measure: async () => {
      const start = process.hrtime.bigint();
      await deliverExport(core.kernel, productFor(core.kernel, { kind: 'action-register', format: 'xlsx', filter: { asOf: '2026-12-07' } }), path.join(dir, 'action-plan.xlsx'));
      return elapsedMs(start);
    },
    teardown: close,
  },
];
