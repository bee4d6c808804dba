/**
 * A review's (or an activity's) findings: a statement, the pattern in the system it shows, a
 * category and evidence from the review. Removing one that recommendations answer needs saying so
 * (`force`): the recommendations stay, saying "finding removed".
 */
import { AppError } from '../../../shared/errors';
import type { Finding, PlanSource } from '../../../shared/findings/model';
import type { EvidenceTarget, FindingAdd, FindingEdit } from '../../../shared/findings/schemas';
import { audit, patchColumns, read, timestamp, updateColumns, write, type Db, type Kernel } from '../kernel';
import { requireCategory } from './categories';
import { assertTargetInReview, insertEvidence } from './evidence';
import { getFinding, nextPosition, shownFinding, shownFindings, type StoredFinding } from './finding-repository';
import { requireSource, sourceColumns, sourceOf } from './sources';

export function listFindings(kernel: Kernel, source: PlanSource): Finding[] {
  return read(kernel, (db) => shownFindings(kernel, db, requireSource(db, source).source));
}

export function requireFinding(db: Db, id: string): StoredFinding {
  const finding = getFinding(db, id);
  if (!finding) throw new AppError('not-found', 'That finding is not in this workspace any more: it may have been removed. Look at the findings again.');
  return finding;
}

/** Evidence comes from the finding's own review; an activity's finding has none to point at. */
function checkEvidence(db: Db, source: PlanSource, targets: readonly EvidenceTarget[]): void {
  if (targets.length === 0) return;
  if (source.kind === 'activity') {
    throw new AppError('validation', 'Evidence links a finding to a review’s chronology, conversations and themes, so a finding from an activity has none. Add the finding without evidence, and describe what the activity found in its statement.');
  }
  for (const target of targets) assertTargetInReview(db, source.reviewId, target);
}

export function addFinding(kernel: Kernel, input: FindingAdd): Finding {
  return write(kernel, (db) => {
    const { source } = requireSource(db, input.source);
    if (input.categoryId) requireCategory(db, input.categoryId);
    checkEvidence(db, source, input.evidence);
    const now = timestamp(kernel);
    const id = kernel.newId();
    db.prepare(
      'INSERT INTO findings (id, review_id, activity_id, statement, pattern, category_id, position, created_at, updated_at) VALUES (@id, @review_id, @activity_id, @statement, @pattern, @category_id, @position, @now, @now)',
    ).run({ id, ...sourceColumns(source), statement: input.statement, pattern: input.pattern ?? null, category_id: input.categoryId ?? null, position: nextPosition(db, 'findings', source), now });
    for (const target of input.evidence) insertEvidence(db, kernel, id, target, now);
    audit(kernel, 'finding.added', 'finding', id);
    return shownFinding(kernel, db, id);
  });
}

export function editFinding(kernel: Kernel, patch: FindingEdit): Finding {
  return write(kernel, (db) => {
    requireFinding(db, patch.id);
    if (patch.categoryId) requireCategory(db, patch.categoryId);
    const values = patchColumns(patch, {
      statement: (value) => ['statement', value],
      pattern: (value) => ['pattern', value],
      categoryId: (value) => ['category_id', value],
    });
    if (Object.keys(values).length > 0) {
      updateColumns(db, 'findings', patch.id, values, timestamp(kernel));
      audit(kernel, 'finding.edited', 'finding', patch.id);
    }
    return shownFinding(kernel, db, patch.id);
  });
}

/** How many recommendations now say "finding removed". */
export function removeFinding(kernel: Kernel, input: { id: string; force: boolean }): { recommendations: number } {
  return write(kernel, (db) => {
    requireFinding(db, input.id);
    const recommendations = db.prepare<[string], { n: number }>('SELECT count(DISTINCT recommendation_id) AS n FROM recommendation_findings WHERE finding_id = ?').get(input.id)!.n;
    if (recommendations > 0 && !input.force) {
      const which = recommendations === 1 ? 'A recommendation answers' : `${recommendations} recommendations answer`;
      const stay = recommendations === 1 ? 'It stays, marked' : 'They stay, marked';
      throw new AppError('validation', `${which} this finding. ${stay} “finding removed”. Confirm to remove the finding (from the command line: --force).`);
    }
    db.prepare('DELETE FROM findings WHERE id = ?').run(input.id);
    audit(kernel, 'finding.removed', 'finding', input.id);
    return { recommendations };
  });
}

export function addEvidence(kernel: Kernel, input: { findingId: string; target: EvidenceTarget }): Finding {
  return write(kernel, (db) => {
    const finding = requireFinding(db, input.findingId);
    checkEvidence(db, sourceOf(finding), [input.target]);
    const id = insertEvidence(db, kernel, finding.id, input.target, timestamp(kernel));
    // Already cited: nothing changes, so nothing to record.
    if (id) audit(kernel, 'finding.evidence-added', 'finding', finding.id);
    return shownFinding(kernel, db, finding.id);
  });
}

export function removeEvidence(kernel: Kernel, id: string): Finding {
  return write(kernel, (db) => {
    const row = db.prepare<[string], { finding_id: string }>('SELECT finding_id FROM finding_evidence WHERE id = ?').get(id);
    if (!row) throw new AppError('not-found', 'That evidence is not on the finding any more. Look at the finding again.');
    db.prepare('DELETE FROM finding_evidence WHERE id = ?').run(id);
    audit(kernel, 'finding.evidence-removed', 'finding', row.finding_id);
    return shownFinding(kernel, db, row.finding_id);
  });
}
