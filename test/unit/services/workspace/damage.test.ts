/**
 * Damage met while working (issue #14): a page of the chronology is damaged after unlocking went
 * fine. The call that reads it says the workspace is damaged, that nothing was changed and how to
 * restore — never "Something went wrong… try again".
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, failure, useWorkspace } from '../reviews/helpers';
import { damageChronology, damagePage, pagesOf, reviewWithEntries } from './damage/helpers';
import { testPassphrase } from './session/helpers';

const workspace = useWorkspace();

describe('a workspace damaged in the middle', () => {
  it('unlocks, then the chronology that reads the damaged page says so plainly, with the restore advice', async () => {
    const { rig, dir } = workspace;
    const reviewId = await reviewWithEntries(rig);
    await damageChronology(rig, dir);

    await call(rig, 'workspace:unlock', { path: dir, method: 'passphrase', secret: testPassphrase });
    expect((await call(rig, 'review:list', {})).map((review) => review.id)).toEqual([reviewId]);
    const error = await failure(rig, 'chronology:list', { reviewId, anonymised: false });
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('is damaged');
    expect(error.message).toContain('Nothing was changed');
    expect(error.message).toContain('restore it from the newest backup');
    expect(error.message).not.toMatch(/something went wrong|try again/i);
  });

  it('refuses to back up a workspace with a damaged index page, and leaves the earlier backups as they were', async () => {
    const { rig, dir } = workspace;
    await reviewWithEntries(rig);
    const good = await call(rig, 'backup:create', {});
    // An index page: copying the tables alone (VACUUM INTO) would not read it.
    const index = pagesOf(rig, 'chronology_entries_composite');
    await rig.core.session.lock('user');
    damagePage(path.join(dir, 'workspace.db'), index[Math.floor(index.length / 2)]!);
    await call(rig, 'workspace:unlock', { path: dir, method: 'passphrase', secret: testPassphrase });

    const error = await failure(rig, 'backup:create', {});
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('No backup was made');
    expect(error.message).toContain('the earlier backups are as they were');
    expect((await call(rig, 'backup:list', { path: dir })).map((backup) => backup.name)).toEqual([good.name]);
  });
});

