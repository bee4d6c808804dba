/**
 * An export as a job on the one export path: progress through its steps in order, a cancel at
 * any step before writing that leaves no file (not even the temporary one beside it) and nothing
 * in the register, a cancel pressed twice or after the end, and two exports to one file refused.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocJson } from '../../../../shared/documents/model';
import type { EventName } from '../../../../shared/ipc/contract';
import type { JobEnded, JobProgress } from '../../../../shared/jobs';
import { deliverExport, type ExportProduct } from '../../../../electron/services/exports';
import { renderPdf } from '../../../../electron/services/pdf';
import { heading, paragraph, request, text } from '../pdf/tools';
import { addHartwellReview, fixtureFiles, importFile } from '../chronology/helpers';
import { call, names, useWorkspace } from '../reviews/helpers';
import type { TestRig } from '../workspace/session/helpers';

const workspace = useWorkspace();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'prw-export-job-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const longDocument: DocJson = {
  type: 'doc',
  content: Array.from({ length: 40 }, (_, index) => [heading(1, `Section ${index + 1}`), paragraph(text('Agencies shared what they knew at the time. '.repeat(40)))]).flat(),
};

/** An anonymised report of several pages, through the real PDF engine, for a review that registers the mother. */
async function reportProduct(rig: TestRig): Promise<ExportProduct> {
  const review = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  await call(rig, 'people:add', { reviewId: review.id, name: names.mother, role: 'parent', relationship: 'mother', pseudonym: 'Mother' });
  return {
    kind: 'document',
    format: 'pdf',
    reviewId: review.id,
    subjectId: null,
    version: null,
    anonymised: true,
    filtered: false,
    fileName: 'report.pdf',
    dialogTitle: 'Save',
    describes: 'the report',
    sourceTexts: () => [],
    renderTo: async (target) => {
      await renderPdf({ ...request({ content: longDocument }), ...target });
    },
  };
}

function onEvent(rig: TestRig, react: (event: EventName, payload: unknown) => void): void {
  const emit = rig.ports.emit;
  rig.ports.emit = (event, payload) => {
    emit(event, payload);
    react(event, payload);
  };
}

/** Presses Cancel (twice, as an impatient user might) when `when` first holds; the answers arrive later. */
function cancelWhen(rig: TestRig, jobId: string, when: (progress: JobProgress) => boolean): Array<Promise<{ outcome: string }>> {
  const answers: Array<Promise<{ outcome: string }>> = [];
  onEvent(rig, (event, payload) => {
    if (event === 'job:progress' && answers.length === 0 && when(payload as JobProgress)) answers.push(call(rig, 'job:cancel', { jobId }), call(rig, 'job:cancel', { jobId }));
  });
  return answers;
}

const progressOf = (rig: TestRig) => rig.events.filter(({ event }) => event === 'job:progress').map(({ payload }) => payload as JobProgress);
const endsOf = (rig: TestRig) => rig.events.filter(({ event }) => event === 'job:ended').map(({ payload }) => payload as JobEnded);
const failed = (promise: Promise<unknown>) => promise.then(() => null, (caught: unknown) => caught as { code: string; message: string });

describe('an export as a job', () => {
  it('an anonymised PDF goes through the names check, layout, the check of the finished file page by page, and writing, in order', async () => {
    const { rig } = workspace;
    const product = await reportProduct(rig);
    const jobId = randomUUID();
    const result = await deliverExport(rig.core.kernel, product, path.join(dir, 'report.pdf'), { jobId });
    expect(existsSync(result.path)).toBe(true);

    const progress = progressOf(rig);
    expect(progress.every((each) => each.jobId === jobId && each.kind === 'export' && each.done <= each.total)).toBe(true);
    expect(progress.map(({ phase }) => phase).filter((phase, index, all) => phase !== all[index - 1])).toEqual(['checking-names', 'rendering', 'checking-file', 'writing']);
    const layout = progress.filter(({ phase, total }) => phase === 'rendering' && total > 1);
    expect(layout.length).toBeGreaterThan(5);
    for (let index = 1; index < layout.length; index++) expect(layout[index]!.done).toBeGreaterThan(layout[index - 1]!.done);
    const pages = progress.filter(({ phase, total }) => phase === 'checking-file' && total > 1);
    expect(pages.at(-1)).toEqual(expect.objectContaining({ done: pages.at(-1)!.total }));
    expect(pages.at(-1)!.total).toBeGreaterThan(10);
    expect(endsOf(rig)).toEqual([{ jobId, kind: 'export', outcome: 'done' }]);
    expect(await call(rig, 'job:cancel', { jobId })).toEqual({ outcome: 'finished' });
    expect(await call(rig, 'export:list', { reviewId: product.reviewId! })).toHaveLength(1);
  });

  const steps: Array<[string, (progress: JobProgress) => boolean]> = [
    ['while laying out the pages', ({ phase, done }) => phase === 'rendering' && done > 0],
    ['while checking the finished file', ({ phase, done }) => phase === 'checking-file' && done > 0],
  ];
  for (const [when, matches] of steps) {
    it(`cancelled ${when}: no file, no temporary file, nothing recorded; a second cancel is harmless`, async () => {
      const { rig } = workspace;
      const product = await reportProduct(rig);
      const jobId = randomUUID();
      const answers = cancelWhen(rig, jobId, matches);
      const error = await failed(deliverExport(rig.core.kernel, product, path.join(dir, 'report.pdf'), { jobId }));
      expect(error).toMatchObject({ code: 'cancelled', message: 'Export cancelled: no file was written.' });
      expect(await Promise.all(answers)).toEqual([{ outcome: 'cancelling' }, { outcome: 'cancelling' }]);
      expect(readdirSync(dir)).toEqual([]);
      expect(progressOf(rig).some(({ phase }) => phase === 'writing')).toBe(false);
      expect(await call(rig, 'export:list', { reviewId: product.reviewId! })).toEqual([]);
      expect(endsOf(rig)).toEqual([{ jobId, kind: 'export', outcome: 'cancelled' }]);
      expect(await call(rig, 'job:cancel', { jobId })).toEqual({ outcome: 'finished' });
    });
  }

  it('a cancel once the file is being written comes too late: the export finishes and is recorded', async () => {
    const { rig } = workspace;
    const product = await reportProduct(rig);
    const jobId = randomUUID();
    const answers = cancelWhen(rig, jobId, ({ phase }) => phase === 'writing');
    const result = await deliverExport(rig.core.kernel, product, path.join(dir, 'report.pdf'), { jobId });
    expect(await Promise.all(answers)).toEqual([{ outcome: 'cancelling' }, { outcome: 'cancelling' }]);
    expect(readdirSync(dir)).toEqual(['report.pdf']);
    expect(await call(rig, 'export:list', { reviewId: product.reviewId! })).toEqual([result.record]);
    expect(endsOf(rig)).toEqual([{ jobId, kind: 'export', outcome: 'done' }]);
  });

  it('refuses a second export to a file another export is writing, and allows one to another file', async () => {
    const { rig } = workspace;
    const product = await reportProduct(rig);
    let release = () => {};
    const held: ExportProduct = { ...product, renderTo: async (target) => new Promise<void>((resolve) => (release = resolve)).then(() => product.renderTo(target)) };
    const first = deliverExport(rig.core.kernel, held, path.join(dir, 'report.pdf'));
    const second = await failed(deliverExport(rig.core.kernel, product, path.join(dir, 'report.pdf')));
    expect(second).toMatchObject({ code: 'busy', message: 'An export to this file is already running. Wait for it to finish, or cancel it, then try again.' });
    const elsewhere = await deliverExport(rig.core.kernel, product, path.join(dir, 'other.pdf'));
    release();
    await first;
    expect(readdirSync(dir).sort()).toEqual(['other.pdf', 'report.pdf']);
    expect((await call(rig, 'export:list', { reviewId: product.reviewId! })).map((record) => record.fileName).sort()).toEqual(['other.pdf', 'report.pdf']);
    expect(elsewhere.path).toBe(path.join(dir, 'other.pdf'));
  });

  it('through the app’s channel: the chronology export takes the job id, and a cancel leaves no file and no record', async () => {
    const { rig } = workspace;
    const reviewId = await addHartwellReview(rig);
    for (const file of fixtureFiles) await importFile(rig, reviewId, file);
    const target = path.join(dir, 'chronology.csv');
    rig.ports.dialogs.showSave = () => Promise.resolve(target);
    const jobId = randomUUID();
    cancelWhen(rig, jobId, ({ phase }) => phase === 'rendering');
    const error = await failed(call(rig, 'chronology:export', { reviewId, format: 'csv', anonymised: false, jobId }));
    expect(error).toMatchObject({ code: 'cancelled', message: 'Export cancelled: no file was written.' });
    expect(readdirSync(dir)).toEqual([]);
    expect(await call(rig, 'export:list', { reviewId })).toEqual([]);
    expect(endsOf(rig).at(-1)).toEqual({ jobId, kind: 'export', outcome: 'cancelled' });

    const saved = await call(rig, 'chronology:export', { reviewId, format: 'csv', anonymised: false, jobId: randomUUID() });
    expect(saved?.path).toBe(target);
  });
});
