/**
 * Issue #15: the chair's decision as it is recorded — who decided, the day (in the past, never in
 * the future), how, the evidence kept encrypted in the workspace and saved again where the user
 * chooses, and the recorder taken from the app's settings; template guidance refused at approval.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditSince, call, failure, lastAuditSeq } from '../reviews/helpers';
import { createRig, testPassphrase, type TestRig } from '../workspace/session/helpers';

// The test clock reads Thursday 26 November 2026.
const emailed = { by: 'Pat Example', role: 'Independent Chair, SVPP', decidedOn: '2026-11-23', how: 'email' } as const;
const email = Buffer.from('From: Pat Example <chair@example.org>\r\nSubject: Terms of reference for Child M\r\n\r\nI approve version 1 of the terms of reference. Pat\r\n');

describe('the chair’s decision, as recorded', () => {
  let rig: TestRig;
  let dir: string;
  beforeEach(async () => {
    rig = createRig({ displayName: 'Sam Reviewer' });
    dir = (await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase)).path;
  });
  afterEach(() => rig.cleanup());

  /** Terms from the LCSPR template with its guidance written over, submitted. */
  async function submittedTerms(): Promise<string> {
    const { id: reviewId } = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await call(rig, 'terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    await call(rig, 'terms:set-sections', { reviewId, sections: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Child M was seriously harmed in December 2019.' }] }] } });
    await call(rig, 'terms:submit', { reviewId });
    return reviewId;
  }

  it('records an approval given by email three days ago, with the evidence, and the app’s user as the recorder', async () => {
    const reviewId = await submittedTerms();
    const before = lastAuditSeq(rig);
    const signed = await call(rig, 'terms:sign-off', { reviewId, ...emailed, comment: 'Approved without changes.', evidence: { fileName: 'Chair approval.eml', base64: email.toString('base64') } });
    expect(signed.status).toBe('signed-off');
    expect(signed.decisions).toEqual([
      {
        id: expect.any(String),
        decision: 'approved',
        signatory: 'Pat Example',
        role: 'Independent Chair, SVPP',
        at: '2026-11-23',
        how: 'email',
        recordedBy: 'Sam Reviewer',
        recordedAt: '2026-11-26T09:00:00.000Z',
        comments: 'Approved without changes.',
        sha256: signed.sha256,
        evidence: { fileName: 'Chair approval.eml', size: email.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
    ]);
    expect(auditSince(rig, before).map((row) => [row.action, row.actor])).toEqual([['terms.signed-off', 'Sam Reviewer']]);
    expect((await call(rig, 'terms:get', { reviewId })).history[0]).toMatchObject({ signedBy: 'Pat Example', signedAt: '2026-11-23' });

    // Saved again where the user chooses: the same bytes, and the saving is in the audit log.
    const target = path.join(rig.dataDir, 'saved approval.eml');
    const asked: string[] = [];
    rig.ports.dialogs.showSave = (options) => {
      asked.push(`${options.title}: ${options.defaultName}`);
      return Promise.resolve(target);
    };
    const decisionId = signed.decisions[0]!.id;
    expect(await call(rig, 'terms:save-evidence', { reviewId, decisionId })).toEqual({ fileName: 'Chair approval.eml' });
    expect(asked).toEqual(['Save the evidence of the decision: Chair approval.eml']);
    expect(readFileSync(target).equals(email)).toBe(true);
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['terms.signed-off', 'terms.evidence-saved']);

    // Cancelled: nothing written, nothing recorded.
    rig.ports.dialogs.showSave = () => Promise.resolve(null);
    expect(await call(rig, 'terms:save-evidence', { reviewId, decisionId })).toBeNull();
    expect(auditSince(rig, before)).toHaveLength(2);
    expect((await failure(rig, 'terms:save-evidence', { reviewId, decisionId: 'no-such-decision' })).message).toMatch(/No evidence is kept with that decision/);
  });

  it('keeps the evidence encrypted: its words are nowhere in the workspace’s files', async () => {
    const reviewId = await submittedTerms();
    await call(rig, 'terms:sign-off', { reviewId, ...emailed, evidence: { fileName: 'approval.eml', base64: email.toString('base64') } });
    const files = readdirSync(dir).filter((name) => name.startsWith('workspace.db'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect(readFileSync(path.join(dir, name)).includes('I approve version 1')).toBe(false);
    const { db } = rig.core.session.require();
    expect((db.prepare('SELECT content FROM terms_decision_evidence').get() as { content: Buffer }).content.equals(email)).toBe(true);
  });

  it('refuses a future day, an impossible day, an unknown way of deciding, and evidence over 20 MB — changing nothing', async () => {
    const reviewId = await submittedTerms();
    const before = lastAuditSeq(rig);
    expect((await failure(rig, 'terms:sign-off', { reviewId, ...emailed, decidedOn: '2026-11-27' })).message).toBe(
      'The decision cannot have been made on 27 November 2026: that is in the future (today is 26 November 2026). Give the day the chair decided.',
    );
    expect((await failure(rig, 'terms:sign-off', { reviewId, ...emailed, decidedOn: '2026-02-30' })).message).toMatch(/The date of the decision "2026-02-30"/);
    expect((await failure(rig, 'terms:sign-off', { reviewId, ...emailed, how: 'telepathy' })).message).toMatch(/Say how the decision was made: meeting, email, in-person, letter/);
    const large = Buffer.alloc(20 * 1024 * 1024 + 1, 1).toString('base64');
    expect((await failure(rig, 'terms:sign-off', { reviewId, ...emailed, evidence: { fileName: 'video.mp4', base64: large } })).message).toMatch(/20 MB/);
    expect((await failure(rig, 'terms:sign-off', { reviewId, ...emailed, evidence: { fileName: '../approval.eml', base64: email.toString('base64') } })).code).toBe('validation');
    const after = await call(rig, 'terms:get', { reviewId });
    expect(after.current).toMatchObject({ status: 'submitted', decisions: [] });
    expect(auditSince(rig, before)).toEqual([]);
    // Today is allowed.
    expect((await call(rig, 'terms:sign-off', { reviewId, ...emailed, decidedOn: '2026-11-26', how: 'in-person' })).decisions[0]).toMatchObject({ at: '2026-11-26', how: 'in-person', evidence: null });
  });

  it('a recorded decision and its evidence cannot be changed afterwards', async () => {
    const reviewId = await submittedTerms();
    await call(rig, 'terms:sign-off', { reviewId, ...emailed, evidence: { fileName: 'approval.eml', base64: email.toString('base64') } });
    const { db } = rig.core.session.require();
    expect(() => db.prepare(`UPDATE terms_decisions SET signatory = 'Someone Else'`).run()).toThrow(/cannot be changed/);
    expect(() => db.prepare(`UPDATE terms_decision_records SET how = 'meeting'`).run()).toThrow(/cannot be changed/);
    expect(() => db.prepare(`UPDATE terms_decision_evidence SET file_name = 'other.eml'`).run()).toThrow(/cannot be changed/);
  });

  it('shows template guidance as guidance, and refuses an approval while a section or field still holds it', async () => {
    const { id: reviewId } = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const started = await call(rig, 'terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    // A field whose template text is guidance starts empty, the guidance offered as its hint.
    expect(started.fields.parallelProcesses).toBe('');
    const overview = await call(rig, 'terms:get', { reviewId });
    expect(overview.guidance.fields.parallelProcesses).toMatch(/^Any criminal proceedings, inquest or other review running alongside will be recorded here/);
    expect(overview.guidance.sections).toContain("Why the review is being held: the incident, the rapid review and the safeguarding partners' decision.");
    expect(overview.guidanceLeft).toEqual(['Background']);

    await call(rig, 'terms:set', { reviewId, field: 'parallelProcesses', value: overview.guidance.fields.parallelProcesses });
    expect((await call(rig, 'terms:get', { reviewId })).guidanceLeft).toEqual(['Parallel processes', 'Background']);
    await call(rig, 'terms:submit', { reviewId });
    const refused = await failure(rig, 'terms:sign-off', { reviewId, ...emailed });
    expect(refused.message).toBe(
      'Nothing was recorded: Parallel processes and Background still hold the template’s guidance, not terms for this review. Replace the guidance with what applies to this review (or remove it), submit again, then record the approval.',
    );
    expect((await call(rig, 'terms:get', { reviewId })).current).toMatchObject({ status: 'submitted', decisions: [] });
    // Returning it is allowed: the chair may return it for exactly that reason.
    expect((await call(rig, 'terms:sign-off', { reviewId, ...emailed, decision: 'returned', comment: 'Write the background.' })).status).toBe('returned');

    await call(rig, 'terms:set', { reviewId, field: 'parallelProcesses', value: 'A criminal investigation is under way; the reviewer will liaise with the senior investigating officer.' });
    const sections = (await call(rig, 'terms:get', { reviewId })).current!.sections;
    const written = (sections.content ?? []).map((node) => (node.content?.[0]?.text?.startsWith('Why the review is being held') ? { type: 'paragraph', content: [{ type: 'text', text: 'Child M was seriously harmed in December 2019.' }] } : node));
    await call(rig, 'terms:set-sections', { reviewId, sections: { type: 'doc', content: written } });
    expect((await call(rig, 'terms:get', { reviewId })).guidanceLeft).toEqual([]);
    await call(rig, 'terms:submit', { reviewId });
    expect((await call(rig, 'terms:sign-off', { reviewId, ...emailed })).status).toBe('signed-off');
  });
});
