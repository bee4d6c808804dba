/**
 * The partnership's register: every action in the workspace with where it comes from, filtered,
 * overdue first (most overdue first), then by target date, then by source. Read in a handful of
 * queries however many actions there are; the filters are applied in SQL (register-rows.ts).
 */
import { actionStatuses, type ActionStatus, type Register, type RegisterCounts, type RegisterRow } from '../../../shared/findings/model';
import type { RegisterFilter } from '../../../shared/findings/schemas';
import { read, type Db, type Kernel } from '../kernel';
import { localToday } from '../terms';
import { answeredFindings, daysOverdue, impactReviewDue, recommendationNumbers, sourceKey, sourceLabels } from './action-rows';
import { sourceOf } from './sources';
import { registerChoices, registerStored } from './register-rows';

export function actionRegister(kernel: Kernel, filter: RegisterFilter = {}): Register {
  const asOf = filter.asOf ?? localToday(kernel.now());
  return read(kernel, (db) => registerOf(db, filter, asOf));
}

export function registerOf(db: Db, filter: RegisterFilter, asOf: string): Register {
  const labels = sourceLabels(db);
  const numbers = recommendationNumbers(db);
  // Worked out once per recommendation, not once per action.
  const answered = new Map(
    [...answeredFindings(db)].map(([id, findings]) => [
      id,
      {
        finding: findings.map((finding) => (finding.findingId ? `Finding ${finding.number}: ${finding.statement}` : 'Finding removed')).join('; '),
        categories: [...new Set(findings.flatMap((finding) => (finding.category ? [finding.category] : [])))],
      },
    ]),
  );
  const rows: RegisterRow[] = registerStored(db, filter, asOf).map((row) => {
    const findings = answered.get(row.recommendation_id);
    return {
      id: row.id,
      source: sourceOf(row),
      sourceLabel: labels.get(sourceKey(row)) ?? '',
      recommendationId: row.recommendation_id,
      recommendationNumber: numbers.get(row.recommendation_id) ?? 0,
      recommendation: row.recommendation,
      finding: findings?.finding ?? '',
      categories: findings?.categories ?? [],
      text: row.text,
      agency: row.lead_agency,
      leadRole: row.lead_role,
      due: row.due_on,
      measure: row.measure,
      status: row.status,
      rag: row.rag,
      statusOn: row.status_on,
      completedOn: row.completed_on,
      daysOverdue: daysOverdue(row, asOf),
      impactReviewDue: impactReviewDue(row, asOf),
    };
  });
  rows.sort(registerOrder);
  return { asOf, rows, counts: countsOf(rows), choices: choicesOf(db, labels) };
}

// One collator for every comparison: making one per call (localeCompare with a locale) is slow at 10,000 rows.
const collator = new Intl.Collator('en-GB');
const byWords = (a: string, b: string) => collator.compare(a, b);

function registerOrder(a: RegisterRow, b: RegisterRow): number {
  if (a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue;
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.sourceLabel !== b.sourceLabel) return byWords(a.sourceLabel, b.sourceLabel);
  return a.recommendationNumber - b.recommendationNumber;
}

function countsOf(rows: RegisterRow[]): RegisterCounts {
  const byStatus = Object.fromEntries(actionStatuses.map((status) => [status, 0])) as Record<ActionStatus, number>;
  const agencies = new Map<string, { agency: string; total: number; overdue: number; atRisk: number; complete: number }>();
  for (const row of rows) {
    byStatus[row.status] += 1;
    const key = row.agency.toLowerCase();
    const line = agencies.get(key) ?? { agency: row.agency, total: 0, overdue: 0, atRisk: 0, complete: 0 };
    line.total += 1;
    if (row.daysOverdue > 0) line.overdue += 1;
    if (row.status === 'at-risk' || row.status === 'off-track') line.atRisk += 1;
    if (row.status === 'complete') line.complete += 1;
    agencies.set(key, line);
  }
  return {
    total: rows.length,
    overdue: rows.filter((row) => row.daysOverdue > 0).length,
    byStatus,
    byAgency: [...agencies.values()].sort((a, b) => byWords(a.agency, b.agency)),
  };
}

function choicesOf(db: Db, labels: Map<string, string>): Register['choices'] {
  const { agencies, sources, categories } = registerChoices(db);
  const labelled = sources.map((source) => ({ source, label: labels.get(source.kind === 'review' ? source.reviewId : source.activityId) ?? '' }));
  return { agencies: agencies.sort(byWords), sources: labelled.sort((a, b) => byWords(a.label, b.label)), categories: categories.sort(byWords) };
}

/** Each recommendation's first finding (its id; null when that finding was removed), for the CLI's list. */
export function firstFindingIds(kernel: Kernel): Map<string, string | null> {
  return read(kernel, (db) => new Map([...answeredFindings(db)].map(([id, findings]) => [id, findings[0]?.findingId ?? null])));
}
