/**
 * 7-minute briefings through their channels: the draft made from the review's findings (its
 * headings, pseudonyms and never a real name, questions for the categories present), the refusal
 * without findings, the anonymised PDF export of the document, and the dissemination log. The
 * rig's clock stands at Thursday 26 November 2026.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPdf } from '../../../../electron/services/pdf';
import { noteText } from '../../../../shared/interviews/note-text';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';
import { reviewWithPractitioners } from '../interviews/helpers';
import type { TestRig } from '../workspace/session/helpers';
import { seedFinding } from './plan-seed';

const workspace = useWorkspace();
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const realNames = ['Imogen', 'Trelawny', 'Tobias', 'Fairweather'];

/** Child Q's review with two findings naming people from its register, and a key practice episode. */
async function reviewWithFindings(rig: TestRig) {
  const people = await reviewWithPractitioners(rig);
  const reviewId = people.review.id;
  await call(rig, 'episode:add', { reviewId, title: 'Second referral', start: '2026-03-02', summary: 'Imogen Trelawny referred Tobias Fairweather again after a bruise was seen.' });
  seedFinding(rig, { reviewId }, 'Tobias Fairweather was not seen alone by any agency.', { pattern: 'Children are seen with the adult who brings them.', category: 'Voice of the child' });
  seedFinding(rig, { reviewId }, 'The school was not told of the strategy meeting.', { category: 'Information sharing' });
  return people;
}

describe('making a 7-minute briefing', () => {
  it('drafts the document from the findings, pseudonymised, with the questions for the categories present', async () => {
    const { rig } = workspace;
    const { review } = await reviewWithFindings(rig);
    const before = lastAuditSeq(rig);
    const briefing = await call(rig, 'briefings:create', { reviewId: review.id });
    expect(briefing).toMatchObject({ reviewId: review.id, title: '7-minute briefing: LCSPR: Child Q', deliveries: [], notConfirmed: [] });
    expect(auditSince(rig, before).map((row) => [row.action, row.entity_type])).toEqual([
      ['document.created', 'document'],
      ['briefing.created', 'briefing'],
    ]);
    const document = await call(rig, 'document:load', { id: briefing.documentId });
    expect(document.kind).toBe('general');
    const headings = (document.content.content ?? []).filter((node) => node.type === 'heading').map((node) => node.content?.[0]?.text);
    expect(headings).toEqual(['Background', 'What happened', 'Findings', 'What it means for practice', 'Questions for supervision']);
    const text = noteText(document.content).text;
    expect(text).toContain('This briefing is about LCSPR: Child Q, a local child safeguarding practice review (LCSPR). Add when it was commissioned.');
    expect(text).toContain('Second referral: Practitioner 1 (Social worker) referred Child Q again after a bruise was seen.');
    expect(text).toContain('Child Q was not seen alone by any agency.');
    expect(text).toContain('The pattern: Children are seen with the adult who brings them.');
    expect(text).toContain('When did I last see the child on their own, and what did they tell me?');
    expect(text).toContain('Who else needed to know what I knew, and how did I make sure they knew it?');
    expect(text).not.toContain('Which of my cases have I not brought to supervision');
    expect(text).toContain('What one thing will I do differently as a result?');
    for (const name of realNames) expect(text).not.toContain(name);
    expect((await call(rig, 'briefings:list', { reviewId: review.id })).map((b) => b.documentId)).toEqual([briefing.documentId]);
  });

  it('says to record findings first when the review has none, and writes no document', async () => {
    const { rig } = workspace;
    const { review } = await reviewWithPractitioners(rig);
    expect((await failure(rig, 'briefings:create', { reviewId: review.id })).message).toBe('This review has no findings yet. Record its findings first, then make the briefing from them.');
    expect(await call(rig, 'document:list', { reviewId: review.id })).toEqual([]);
  });

  it('exports through the documents’ anonymised PDF: the pseudonym, not the name a later edit wrote in', async () => {
    const { rig } = workspace;
    const { review } = await reviewWithFindings(rig);
    const { documentId } = await call(rig, 'briefings:create', { reviewId: review.id });
    const current = await call(rig, 'document:load', { id: documentId });
    const content = { ...current.content, content: [...(current.content.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: 'Imogen Trelawny presented the findings.' }] }] };
    await call(rig, 'document:save', { id: documentId, content: content as never, revision: current.revision });
    const folder = mkdtempSync(path.join(tmpdir(), 'prw-briefing-'));
    folders.push(folder);
    const file = path.join(folder, 'briefing.pdf');
    rig.ports.dialogs.showSave = () => Promise.resolve(file);
    const saved = await call(rig, 'document:export-pdf', { id: documentId, anonymised: true });
    expect(saved?.record).toMatchObject({ kind: 'document', anonymised: true });
    const text = (await readPdf(readFileSync(file))).pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Child Q was not seen alone by any agency.');
    expect(text).toContain('Social worker');
    for (const name of realNames) expect(text).not.toContain(name);
  });
});

describe('the dissemination log', () => {
  it('keeps one line per agency (logging it again replaces the line), lists those not confirming use, and takes lines off', async () => {
    const { rig } = workspace;
    const { review } = await reviewWithFindings(rig);
    const { documentId } = await call(rig, 'briefings:create', { reviewId: review.id });
    const before = lastAuditSeq(rig);
    await call(rig, 'briefings:log', { documentId, agency: 'Police', receivedOn: '2026-11-20' });
    await call(rig, 'briefings:log', { documentId, agency: 'Community Health', receivedOn: '2026-11-21', used: 'Discussed at the team meeting' });
    let briefing = await call(rig, 'briefings:log', { documentId, agency: 'Riverside Primary School', receivedOn: '2026-11-22' });
    expect(briefing.notConfirmed).toEqual(['Police', 'Riverside Primary School']);
    briefing = await call(rig, 'briefings:log', { documentId, agency: 'police', receivedOn: '2026-11-23', used: 'In supervision' });
    expect(briefing.deliveries.map(({ agency, receivedOn, used }) => [agency, receivedOn, used])).toEqual([
      ['Community Health', '2026-11-21', 'Discussed at the team meeting'],
      ['police', '2026-11-23', 'In supervision'],
      ['Riverside Primary School', '2026-11-22', null],
    ]);
    expect(briefing.notConfirmed).toEqual(['Riverside Primary School']);
    const school = briefing.deliveries.find((line) => line.agency === 'Riverside Primary School')!;
    briefing = await call(rig, 'briefings:unlog', { id: school.id });
    expect(briefing.deliveries.map((line) => line.agency)).toEqual(['Community Health', 'police']);
    expect(briefing.notConfirmed).toEqual([]);
    expect((await call(rig, 'briefings:list', { reviewId: review.id }))[0]!.deliveries).toHaveLength(2);
    expect(auditSince(rig, before).map((row) => row.action)).toEqual([...Array<string>(4).fill('briefing.delivery-logged'), 'briefing.delivery-removed']);
    expect((await failure(rig, 'briefings:unlog', { id: school.id })).message).toMatch(/not on the dissemination log any more/);
  });

  it('refuses a day received in the future and a briefing that does not exist', async () => {
    const { rig } = workspace;
    const { review } = await reviewWithFindings(rig);
    const { documentId } = await call(rig, 'briefings:create', { reviewId: review.id });
    expect((await failure(rig, 'briefings:log', { documentId, agency: 'Police', receivedOn: '2026-11-27' })).message).toMatch(/in the future/);
    expect((await call(rig, 'briefings:log', { documentId, agency: 'Police', receivedOn: '2026-11-26' })).deliveries).toHaveLength(1);
    expect((await failure(rig, 'briefings:log', { documentId: 'nothing', agency: 'Police', receivedOn: '2026-11-20' })).message).toMatch(/No 7-minute briefing/);
  });
});
