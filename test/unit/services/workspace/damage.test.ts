/**
 * Damage met while working (issue #14): a page of the chronology is damaged after unlocking went
 * fine. The call that reads it says the workspace is damaged, that nothing was changed and how to
 * restore — never "Something went wrong… try again".
 */
import { closeSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspacePageSize } from '../../../../electron/services/workspace/db';
import { addHartwellReview, importFile } from '../chronology/helpers';
import { call, failure, useWorkspace } from '../reviews/helpers';
import { testPassphrase } from './session/helpers';

const workspace = useWorkspace();

function agencyCsv(rows: number): string {
  const lines = ['Date,Details,Action'];
  for (let i = 0; i < rows; i++) lines.push(`${String((i % 28) + 1).padStart(2, '0')}/03/2019,Home visit number ${i} by the health visitor; the plan was discussed at length,Recorded`);
  return lines.join('\n');
}

/** Flips four bytes in the middle of one page of the file. */
function damagePage(file: string, page: number): void {
  const fd = openSync(file, 'r+');
  try {
    const at = (page - 1) * workspacePageSize + workspacePageSize / 2;
    const bytes = Buffer.alloc(4);
    readSync(fd, bytes, 0, 4, at);
    for (let i = 0; i < 4; i++) bytes[i] = bytes[i]! ^ 0xff;
    writeSync(fd, bytes, 0, 4, at);
  } finally {
    closeSync(fd);
  }
}

describe('a workspace damaged in the middle', () => {
  it('unlocks, then the chronology that reads the damaged page says so plainly, with the restore advice', async () => {
    const { rig, dir } = workspace;
    const reviewId = await addHartwellReview(rig);
    const csv = path.join(rig.dataDir, 'health-visiting.csv');
    writeFileSync(csv, agencyCsv(3_000));
    await importFile(rig, reviewId, csv, 'Health visiting');
    // A page in the middle of the chronology's own table (not one unlocking reads).
    const { db } = rig.core.session.require();
    const pages = (db.prepare("select pageno from dbstat where name = 'chronology_entries' order by pageno").all() as Array<{ pageno: number }>).map((row) => row.pageno);
    expect(pages.length).toBeGreaterThan(10);
    const victim = pages[Math.floor(pages.length / 2)]!;
    await rig.core.session.lock('user');
    damagePage(path.join(dir, 'workspace.db'), victim);

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
    const reviewId = await addHartwellReview(rig);
    const csv = path.join(rig.dataDir, 'health-visiting.csv');
    writeFileSync(csv, agencyCsv(3_000));
    await importFile(rig, reviewId, csv, 'Health visiting');
    const good = await call(rig, 'backup:create', {});
    const { db } = rig.core.session.require();
    // An index page: copying the tables alone (VACUUM INTO) would not read it.
    const index = db.prepare("select pageno from dbstat where name = 'chronology_entries_composite' order by pageno").all() as Array<{ pageno: number }>;
    expect(index.length).toBeGreaterThan(2);
    await rig.core.session.lock('user');
    damagePage(path.join(dir, 'workspace.db'), index[Math.floor(index.length / 2)]!.pageno);
    await call(rig, 'workspace:unlock', { path: dir, method: 'passphrase', secret: testPassphrase });

    const error = await failure(rig, 'backup:create', {});
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('No backup was made');
    expect(error.message).toContain('the earlier backups are as they were');
    expect((await call(rig, 'backup:list', { path: dir })).map((backup) => backup.name)).toEqual([good.name]);
  });
});

