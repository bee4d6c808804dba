/**
 * A wrong import undone (issue #15): a submission removed with a reason takes its entries and
 * rejected rows out of the review, can be brought back until the next import, and a corrected
 * file (or the same one) can then be imported. A blank rejected row can be dismissed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';
import { addHartwellReview, importFile } from './helpers';

const workspace = useWorkspace();

const list = (reviewId: string) => call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });

async function threeFiles() {
  const reviewId = await addHartwellReview(workspace.rig);
  const police = await importFile(workspace.rig, reviewId, 'police.csv');
  const health = await importFile(workspace.rig, reviewId, 'health-visiting.xlsx');
  await importFile(workspace.rig, reviewId, 'gp.tsv');
  return { reviewId, police: police.submissionId, health: health.submissionId };
}

describe('removing a submission', () => {
  it('takes its entries and rejected rows out of the review, and Undo removal brings them back', async () => {
    const { reviewId, health } = await threeFiles();
    expect((await list(reviewId)).total).toBe(19);
    expect(await call(workspace.rig, 'chronology:rejected', { reviewId })).toHaveLength(1);
    const seq = lastAuditSeq(workspace.rig);

    const removed = await call(workspace.rig, 'chronology:remove-submission', { id: health, reason: 'Sent for the wrong child' });
    expect(removed.removed).toEqual({ at: expect.any(String), by: workspace.rig.core.session.actor(), reason: 'Sent for the wrong child', undoable: true });
    const after = await list(reviewId);
    expect(after.total).toBe(12);
    expect(after.entries.some((entry) => entry.provenance.file === 'health-visiting.xlsx')).toBe(false);
    expect(after.agencies).not.toContain('Health Visiting');
    expect(await call(workspace.rig, 'chronology:rejected', { reviewId })).toEqual([]);
    // Its entries cannot be changed while it is out.
    const healthEntry = (await workspace.rig.core.session.require().db.prepare('SELECT id FROM chronology_entries WHERE submission_id = ? LIMIT 1').pluck().get(health)) as string;
    expect((await failure(workspace.rig, 'chronology:delete-entry', { id: healthEntry, reason: 'x' })).message).toMatch(/health-visiting\.xlsx, which has been removed/);

    await call(workspace.rig, 'chronology:undo-removal', { id: health });
    expect((await list(reviewId)).total).toBe(19);
    expect(await call(workspace.rig, 'chronology:rejected', { reviewId })).toHaveLength(1);
    expect(auditSince(workspace.rig, seq).map((row) => [row.action, row.entity_type, row.entity_id])).toEqual([
      ['chronology.submission-removed', 'chronology-submission', health],
      ['chronology.submission-restored', 'chronology-submission', health],
    ]);
  });

  it('can no longer be undone once another file is imported, and the removed file can be imported again', async () => {
    const { reviewId, police } = await threeFiles();
    await call(workspace.rig, 'chronology:remove-submission', { id: police, reason: 'Replaced by a corrected file' });
    // The same bytes again: no longer refused, as the review does not have them any more.
    await importFile(workspace.rig, reviewId, 'police.csv');
    const submissions = await call(workspace.rig, 'chronology:submissions', { reviewId });
    expect(submissions.find((submission) => submission.id === police)!.removed).toMatchObject({ undoable: false });
    const error = await failure(workspace.rig, 'chronology:undo-removal', { id: police });
    expect(error.message).toMatch(/can no longer be undone: another file has been imported/);
    expect((await list(reviewId)).total).toBe(19);
  });

  it('needs a reason, and says so of an id it does not know', async () => {
    const { reviewId, police } = await threeFiles();
    expect((await failure(workspace.rig, 'chronology:remove-submission', { id: police, reason: ' ' })).code).toBe('validation');
    expect((await failure(workspace.rig, 'chronology:remove-submission', { id: 'nope', reason: 'Wrong file' })).message).toMatch(/no agency submission with that id/);
    expect((await list(reviewId)).total).toBe(19);
  });
});

describe('dismissing a rejected row', () => {
  it('dismisses a blank row with the reason "blank row", and refuses to dismiss one with content', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    await importFile(workspace.rig, reviewId, 'health-visiting.xlsx');
    const file = path.join(workspace.rig.dataDir, 'early-help.csv');
    writeFileSync(file, 'Date,Event\r\n31/02/2019,Home visit\r\n');
    await importFile(workspace.rig, reviewId, file, 'Early Help');
    const rows = await call(workspace.rig, 'chronology:rejected', { reviewId });
    const blank = rows.find((row) => row.fileName === 'health-visiting.xlsx')!;
    const dated = rows.find((row) => row.fileName === 'early-help.csv')!;

    const refused = await failure(workspace.rig, 'chronology:dismiss-rejected', { id: dated.id });
    expect(refused.message).toMatch(/is not blank/);
    await call(workspace.rig, 'chronology:dismiss-rejected', { id: blank.id });
    expect((await call(workspace.rig, 'chronology:rejected', { reviewId })).map((row) => row.id)).toEqual([dated.id]);
    const stored = workspace.rig.core.session.require().db.prepare('SELECT dismissed_reason FROM chronology_rejected WHERE id = ?').pluck().get(blank.id);
    expect(stored).toBe('blank row');
    expect((await failure(workspace.rig, 'chronology:fix-rejected', { id: blank.id, values: {} })).message).toMatch(/already been fixed or removed/);
  });
});
