/**
 * Replacing a submission with the agency's corrected file: the new file's entries come in and
 * the old file's go out in one write, the old one kept and marked "Replaced by …", the removal
 * undoable until the next import and recorded in the audit log. A file that cannot be replaced
 * is refused before anything is read or written.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, failure, useWorkspace } from '../reviews/helpers';
import { addHartwellReview, choose, importFile } from './helpers';

const workspace = useWorkspace();

/** The agency's corrected file: the same columns, one entry fewer and one put right. */
function correctedGp(): string {
  const file = path.join(workspace.rig.dataDir, 'gp-corrected.tsv');
  writeFileSync(
    file,
    ['Date\tAgency\tEvent\tAction', '03/12/2018\tGP\tHV call: EPDS 14, mother declined appointment.\tLetter sent', '14/01/2019\tGP\tSurgery appointment: mother attended with baby.\tEPDS repeated'].join('\n'),
  );
  return file;
}

async function importReplacing(reviewId: string, file: string, replaces: string) {
  const [token] = await choose(workspace.rig, reviewId, file);
  const inspection = await call(workspace.rig, 'chronology:inspect', { token: token! });
  return call(workspace.rig, 'chronology:import', { reviewId, token: token!, headerIndex: inspection.headerIndex, mapping: inspection.mapping, agency: 'GP', jobId: randomUUID(), saveFormat: false, replaces });
}

describe('replacing a submission with a corrected file', () => {
  it('brings the new entries in and takes the old ones out in one go, keeping the old file marked as replaced', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    await importFile(workspace.rig, reviewId, 'gp.tsv');
    const [old] = await call(workspace.rig, 'chronology:submissions', { reviewId });
    const result = await importReplacing(reviewId, correctedGp(), old!.id);
    expect(result.imported).toBe(2);
    expect(result.replaced).toEqual({ id: old!.id, fileName: 'gp.tsv' });

    const list = await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });
    expect(list.total).toBe(2);
    expect(list.entries.every((entry) => entry.provenance.file === 'gp-corrected.tsv')).toBe(true);
    const submissions = await call(workspace.rig, 'chronology:submissions', { reviewId });
    const replaced = submissions.find((submission) => submission.id === old!.id)!;
    expect(replaced.removed).toMatchObject({ reason: 'Replaced by gp-corrected.tsv', undoable: true });
    const audit = await call(workspace.rig, 'audit:list', {});
    expect(audit.rows.map((row) => row.what)).toEqual(expect.arrayContaining(['Replaced a chronology submission with a corrected file']));

    // Undone by mistake or on purpose: the old file's entries are back beside the new.
    await call(workspace.rig, 'chronology:undo-removal', { id: old!.id });
    expect((await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false })).total).toBe(6);
  });

  it('refuses to replace a file already removed, or one from another review, and imports nothing', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    await importFile(workspace.rig, reviewId, 'gp.tsv');
    const [old] = await call(workspace.rig, 'chronology:submissions', { reviewId });
    await call(workspace.rig, 'chronology:remove-submission', { id: old!.id, reason: 'Wrong family' });
    const removed = await failure(workspace.rig, 'chronology:import', await inputFor(reviewId, old!.id));
    expect(removed.message).toBe('gp.tsv has already been removed from the review, so there is nothing to replace: import the corrected file on its own.');

    const other = await addHartwellReview(workspace.rig);
    const elsewhere = await failure(workspace.rig, 'chronology:import', await inputFor(other, old!.id));
    expect(elsewhere.code).toBe('not-found');
    expect((await call(workspace.rig, 'chronology:list', { reviewId: other, anonymised: false })).total).toBe(0);
    expect((await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false })).total).toBe(0);
  });
});

async function inputFor(reviewId: string, replaces: string) {
  const [token] = await choose(workspace.rig, reviewId, correctedGp());
  const inspection = await call(workspace.rig, 'chronology:inspect', { token: token! });
  return { reviewId, token: token!, headerIndex: inspection.headerIndex, mapping: inspection.mapping, agency: 'GP', jobId: randomUUID(), saveFormat: false, replaces };
}
