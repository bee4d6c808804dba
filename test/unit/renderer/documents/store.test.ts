/** The documents store: autosave against revisions, a refused save, versions, export as a job, and nothing kept after a lock. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocJson } from '../../../../shared/documents/model';
import type { DocumentDetail, DocumentVersion } from '../../../../shared/documents/types';
import { AppError } from '../../../../shared/errors';

const api = vi.hoisted(() => ({ call: vi.fn(), subscribe: vi.fn() }));
vi.mock('../../../../renderer/lib/api', () => api);

const { useDocuments } = await import('../../../../renderer/features/documents/store');
const { dropWorkspaceData } = await import('../../../../renderer/lib/reset-on-lock');
const { useJobs } = await import('../../../../renderer/features/jobs/store');

const text = (words: string): DocJson => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] });

const detail: DocumentDetail = {
  id: 'd1',
  reviewId: 'r1',
  title: 'Overview report: Child M',
  kind: 'report',
  marking: 'OFFICIAL-SENSITIVE',
  wordCount: 2,
  versionCount: 0,
  createdAt: '2026-11-26T09:00:00.000Z',
  updatedAt: '2026-11-26T09:00:00.000Z',
  schemaVersion: 1,
  content: text('Maisie Hartwell'),
  revision: 3,
  archived: null,
};

/** Answers each channel from a table; anything else is a test mistake. */
function answer(answers: Record<string, (input: Record<string, unknown>) => unknown>) {
  api.call.mockImplementation(async (channel: string, input: Record<string, unknown>) => {
    const handler = answers[channel];
    if (!handler) throw new Error(`Unexpected call: ${channel}`);
    return handler(input);
  });
}

async function openDocument() {
  answer({ 'document:load': () => detail, 'document:list': () => [detail] });
  useDocuments.setState({ reviewId: 'r1' });
  await useDocuments.getState().openDocument('d1');
  const open = useDocuments.getState().open;
  if (!open) throw new Error('not opened');
  return open;
}

beforeEach(() => {
  api.call.mockReset();
  api.subscribe.mockReset();
  useDocuments.setState(useDocuments.getInitialState(), true);
});

describe('the documents store', () => {
  it('saves with the revision it holds, and moves on to the revision the core returns', async () => {
    const open = await openDocument();
    const revisions: unknown[] = [];
    answer({
      'document:save': (input) => {
        revisions.push(input.revision);
        return { id: 'd1', revision: Number(input.revision) + 1, wordCount: 3, updatedAt: '2026-11-26T09:05:00.000Z' };
      },
    });
    expect(await useDocuments.getState().saveContent(open.session, text('Maisie Hartwell smiled'))).toBe(true);
    expect(await useDocuments.getState().saveContent(open.session, text('Maisie Hartwell smiled again'))).toBe(true);
    expect(revisions).toEqual([3, 4]);
    const state = useDocuments.getState();
    expect(state.open).toMatchObject({ revision: 5, wordCount: 3, content: text('Maisie Hartwell smiled again') });
    expect(state.save).toEqual({ status: 'saved', at: '2026-11-26T09:05:00.000Z' });
  });

  it('stops saving after another window saved first, until the document is reloaded', async () => {
    const open = await openDocument();
    answer({
      'document:save': () => {
        throw new AppError('locked', 'This document was saved from another window since you opened it.');
      },
    });
    expect(await useDocuments.getState().saveContent(open.session, text('Mine'))).toBe(false);
    expect(useDocuments.getState().save).toEqual({ status: 'conflict', message: 'This document was saved from another window since you opened it.' });
    api.call.mockClear();
    expect(await useDocuments.getState().saveContent(open.session, text('Mine again'))).toBe(false);
    expect(api.call).not.toHaveBeenCalled();

    answer({ 'document:load': () => ({ ...detail, revision: 9, content: text('Theirs') }) });
    await useDocuments.getState().reloadDocument();
    const reloaded = useDocuments.getState();
    expect(reloaded.save).toEqual({ status: 'idle' });
    expect(reloaded.open).toMatchObject({ revision: 9, content: text('Theirs') });
    // An editor still showing the old load cannot overwrite the reloaded text.
    expect(reloaded.open?.session).not.toBe(open.session);
    expect(await useDocuments.getState().saveContent(open.session, text('Mine, late'))).toBe(false);
  });

  it('shows any other failure as not saved, with the core’s message', async () => {
    const open = await openDocument();
    answer({
      'document:save': () => {
        throw new AppError('unavailable', 'The workspace could not be written to.');
      },
    });
    expect(await useDocuments.getState().saveContent(open.session, text('x'))).toBe(false);
    expect(useDocuments.getState().save).toEqual({ status: 'failed', message: 'The workspace could not be written to.' });
  });

  it('adds a version taken to the list and to the document’s count', async () => {
    await openDocument();
    const version: DocumentVersion = { id: 'v1', documentId: 'd1', number: 1, label: 'Draft for PRG', sha256: 'a'.repeat(64), wordCount: 2, createdAt: '2026-11-26T10:00:00.000Z' };
    answer({ 'document:snapshot': (input) => ({ ...version, label: input.label }) });
    const outcome = await useDocuments.getState().takeVersion('  Draft for PRG ');
    expect(outcome.ok).toBe(true);
    expect(api.call).toHaveBeenCalledWith('document:snapshot', { id: 'd1', label: 'Draft for PRG' });
    expect(useDocuments.getState().versions).toEqual([version]);
    expect(useDocuments.getState().open?.versionCount).toBe(1);
  });

  it('exports as a job the jobs panel names, and forgets the job when the export returns', async () => {
    await openDocument();
    let finish: (value: { path: string } | null) => void = () => {};
    let jobId = '';
    api.call.mockImplementation((channel: string, input: { jobId: string }) => {
      // An anonymised PDF is checked for names first: none here, so the export goes ahead.
      if (channel === 'export:check-names') return Promise.resolve({ candidates: [] });
      jobId = input.jobId;
      return new Promise((resolve) => (finish = resolve));
    });
    const exported = useDocuments.getState().exportPdf({ version: null, anonymised: true, draft: true, marking: 'OFFICIAL' });
    await vi.waitFor(() => expect(jobId).not.toBe(''));
    expect(api.call).toHaveBeenCalledWith('export:check-names', { subject: { kind: 'document', id: 'd1' } });
    expect(api.call).toHaveBeenCalledWith('document:export-pdf', { id: 'd1', anonymised: true, draft: true, marking: 'OFFICIAL', jobId });
    expect(useJobs.getState().jobs).toEqual([expect.objectContaining({ jobId, kind: 'export', label: 'Exporting the PDF', inPlace: false })]);
    expect(useDocuments.getState().busy).toBe(true);
    finish({ path: '/tmp/report.pdf' });
    expect(await exported).toEqual({ ok: true, value: { path: '/tmp/report.pdf' } });
    expect(useJobs.getState().jobs).toEqual([]);
    expect(useDocuments.getState().busy).toBe(false);
  });

  it('a cancelled export comes back as the core’s message, with nothing saved', async () => {
    await openDocument();
    api.call.mockRejectedValue(new AppError('cancelled', 'Export cancelled: no file was written.'));
    const outcome = await useDocuments.getState().exportPdf({ version: null, anonymised: false, draft: true, marking: 'OFFICIAL' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'Export cancelled: no file was written.' } });
    expect(useJobs.getState().jobs).toEqual([]);
  });

  it('keeps nothing of the workspace once it is locked', async () => {
    await openDocument();
    useDocuments.setState({ people: [], versions: [] });
    dropWorkspaceData();
    const state = useDocuments.getState();
    expect([state.open, state.reviewId, state.documents, state.people, state.versions]).toEqual([null, null, null, null, null]);
  });
});
