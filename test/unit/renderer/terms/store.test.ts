// @vitest-environment happy-dom
/**
 * The terms store against a scripted window.api: changes reach the core in the order the user
 * made them (a field saved on blur before the Submit that blurred it), an editor from an older
 * load cannot save, a chosen file is sent as base64, and nothing survives a lock.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/ipc/contract';
import { emptyTermsFields } from '../../../../shared/terms/model';
import type { TermsOverview, TermsVersion } from '../../../../shared/terms/types';
import { dropWorkspaceData } from '../../../../renderer/lib/reset-on-lock';
import { useTerms } from '../../../../renderer/features/terms/store';

const version = (patch: Partial<TermsVersion> = {}): TermsVersion => ({
  reviewId: 'review-1',
  number: 1,
  status: 'draft',
  fields: emptyTermsFields(),
  sections: { type: 'doc', content: [] },
  sha256: 'a'.repeat(64),
  submittedSha256: null,
  submittedAt: null,
  decisions: [],
  createdAt: '2026-11-27T10:00:00.000Z',
  updatedAt: '2026-11-27T10:00:00.000Z',
  ...patch,
});

const overview = (current: TermsVersion): TermsOverview => ({ current, history: [], changesSinceSigned: null, guidance: { fields: {}, sections: [] }, guidanceLeft: [] });

interface Call {
  channel: string;
  input: unknown;
  resolve: (value: unknown) => void;
  fail: (message: string) => void;
}

/** Every call waits until the test answers it, so the order the core sees them in can be checked. */
function scriptedApi(): { calls: Call[]; answer: (channel: string, value: unknown) => Promise<void> } {
  const calls: Call[] = [];
  const api: Api = {
    invoke: ((channel: string, input: unknown) =>
      new Promise<unknown>((resolve) => {
        calls.push({
          channel,
          input,
          resolve: (value) => resolve({ ok: true, value }),
          fail: (message) => resolve({ ok: false, error: { code: 'validation', message } }),
        });
      })) as Api['invoke'],
    on: () => () => undefined,
  };
  window.api = api;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    calls,
    answer: async (channel, value) => {
      await settle();
      const call = calls.find((candidate) => candidate.channel === channel && !('answered' in candidate));
      if (!call) throw new Error(`No pending ${channel} call; calls were ${calls.map((c) => c.channel).join(', ')}`);
      Object.assign(call, { answered: true });
      call.resolve(value);
      await settle();
    },
  };
}

let api: ReturnType<typeof scriptedApi>;

beforeEach(async () => {
  api = scriptedApi();
  useTerms.setState({ reviewId: 'review-1', overview: overview(version()), session: 1 });
});

afterEach(() => {
  dropWorkspaceData();
});

describe('the terms store', () => {
  it('shows the version a field save returns, then reads the history and changes again', async () => {
    const saving = useTerms.getState().setField('reviewer', 'Sam Reviewer');
    expect(useTerms.getState().fieldSaves.reviewer).toEqual({ status: 'saving' });
    const saved = version({ number: 2, fields: { ...emptyTermsFields(), reviewer: 'Sam Reviewer' }, updatedAt: '2026-11-27T10:05:00.000Z' });
    await api.answer('terms:set', saved);
    expect((await saving).ok).toBe(true);
    expect(api.calls[0]?.input).toEqual({ reviewId: 'review-1', field: 'reviewer', value: 'Sam Reviewer' });
    expect(useTerms.getState().overview?.current?.number).toBe(2);
    expect(useTerms.getState().fieldSaves.reviewer).toEqual({ status: 'saved', at: '2026-11-27T10:05:00.000Z' });
    // Only the field saved says so: the others beside their fields stay quiet.
    expect(useTerms.getState().fieldSaves.scope).toBeUndefined();
    expect(api.calls.map((call) => call.channel)).toEqual(['terms:set', 'terms:get']);
  });

  it('sends a submit only after the field save before it has finished', async () => {
    const saving = useTerms.getState().setField('scope', 'New scope');
    const submitting = useTerms.getState().submit();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(api.calls.map((call) => call.channel)).toEqual(['terms:set']);
    await api.answer('terms:set', version());
    await api.answer('terms:submit', version({ status: 'submitted' }));
    await Promise.all([saving, submitting]);
    expect(api.calls.map((call) => call.channel).filter((channel) => channel !== 'terms:get')).toEqual(['terms:set', 'terms:submit']);
    expect(useTerms.getState().overview?.current?.status).toBe('submitted');
  });

  it('sends the chosen evidence file as its name and base64, with the day and how, and no path', async () => {
    const file = new File(['I approve. Pat'], 'Chair approval.eml', { type: 'message/rfc822' });
    const recording = useTerms.getState().signOff({ by: 'Pat Example', role: 'Independent Chair, SVPP', decision: 'approved', decidedOn: '2026-11-24', how: 'email', comment: '', evidence: file });
    await api.answer('terms:sign-off', version({ status: 'signed-off' }));
    expect((await recording).ok).toBe(true);
    expect(api.calls[0]?.input).toEqual({
      reviewId: 'review-1',
      by: 'Pat Example',
      role: 'Independent Chair, SVPP',
      decision: 'approved',
      decidedOn: '2026-11-24',
      how: 'email',
      comment: '',
      evidence: { fileName: 'Chair approval.eml', base64: Buffer.from('I approve. Pat').toString('base64') },
    });
    expect(useTerms.getState().overview?.current?.status).toBe('signed-off');
  });

  it('starts the next version only when asked, then loads it as a fresh editor', async () => {
    useTerms.setState({ overview: overview(version({ status: 'signed-off' })), session: 1 });
    const starting = useTerms.getState().newVersion();
    await api.answer('terms:new-version', version({ number: 2 }));
    await api.answer('terms:get', overview(version({ number: 2 })));
    expect((await starting).ok).toBe(true);
    expect(api.calls.map((call) => call.channel)).toEqual(['terms:new-version', 'terms:get']);
    expect(useTerms.getState().overview?.current?.number).toBe(2);
    expect(useTerms.getState().session).toBe(2);
  });

  it('marks a refused field save as not saved, beside that field, and returns the core’s message', async () => {
    const saving = useTerms.getState().setField('periodTo', '2019-01-01');
    await new Promise((resolve) => setTimeout(resolve, 0));
    api.calls[0]?.fail('The period under review must end on or after the day it starts.');
    const outcome = await saving;
    expect(outcome.ok ? null : outcome.error.message).toBe('The period under review must end on or after the day it starts.');
    expect(useTerms.getState().fieldSaves.periodTo).toEqual({ status: 'failed' });
  });

  it('saves an editor’s last text to its own review after the user chose another, without touching the screen', async () => {
    useTerms.setState({ reviewId: 'review-2', overview: overview(version({ reviewId: 'review-2' })), session: 2 });
    const sections = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Background' }] }] };
    const saving = useTerms.getState().saveSections({ reviewId: 'review-1', session: 1 }, sections);
    expect(useTerms.getState().sectionsSave).toEqual({ status: 'idle' });
    await api.answer('terms:set-sections', version({ sections }));
    expect(await saving).toBe(true);
    expect(api.calls[0]?.input).toEqual({ reviewId: 'review-1', sections });
    expect(useTerms.getState().overview?.current?.reviewId).toBe('review-2');
    expect(useTerms.getState().sectionsSave).toEqual({ status: 'idle' });
  });

  it('reads the terms again only after the saves already on their way', async () => {
    const saving = useTerms.getState().saveSections({ reviewId: 'review-1', session: 1 }, { type: 'doc', content: [] });
    void useTerms.getState().loadReviews();
    await api.answer('review:list', [{ id: 'review-1', title: 'LCSPR: Child M' }]);
    expect(api.calls.map((call) => call.channel).sort()).toEqual(['review:list', 'terms:set-sections']);
    await api.answer('terms:set-sections', version());
    await saving;
    expect(api.calls.map((call) => call.channel)).toContain('terms:get');
  });

  it('sends a chosen file as base64 and keeps the answer, or the core’s message', async () => {
    const file = new File(['%PDF-1.7 body'], 'terms.pdf', { type: 'application/pdf' });
    const checking = useTerms.getState().verify(file);
    const result = { match: true, review: 'LCSPR: Child M', version: 1, signedBy: 'Pat Example, Independent Chair, SVPP', signedAt: '2026-11-27T10:00:00.000Z', message: 'Matches signed version 1.' };
    await api.answer('terms:verify-pdf', result);
    await checking;
    expect(api.calls[0]?.input).toEqual({ pdfBase64: Buffer.from('%PDF-1.7 body').toString('base64') });
    expect(useTerms.getState().verification).toEqual({ fileName: 'terms.pdf', result });

    const again = useTerms.getState().verify(new File(['not a pdf'], 'notes.txt'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    api.calls[1]?.fail('That file is not a PDF.');
    await again;
    expect(useTerms.getState().verification).toEqual({ fileName: 'notes.txt', problem: 'That file is not a PDF.' });
  });

  it('forgets the terms and the last verification when the workspace locks', () => {
    useTerms.setState({ verification: { fileName: 'terms.pdf', problem: 'x' } });
    dropWorkspaceData();
    const state = useTerms.getState();
    expect([state.reviewId, state.overview, state.verification, state.reviews]).toEqual([null, null, null, null]);
  });
});
