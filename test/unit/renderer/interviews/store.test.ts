/** The Interviews store: planning asks the core for the review on screen, coding and refusals come back as outcomes, and nothing is kept after a lock. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { answerFrom } from '../fake-core';
import type { ConversationDetail } from '../../../../shared/interviews/channels';
import type { Excerpt } from '../../../../shared/interviews/model';

const api = vi.hoisted(() => ({ call: vi.fn(), subscribe: vi.fn() }));
vi.mock('../../../../renderer/lib/api', () => api);

const { useInterviews } = await import('../../../../renderer/features/interviews/store');
const { dropWorkspaceData } = await import('../../../../renderer/lib/reset-on-lock');

const conversation: ConversationDetail = {
  id: 'c1',
  reviewId: 'r1',
  kind: 'group',
  date: '2026-03-12',
  format: 'in-person',
  place: null,
  interviewers: [],
  status: 'planned',
  questionSetId: 'four-d',
  notesDocumentId: 'd1',
  participants: [{ personId: 'p1', role: 'Health visitor', agency: 'Community Health', describedAs: 'Health visitor, Community Health', consent: null }],
  excerptCount: 0,
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:00.000Z',
  guide: null,
};

const excerpt = { id: 'x1', conversationId: 'c1', themeIds: ['t1'], possibleQuote: false } as Excerpt;

const core = (answers: Record<string, unknown>) => answerFrom(api.call, answers);

beforeEach(() => {
  api.call.mockReset();
  dropWorkspaceData();
});

describe('useInterviews', () => {
  it('plans a conversation for the review on screen and lists the review’s conversations again', async () => {
    const calls = core({ 'interviews:list': [], 'interviews:add': conversation });
    useInterviews.getState().chooseReview('r1');
    const outcome = await useInterviews.getState().plan({ kind: 'group', interviewers: [], participants: [{ personId: 'p1', consent: null }] });
    expect(outcome).toEqual({ ok: true, value: conversation });
    expect(calls).toContainEqual(['interviews:add', { kind: 'group', interviewers: [], participants: [{ personId: 'p1', consent: null }], reviewId: 'r1' }]);
    expect(calls.filter(([channel]) => channel === 'interviews:list')).toHaveLength(2);
  });

  it('opens a conversation with its excerpts, and a coded excerpt joins the list', async () => {
    core({ 'interviews:list': [], 'interviews:get': conversation, 'excerpts:list': [], 'themes:list': [], 'excerpts:code': excerpt });
    useInterviews.getState().chooseReview('r1');
    useInterviews.getState().show({ name: 'conversation', id: 'c1' });
    await vi.waitFor(() => expect(useInterviews.getState().open).toEqual(conversation));
    expect(useInterviews.getState().excerpts).toEqual([]);
    const outcome = await useInterviews.getState().code({ conversationId: 'c1', start: 0, end: 5, exact: 'Phone', themeIds: ['t1'], possibleQuote: false });
    expect(outcome.ok).toBe(true);
    expect(useInterviews.getState().excerpts).toEqual([excerpt]);
  });

  it('hands back the core’s refusal to mark a quote, in its words, and keeps the excerpt as it was', async () => {
    const refusal = new AppError('validation', 'Health visitor, Community Health did not consent to quotes.');
    core({ 'interviews:list': [], 'interviews:get': conversation, 'excerpts:list': [excerpt], 'themes:list': [], 'excerpts:edit': refusal });
    useInterviews.getState().chooseReview('r1');
    useInterviews.getState().show({ name: 'conversation', id: 'c1' });
    await vi.waitFor(() => expect(useInterviews.getState().excerpts).toEqual([excerpt]));
    const outcome = await useInterviews.getState().editExcerpt({ id: 'x1', possibleQuote: true });
    expect(outcome).toMatchObject({ ok: false, error: { message: 'Health visitor, Community Health did not consent to quotes.' } });
    expect(useInterviews.getState().excerpts).toEqual([excerpt]);
  });

  it('deletes a theme with force only when asked, and reads the tree, matrix and uncoded list again', async () => {
    const calls = core({ 'interviews:list': [], 'themes:remove': { uncoded: 2 }, 'themes:list': [], 'themes:co-occurrence': { themes: [], counts: [] }, 'themes:uncoded': [] });
    useInterviews.getState().chooseReview('r1');
    const outcome = await useInterviews.getState().removeTheme('t1', true);
    expect(outcome).toEqual({ ok: true, value: { uncoded: 2 } });
    expect(calls.map(([channel]) => channel)).toEqual(expect.arrayContaining(['themes:remove', 'themes:list', 'themes:co-occurrence', 'themes:uncoded']));
    expect(calls).toContainEqual(['themes:remove', { id: 't1', force: true }]);
  });

  it('keeps nothing of the workspace after a lock', async () => {
    core({ 'interviews:list': [conversation] });
    useInterviews.getState().chooseReview('r1');
    await vi.waitFor(() => expect(useInterviews.getState().conversations).toHaveLength(1));
    dropWorkspaceData();
    expect(useInterviews.getState()).toMatchObject({ reviewId: null, conversations: null, open: null, excerpts: null, screen: { name: 'list' } });
  });
});
