/** A workspace with a damaged page in the middle of its chronology, as a failing disk leaves it. */
import { closeSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { workspacePageSize } from '../../../../../electron/services/workspace/db';
import { addHartwellReview, importFile } from '../../chronology/helpers';
import type { TestRig } from '../session/helpers';

export function agencyCsv(rows: number): string {
  const lines = ['Date,Details,Action'];
  for (let i = 0; i < rows; i++) lines.push(`${String((i % 28) + 1).padStart(2, '0')}/03/2019,Home visit number ${i} by the health visitor; the plan was discussed at length,Recorded`);
  return lines.join('\n');
}

/** Flips four bytes in the middle of one page of the file. */
export function damagePage(file: string, page: number): void {
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

/** A review with 3,000 imported entries in the open workspace; returns its id. */
export async function reviewWithEntries(rig: TestRig): Promise<string> {
  const reviewId = await addHartwellReview(rig);
  const csv = path.join(rig.dataDir, 'health-visiting.csv');
  writeFileSync(csv, agencyCsv(3_000));
  await importFile(rig, reviewId, csv, 'Health visiting');
  return reviewId;
}

/** The pages of one table or index of the open workspace, in file order. */
export function pagesOf(rig: TestRig, name: string): number[] {
  const { db } = rig.core.session.require();
  const pages = (db.prepare('select pageno from dbstat where name = ? order by pageno').all(name) as Array<{ pageno: number }>).map((row) => row.pageno);
  expect(pages.length).toBeGreaterThan(2);
  return pages;
}

/** Locks the workspace, then damages a page in the middle of the chronology's own table (one unlocking does not read). */
export async function damageChronology(rig: TestRig, dir: string): Promise<void> {
  const pages = pagesOf(rig, 'chronology_entries');
  await rig.core.session.lock('user');
  damagePage(path.join(dir, 'workspace.db'), pages[Math.floor(pages.length / 2)]!);
}
