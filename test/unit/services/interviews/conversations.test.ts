/**
 * Conversations with practitioners through their channels: planning with consent, the notes made
 * from the guide with the key practice episodes, coding kept outside the note and found again after
 * edits, theme views, co-occurrence, quotes and consent, deleting themes. The rig's clock stands at
 * Thursday 26 November 2026.
 */
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../../electron/services/documents';
import { noteText } from '../../../../shared/interviews/note-text';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';
import { code, codedReview, reviewWithPractitioners, writeNotes } from './helpers';

const workspace = useWorkspace();

describe('planning a conversation', () => {
  it('makes the notes from the 4-D guide with the review’s key practice episodes as prompts, and records each participant’s consent', async () => {
    const { rig } = workspace;
    const { review, social, health, teacher } = await reviewWithPractitioners(rig);
    await call(rig, 'episode:add', { reviewId: review.id, title: 'Second referral', start: '2026-03-02', end: '2026-03-20' });
    await call(rig, 'episode:add', { reviewId: review.id, title: 'First home visit', start: '2026-01-12' });
    const before = lastAuditSeq(rig);
    const planned = await call(rig, 'interviews:add', {
      reviewId: review.id,
      kind: 'group',
      date: '2026-12-10',
      format: 'video',
      interviewers: ['Independent reviewer'],
      questionSetId: 'appreciative-inquiry-4d',
      participants: [
        { personId: social.id, consent: { status: 'given', covers: ['quotes', 'notes'] } },
        { personId: health.id, consent: { status: 'given', covers: ['notes'] } },
        { personId: teacher.id },
      ],
    });
    expect(planned).toMatchObject({ kind: 'group', date: '2026-12-10', format: 'video', status: 'planned', questionSetId: 'appreciative-inquiry-4d', excerptCount: 0 });
    expect(planned.participants.map((p) => [p.describedAs, p.consent])).toEqual([
      ['Social worker, Children’s Services', { status: 'given', on: '2026-11-26', covers: ['notes', 'quotes'] }],
      ['Health visitor, Community Health', { status: 'given', on: '2026-11-26', covers: ['notes'] }],
      ['Designated safeguarding lead, Riverside Primary School', null],
    ]);
    expect(planned.guide?.title).toBe('Appreciative inquiry: the 4-D cycle');
    const discover = planned.guide!.stages.find((stage) => stage.id === 'discover')!;
    expect(discover.episodes.map((episode) => episode.title)).toEqual(['First home visit', 'Second referral']);
    const notes = await call(rig, 'document:load', { id: planned.notesDocumentId });
    expect(notes.kind).toBe('interview-notes');
    expect(notes.title).toBe('Notes: Group conversation, Thursday 10 December 2026');
    expect(noteText(notes.content).text).toContain('Discover\n\n\n\nKey practice episode: First home visit (Monday 12 January 2026)\n\n\n\nKey practice episode: Second referral (Monday 2 March 2026 to Friday 20 March 2026)');
    expect(noteText(notes.content).text).toContain('Destiny');
    // The notes are opened from the conversation, not listed with the review's documents.
    expect((await call(rig, 'document:list', { reviewId: review.id })).map((d) => d.id)).not.toContain(planned.notesDocumentId);
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['document.created', 'conversation.planned']);
  });

  it('refuses a participant from outside the register, consent given to nothing, and removing someone who said a coded excerpt', async () => {
    const { rig } = workspace;
    const { review, social, health } = await reviewWithPractitioners(rig);
    expect((await failure(rig, 'interviews:add', { reviewId: review.id, kind: 'individual', participants: [{ personId: 'nobody' }] })).message).toMatch(/people register/);
    expect((await failure(rig, 'interviews:add', { reviewId: review.id, kind: 'individual', participants: [] })).message).toMatch(/at least one participant/);
    const bad = await failure(rig, 'interviews:add', { reviewId: review.id, kind: 'individual', participants: [{ personId: social.id, consent: { status: 'given', covers: [] } }] });
    expect(bad.message).toMatch(/Say what the consent covers/);
    expect(await call(rig, 'interviews:list', { reviewId: review.id })).toEqual([]);
    const one = await call(rig, 'interviews:add', { reviewId: review.id, kind: 'individual', participants: [{ personId: social.id }, { personId: health.id }] });
    const text = await writeNotes(rig, one.notesDocumentId, ['We shared the plan with the school the same day.']);
    const theme = await call(rig, 'themes:add', { reviewId: review.id, name: 'Information sharing' });
    await code(rig, one.id, text, 'shared the plan', [theme.id], { participantIds: [social.id] });
    const refused = await failure(rig, 'interviews:participants', { id: one.id, remove: [social.id] });
    expect(refused.message).toBe('Social worker, Children’s Services said an excerpt coded in these notes. Change who said it first.');
    const changed = await call(rig, 'interviews:participants', { id: one.id, remove: [health.id] });
    expect(changed.participants.map((p) => p.personId)).toEqual([social.id]);
    expect((await failure(rig, 'people:remove', { id: social.id })).message).toMatch(/took part in a conversation/);
  });
});

describe('coding the notes', () => {
  it('keeps codings outside the note: its content and version hash do not change', async () => {
    const { rig } = workspace;
    const people = await reviewWithPractitioners(rig);
    const conversation = await call(rig, 'interviews:add', { reviewId: people.review.id, kind: 'individual', participants: [{ personId: people.social.id }] });
    const text = await writeNotes(rig, conversation.notesDocumentId, ['Supervision every fortnight helped.']);
    const before = await call(rig, 'document:load', { id: conversation.notesDocumentId });
    const theme = await call(rig, 'themes:add', { reviewId: people.review.id, name: 'Supervision' });
    await code(rig, conversation.id, text, 'Supervision every fortnight', [theme.id]);
    const after = await call(rig, 'document:load', { id: conversation.notesDocumentId });
    expect(after.revision).toBe(before.revision);
    expect(contentHash(after.content)).toBe(contentHash(before.content));
  });

  it('shows each excerpt with its roles and agencies, and the theme colour as written', async () => {
    const { excerpts, themes } = await codedReview(workspace.rig);
    expect(excerpts.a).toMatchObject({ roles: ['Social worker'], agencies: ['Children’s Services'], possibleQuote: true, quoteAllowed: true, orphaned: false });
    expect(excerpts.a.anchor).toMatchObject({ exact: 'Supervision every fortnight', start: 0, end: 27 });
    expect(themes.supervision.colour).toBe('#1f77b4');
  });

  it('refuses text that is not in the notes as saved', async () => {
    const { rig } = workspace;
    const { conversation, themes } = await codedReview(rig);
    const wrong = await failure(rig, 'excerpts:code', { conversationId: conversation.id, start: 0, end: 5, exact: 'Hello', themeIds: [themes.sharing.id] });
    expect(wrong.message).toMatch(/not in the notes as saved/);
  });

  it('finds excerpts again after edits around them, and flags (never drops) one whose text was deleted', async () => {
    const { rig } = workspace;
    const { conversation, excerpts } = await codedReview(rig);
    const text = await writeNotes(rig, conversation.notesDocumentId, [
      'Before anything else: supervision mattered.',
      'Supervision every fortnight gave me room to think about the child.',
      'We rang the school straight after the strategy meeting.',
    ]);
    const list = await call(rig, 'excerpts:list', { id: conversation.id });
    const a = list.find((e) => e.id === excerpts.a.id)!;
    expect(a.orphaned).toBe(false);
    expect(text.slice(a.anchor.start, a.anchor.end)).toBe('Supervision every fortnight');
    const d = list.find((e) => e.id === excerpts.d.id)!;
    expect(d).toMatchObject({ orphaned: true, anchor: { exact: 'noticed the bruise and said so' } });
    expect(list).toHaveLength(4);
    // Its text put back, it is found again.
    await writeNotes(rig, conversation.notesDocumentId, ['The health visitor noticed the bruise and said so.']);
    const back = (await call(rig, 'excerpts:list', { id: conversation.id })).find((e) => e.id === excerpts.d.id)!;
    expect(back.orphaned).toBe(false);
  });

  it('shows a theme’s excerpts across conversations, filtered by agency and role, and how themes occur together', async () => {
    const { rig } = workspace;
    const { review, themes } = await codedReview(rig);
    const view = await call(rig, 'themes:view', { id: themes.sharing.id });
    expect(view.excerpts.map((e) => e.anchor.exact)).toEqual(['room to think about the child', 'We rang the school', 'noticed the bruise and said so']);
    expect(view.agencies).toEqual(['Children’s Services', 'Community Health', 'Riverside Primary School']);
    expect(view.excerpts[0]!.conversation).toBe('Group conversation, Thursday 10 December 2026');
    const health = await call(rig, 'themes:view', { id: themes.sharing.id, agency: 'Community Health' });
    expect(health.excerpts.map((e) => e.anchor.exact)).toEqual(['noticed the bruise and said so']);
    const lead = await call(rig, 'themes:view', { id: themes.sharing.id, role: 'Designated safeguarding lead' });
    expect(lead.excerpts.map((e) => e.anchor.exact)).toEqual(['We rang the school']);
    const list = await call(rig, 'themes:list', { reviewId: review.id });
    expect(list.map((t) => [t.name, t.parentId === themes.supervision.id, t.excerpts])).toEqual([
      ['Supervision', false, 1],
      ['Reflective space', true, 1],
      ['Information sharing', false, 3],
    ]);
    const matrix = await call(rig, 'themes:co-occurrence', { reviewId: review.id });
    expect(matrix.themes.map((t) => t.name)).toEqual(['Supervision', 'Reflective space', 'Information sharing']);
    // Reflective space and Information sharing code the same excerpt; Supervision's excerpt does not overlap either.
    expect(matrix.counts).toEqual([
      [1, 0, 0],
      [0, 1, 1],
      [0, 1, 3],
    ]);
  });

  it('lists a theme’s excerpts conversation by conversation, earliest first, each in the order it sits in the notes', async () => {
    const { rig } = workspace;
    const { review, social, themes } = await codedReview(rig);
    const earlier = await call(rig, 'interviews:add', { reviewId: review.id, kind: 'individual', date: '2026-11-02', participants: [{ personId: social.id }] });
    const text = await writeNotes(rig, earlier.notesDocumentId, ['The first time we shared the chronology with the school.']);
    await code(rig, earlier.id, text, 'shared the chronology', [themes.sharing.id]);
    const view = await call(rig, 'themes:view', { id: themes.sharing.id });
    expect(view.excerpts.map((e) => [e.conversation, e.anchor.exact])).toEqual([
      ['Individual interview, Monday 2 November 2026', 'shared the chronology'],
      ['Group conversation, Thursday 10 December 2026', 'room to think about the child'],
      ['Group conversation, Thursday 10 December 2026', 'We rang the school'],
      ['Group conversation, Thursday 10 December 2026', 'noticed the bruise and said so'],
    ]);
  });

  it('counts overlapping excerpts of different themes as occurring together', async () => {
    const { rig } = workspace;
    const { review, conversation, text, themes } = await codedReview(rig);
    await code(rig, conversation.id, text, 'gave me room', [themes.supervision.id]);
    const matrix = await call(rig, 'themes:co-occurrence', { reviewId: review.id });
    expect(matrix.counts[0]).toEqual([2, 1, 1]);
  });

  it('refuses a possible quote from a participant who did not consent to quotes, naming their role', async () => {
    const { rig } = workspace;
    const { excerpts } = await codedReview(rig);
    const refused = await failure(rig, 'excerpts:edit', { id: excerpts.d.id, possibleQuote: true });
    expect(refused.message).toBe(
      'This excerpt cannot be marked as a possible quote: the health visitor, Community Health did not consent to quotes. Record their consent to quotes first, or leave it unmarked.',
    );
    expect((await call(rig, 'excerpts:list', { id: excerpts.d.conversationId })).find((e) => e.id === excerpts.d.id)!.possibleQuote).toBe(false);
  });

  it('flags every excerpt from a participant who withdraws consent, and refuses exports that would quote them', async () => {
    const { rig } = workspace;
    const { review, conversation, social, excerpts } = await codedReview(rig);
    const before = lastAuditSeq(rig);
    const after = await call(rig, 'interviews:consent', { id: conversation.id, personId: social.id, status: 'withdrawn', covers: ['notes'], on: '2026-11-25' });
    expect(after.participants[0]!.consent).toEqual({ status: 'withdrawn', on: '2026-11-25', covers: [] });
    const list = await call(rig, 'excerpts:list', { id: conversation.id });
    expect(list.filter((e) => e.consentWithdrawn).map((e) => e.id).sort()).toEqual([excerpts.a.id, excerpts.b.id].sort());
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['conversation.consent-withdrawn']);
    const refused = await failure(rig, 'interviews:export-report', { reviewId: review.id });
    expect(refused.message).toBe(
      'The excerpt “Supervision every fortnight” (Group conversation, Thursday 10 December 2026) is marked as a possible quote, but the social worker, Children’s Services withdrew consent. Unmark it as a possible quote, or record consent to quotes, before exporting.',
    );
    expect((await failure(rig, 'interviews:export-csv', { reviewId: review.id })).message).toMatch(/withdrew consent/);
  });

  it('asks before deleting a theme that codes excerpts, then keeps them: uncoded when it was their only theme', async () => {
    const { rig } = workspace;
    const { review, themes, excerpts } = await codedReview(rig);
    await call(rig, 'excerpts:edit', { id: excerpts.c.id, memo: 'Same-day contact with the school.' });
    const asked = await failure(rig, 'themes:remove', { id: themes.sharing.id });
    expect(asked.message).toBe('“Information sharing” codes 3 excerpts. They are kept; 2 with no other theme go to Uncoded. Confirm to delete the theme (from the command line: --force).');
    expect(await call(rig, 'themes:remove', { id: themes.sharing.id, force: true })).toEqual({ uncoded: 2 });
    const uncoded = await call(rig, 'themes:uncoded', { reviewId: review.id });
    expect(uncoded.map((e) => [e.anchor.exact, e.memo])).toEqual([
      ['We rang the school', 'Same-day contact with the school.'],
      ['noticed the bruise and said so', null],
    ]);
    // A parent theme's sub-themes move up when it goes.
    await call(rig, 'themes:remove', { id: themes.supervision.id, force: true });
    expect((await call(rig, 'themes:list', { reviewId: review.id })).map((t) => [t.name, t.parentId])).toEqual([['Reflective space', null]]);
  });

  it('refuses a theme under its own sub-theme and a second theme of the same name under one parent', async () => {
    const { rig } = workspace;
    const { review, themes } = await codedReview(rig);
    expect((await failure(rig, 'themes:edit', { id: themes.supervision.id, parentId: themes.reflective.id })).message).toMatch(/cannot go under one of its own sub-themes/);
    expect((await failure(rig, 'themes:add', { reviewId: review.id, name: 'supervision' })).message).toMatch(/already a theme called “supervision”/);
  });

  it('links a theme and an excerpt to the chronology, and says “Source removed” when the episode goes', async () => {
    const { rig } = workspace;
    const { review, themes, excerpts } = await codedReview(rig);
    const episode = await call(rig, 'episode:add', { reviewId: review.id, title: 'Strategy meeting' });
    const link = await call(rig, 'interviews:link', { from: { kind: 'theme', id: themes.sharing.id }, target: { kind: 'episode', id: episode.id } });
    expect(link.label).toBe('Key practice episode: Strategy meeting');
    const entry = await call(rig, 'chronology:add-entry', { reviewId: review.id, date: '2026-03-04', agency: 'Police', event: 'Strategy meeting held' });
    const onExcerpt = await call(rig, 'interviews:link', { from: { kind: 'excerpt', id: excerpts.c.id }, target: { kind: 'entry', id: entry.id } });
    expect(onExcerpt.label).toMatch(/^4 Mar 2026, Police: Strategy meeting held$/);
    await call(rig, 'episode:remove', { id: episode.id });
    expect((await call(rig, 'themes:view', { id: themes.sharing.id })).links.map((l) => l.label)).toEqual(['Source removed']);
  });
});
