/**
 * A file the review already has (the same bytes, whatever its name) is refused, so importing it
 * twice cannot quietly put every entry in the chronology twice; `again` imports it anyway.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, failure, useWorkspace } from '../reviews/helpers';
import { addHartwellReview, choose, fixtures, importFile } from './helpers';

const workspace = useWorkspace();

/** What the import wizard sends for a file, with the suggested header and mapping. */
async function importInput(reviewId: string, file: string) {
  const [token] = await choose(workspace.rig, reviewId, file);
  const inspection = await call(workspace.rig, 'chronology:inspect', { token: token! });
  return { reviewId, token: token!, headerIndex: inspection.headerIndex, mapping: inspection.mapping, agency: 'GP', jobId: randomUUID(), saveFormat: false };
}

async function entryCount(reviewId: string): Promise<number> {
  return (await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false })).total;
}

describe('importing a file the review already has', () => {
  it('refuses the same bytes under another name, saying when and as which agency it came, and adds nothing', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    await importFile(workspace.rig, reviewId, 'gp.tsv');
    const copy = path.join(workspace.rig.dataDir, 'gp-resent.tsv');
    copyFileSync(path.join(fixtures, 'gp.tsv'), copy);

    const refused = await failure(workspace.rig, 'chronology:import', await importInput(reviewId, copy));
    expect(refused.message).toBe(
      'gp-resent.tsv is the same file as gp.tsv, which was imported into this review on 26 November 2026 (as GP). ' +
        'Importing it again would add every entry twice. If the agency has sent a corrected file, import that one instead, with Replace beside this file in Submissions.',
    );
    expect(await entryCount(reviewId)).toBe(4);
    expect(await call(workspace.rig, 'chronology:submissions', { reviewId })).toHaveLength(1);
  });

  it('refuses the same file by the same name', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    await importFile(workspace.rig, reviewId, 'gp.tsv');
    const refused = await failure(workspace.rig, 'chronology:import', await importInput(reviewId, 'gp.tsv'));
    expect(refused.message).toMatch(/^gp\.tsv was already imported into this review on 26 November 2026 \(as GP\)\. /);
    expect(refused.code).toBe('same-file');
    expect(await entryCount(reviewId)).toBe(4);
  });

  it('imports it with again: the entries are there twice', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    await importFile(workspace.rig, reviewId, 'gp.tsv');
    const result = await call(workspace.rig, 'chronology:import', { ...(await importInput(reviewId, 'gp.tsv')), again: true });
    expect(result.imported).toBe(4);
    expect(await entryCount(reviewId)).toBe(8);
  });

  it('two copies imported at once: one is kept, the other refused', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const copy = path.join(workspace.rig.dataDir, 'gp-copy.tsv');
    copyFileSync(path.join(fixtures, 'gp.tsv'), copy);
    const inputs = [await importInput(reviewId, 'gp.tsv'), await importInput(reviewId, copy)];
    const results = await Promise.allSettled(inputs.map((input) => call(workspace.rig, 'chronology:import', input)));
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await entryCount(reviewId)).toBe(4);
  });

  it('allows the same file into a different review', async () => {
    const first = await addHartwellReview(workspace.rig);
    const second = await addHartwellReview(workspace.rig);
    await importFile(workspace.rig, first, 'gp.tsv');
    const result = await importFile(workspace.rig, second, 'gp.tsv');
    expect(result.imported).toBe(4);
    expect(await entryCount(second)).toBe(4);
  });
});
