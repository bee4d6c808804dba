/**
 * "Save a copy" of a submission: the very bytes the agency sent, where the reviewer chose, with
 * the save in the audit log; cancelling the dialog writes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, failure, useWorkspace } from '../reviews/helpers';
import { addHartwellReview, fixtures, importFile } from './helpers';

const workspace = useWorkspace();

describe('saving a copy of a submission as the agency sent it', () => {
  it('writes the same bytes as the file imported, and records the save', async () => {
    const { rig } = workspace;
    const reviewId = await addHartwellReview(rig);
    await importFile(rig, reviewId, 'health-visiting.xlsx');
    const [submission] = await call(rig, 'chronology:submissions', { reviewId });
    const target = path.join(rig.dataDir, 'copy of health visiting.xlsx');
    let offered = '';
    rig.ports.dialogs.showSave = (options) => {
      offered = options.defaultName ?? '';
      return Promise.resolve(target);
    };
    expect(await call(rig, 'chronology:save-submission', { id: submission!.id })).toEqual({ path: target });
    expect(offered).toBe('health-visiting.xlsx');
    expect(readFileSync(target).equals(readFileSync(path.join(fixtures, 'health-visiting.xlsx')))).toBe(true);
    const audit = await call(rig, 'audit:list', {});
    expect(audit.rows.map((row) => row.what)).toContain('Saved a copy of a chronology submission as the agency sent it');
  });

  it('writes nothing when the dialog is cancelled, and says so of a submission it does not know', async () => {
    const { rig } = workspace;
    const reviewId = await addHartwellReview(rig);
    await importFile(rig, reviewId, 'gp.tsv');
    const [submission] = await call(rig, 'chronology:submissions', { reviewId });
    rig.ports.dialogs.showSave = () => Promise.resolve(null);
    expect(await call(rig, 'chronology:save-submission', { id: submission!.id })).toBeNull();
    expect(existsSync(path.join(rig.dataDir, 'gp.tsv'))).toBe(false);
    expect((await failure(rig, 'chronology:save-submission', { id: 'no-such-submission' })).code).toBe('not-found');
  });
});
