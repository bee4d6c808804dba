/**
 * The annual report tables: for a year, each review's (and activity's) findings and what was done
 * about each, with reasons where not.
 *
 * What a year covers (the rule): year Y is the partnership's reporting year, 1 April Y to
 * 31 March Y+1 ("2026 to 2027"). A finding is reported in it when a recommendation answering it was
 * made by the year's end and either its actions were not all closed (complete or not implemented)
 * before the year began, or one of them had a progress update during the year. A review or activity
 * is included when one of its findings is; its findings without a recommendation are listed with
 * "No recommendation made". Each action's status is as at the year's end: the latest progress
 * update on or before 31 March Y+1 ("Not started" when there is none), so later updates do not
 * rewrite a past year's report.
 */
import { actionStatusWords, closedStatuses, type ActionStatus, type AnnualReport, type PlanSource } from '../../../shared/findings/model';
import { read, type Db, type Kernel } from '../kernel';
import { allActions, allFindings, allProgress, allRecommendations, type PlanAction, type PlanFinding, type PlanProgress, type PlanRecommendation } from './plan-read';
import { sourceLabel } from './sources';

export type AnnualAction = AnnualReport['sources'][number]['findings'][number]['actions'][number] & { recommendation: string };
export type AnnualFinding = Omit<AnnualReport['sources'][number]['findings'][number], 'actions'> & { id: string; pattern: string | null; actions: AnnualAction[] };
export type AnnualSource = Omit<AnnualReport['sources'][number], 'findings'> & { findings: AnnualFinding[] };
/** The report with what its exports also need: each action's recommendation and each finding's pattern. */
export interface AnnualTables extends AnnualReport {
  sources: AnnualSource[];
  /** YYYY-MM-DD: 1 April of the year and 31 March of the next. */
  starts: string;
  ends: string;
}

/** "2026 to 2027" */
export const yearWords = (year: number) => `${year} to ${year + 1}`;

interface StatusAt {
  status: ActionStatus;
  on: string | null;
  reason: string | null;
}

/** The latest update on or before `day` (updates come oldest first). */
function statusAt(updates: PlanProgress[], day: string): StatusAt {
  let latest: PlanProgress | null = null;
  for (const update of updates) if (update.on <= day) latest = update;
  return latest ? { status: latest.status, on: latest.on, reason: latest.reason } : { status: 'not-started', on: null, reason: null };
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function annualReport(kernel: Kernel, year: number): AnnualTables {
  return read(kernel, (db) => annualTables(db, year));
}

export function annualTables(db: Db, year: number): AnnualTables {
  const starts = `${year}-04-01`;
  const ends = `${year + 1}-03-31`;
  const before = dayBefore(starts);
  const recommendations = allRecommendations(db).filter((recommendation) => recommendation.madeOn <= ends);
  const actions = allActions(db);
  const progress = new Map<string, PlanProgress[]>();
  for (const update of allProgress(db)) progress.set(update.actionId, [...(progress.get(update.actionId) ?? []), update]);

  const reported = (finding: PlanFinding, answering: PlanRecommendation[], its: PlanAction[]): boolean => {
    if (answering.length === 0) return false;
    const openBefore = its.length === 0 || its.some((action) => !closedStatuses.includes(statusAt(progress.get(action.id) ?? [], before).status));
    const updatedInYear = its.some((action) => (progress.get(action.id) ?? []).some((update) => update.on >= starts && update.on <= ends));
    return openBefore || updatedInYear;
  };

  const bySource = new Map<string, { source: PlanSource; findings: Array<{ finding: PlanFinding; answering: PlanRecommendation[]; its: PlanAction[]; reported: boolean }> }>();
  for (const finding of allFindings(db)) {
    const answering = recommendations.filter((recommendation) => recommendation.findingIds.includes(finding.id));
    const its = actions.filter((action) => answering.some((recommendation) => recommendation.id === action.recommendationId));
    const key = finding.source.kind === 'review' ? finding.source.reviewId : finding.source.activityId;
    const entry = bySource.get(key) ?? { source: finding.source, findings: [] };
    entry.findings.push({ finding, answering, its, reported: reported(finding, answering, its) });
    bySource.set(key, entry);
  }

  const sources: AnnualSource[] = [];
  for (const { source, findings } of bySource.values()) {
    if (!findings.some((row) => row.reported)) continue;
    sources.push({
      source,
      label: sourceLabel(db, source),
      findings: findings
        .filter((row) => row.reported || row.answering.length === 0)
        .map(({ finding, answering, its }) => {
          const shown = its.map((action): AnnualAction => {
            const at = statusAt(progress.get(action.id) ?? [], ends);
            return {
              text: action.text,
              agency: action.agency,
              status: at.status,
              completedOn: at.status === 'complete' ? at.on : null,
              reason: at.status === 'not-implemented' ? at.reason : null,
              recommendation: answering.find((recommendation) => recommendation.id === action.recommendationId)!.text,
            };
          });
          return { id: finding.id, number: finding.number, statement: finding.statement, pattern: finding.pattern, category: finding.category, outcome: outcome(answering.length, shown), actions: shown };
        }),
    });
  }
  sources.sort((a, b) => (a.source.kind === b.source.kind ? a.label.localeCompare(b.label, 'en-GB') : a.source.kind === 'review' ? -1 : 1));
  return { year, starts, ends, sources };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 of 3 actions complete; 1 not implemented: the service was recommissioned" */
export function outcome(recommendations: number, actions: AnnualAction[]): string {
  if (recommendations === 0) return 'No recommendation made';
  if (actions.length === 0) return `${count(recommendations, 'recommendation')} made; no actions agreed yet`;
  const complete = actions.filter((action) => action.status === 'complete').length;
  const parts = [`${complete} of ${count(actions.length, 'action')} complete`];
  const notImplemented = actions.filter((action) => action.status === 'not-implemented');
  if (notImplemented.length > 0) parts.push(`${notImplemented.length} not implemented: ${notImplemented.map((action) => action.reason ?? 'no reason given').join('; ')}`);
  const open = actions.filter((action) => !closedStatuses.includes(action.status));
  for (const status of ['on-track', 'at-risk', 'off-track', 'not-started'] as const) {
    const n = open.filter((action) => action.status === status).length;
    if (n > 0) parts.push(`${n} ${actionStatusWords[status].toLowerCase()}`);
  }
  return parts.join('; ');
}
