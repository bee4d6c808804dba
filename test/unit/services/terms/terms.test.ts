import { describe, expect, it } from 'vitest';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';

// The test clock reads 26 November 2026: the chair decided by email three days before.
const chair = { by: 'Pat Example', role: 'Independent Chair, SVPP', decidedOn: '2026-11-23', how: 'email' } as const;

describe('terms of reference', () => {
  const workspace = useWorkspace();

  async function review() {
    return call(workspace.rig, 'review:create', {
      type: 'rapid-review',
      title: 'Rapid review: Child M',
      subject: 'Child M',
      dates: { aware: '2019-12-23' },
      agencies: ['Police', 'Health Visiting'],
      reviewers: [{ name: 'Sam Reviewer' }],
    });
  }

  it('starts from a template with the fields the review already knows, and refuses to start twice', async () => {
    const { id: reviewId } = await review();
    const templates = await call(workspace.rig, 'terms:templates', {});
    expect(templates.map((template) => template.id)).toEqual(['lcspr-rapid-review-led', 'sar', 'dhr']);

    const terms = await call(workspace.rig, 'terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    expect(terms).toMatchObject({ number: 1, status: 'draft', submittedSha256: null });
    expect(terms.fields).toMatchObject({ subject: 'Child M', agencies: ['Police', 'Health Visiting'], reviewer: 'Sam Reviewer', methodology: 'appreciative-inquiry' });
    expect(terms.fields.linesOfEnquiry.length).toBeGreaterThan(0);
    // Milestones come from the review's statutory deadlines (notification due Thu 2 Jan 2020).
    expect(terms.fields.milestones).toContainEqual(expect.objectContaining({ due: '2020-01-02' }));
    expect(terms.sha256).toMatch(/^[0-9a-f]{64}$/);

    expect((await failure(workspace.rig, 'terms:start', { reviewId, template: 'sar' })).message).toMatch(/already has terms of reference/);
    const other = await call(workspace.rig, 'review:create', { type: 'sar', title: 'SAR: Adult P' });
    expect((await failure(workspace.rig, 'terms:start', { reviewId: other.id, template: 'no-such-template' })).message).toMatch(/no template "no-such-template".*lcspr-rapid-review-led, sar, dhr/);
  });

  it('keeps panel members as name, role and agency (from the review), and still takes one line each, as versions before did', async () => {
    const { id: reviewId } = await call(workspace.rig, 'review:create', {
      type: 'lcspr',
      title: 'LCSPR: Child M',
      panelMembers: [{ name: 'Alex Example', role: 'Designated Nurse', agency: 'ICB' }, { name: 'Jo Example' }],
    });
    const started = await call(workspace.rig, 'terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    expect(started.fields.panel).toEqual([
      { name: 'Alex Example', role: 'Designated Nurse', agency: 'ICB' },
      { name: 'Jo Example', role: '', agency: '' },
    ]);
    const legacy = await call(workspace.rig, 'terms:set', { reviewId, field: 'panel', value: ['Pat Example, Head of Safeguarding, Police', { name: 'Sam Example', role: ' Head of Service ', agency: 'Children’s Social Care' }] });
    expect(legacy.fields.panel).toEqual(['Pat Example, Head of Safeguarding, Police', { name: 'Sam Example', role: 'Head of Service', agency: 'Children’s Social Care' }]);
    expect((await failure(workspace.rig, 'terms:set', { reviewId, field: 'panel', value: [{ name: ' ', role: 'Chair', agency: '' }] })).message).toMatch(/Give each panel member a name/);
    expect((await failure(workspace.rig, 'terms:set', { reviewId, field: 'panel', value: [{ name: 'Sam', role: '', agency: '', email: 'x' }] })).code).toBe('validation');
  });

  it('checks each field against the rest: an impossible date, a period ending before it starts, a wrong type', async () => {
    const { id: reviewId } = await review();
    await call(workspace.rig, 'terms:start', { reviewId, template: 'sar' });
    await call(workspace.rig, 'terms:set', { reviewId, field: 'periodFrom', value: '2019-03-01' });
    expect((await failure(workspace.rig, 'terms:set', { reviewId, field: 'periodTo', value: '2019-02-30' })).message).toMatch(/2019-02-30/);
    expect((await failure(workspace.rig, 'terms:set', { reviewId, field: 'periodTo', value: '2018-12-31' })).message).toMatch(/must end on or after/);
    expect((await failure(workspace.rig, 'terms:set', { reviewId, field: 'agencies', value: 'Police' })).code).toBe('validation');
    // The field's name, then the schema's sentence, with one full stop.
    expect((await failure(workspace.rig, 'terms:set', { reviewId, field: 'reviewer', value: 'R'.repeat(301) })).message).toBe('reviewer: Keep this to 300 characters or fewer.');
    const after = await call(workspace.rig, 'terms:get', { reviewId });
    expect(after.current?.fields).toMatchObject({ periodFrom: '2019-03-01', periodTo: null });
  });

  it('submit → sign-off binds the decision to the SHA-256; a signed version refuses edits, version 2 is started explicitly and shows what changed', async () => {
    const { id: reviewId } = await review();
    await call(workspace.rig, 'terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    await call(workspace.rig, 'terms:set-sections', { reviewId, sections: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Child M was seriously harmed in December 2019.' }] }] } });
    const before = lastAuditSeq(workspace.rig);
    const submitted = await call(workspace.rig, 'terms:submit', { reviewId });
    expect(submitted).toMatchObject({ status: 'submitted', submittedSha256: submitted.sha256 });
    const signed = await call(workspace.rig, 'terms:sign-off', { reviewId, ...chair, sha256: submitted.sha256 });
    expect(signed.status).toBe('signed-off');
    expect(signed.decisions).toEqual([expect.objectContaining({ decision: 'approved', signatory: 'Pat Example', role: 'Independent Chair, SVPP', sha256: submitted.sha256, at: '2026-11-23', how: 'email' })]);
    expect(auditSince(workspace.rig, before).map((row) => row.action)).toEqual(['terms.submitted', 'terms.signed-off']);

    // Setting a field to the value it has changes nothing; any real change to a signed version is refused.
    const same = await call(workspace.rig, 'terms:set', { reviewId, field: 'subject', value: 'Child M' });
    expect(same).toMatchObject({ number: 1, status: 'signed-off' });
    const refused = await failure(workspace.rig, 'terms:set', { reviewId, field: 'scope', value: 'A narrower scope: the six months before the incident.' });
    expect(refused.message).toBe('Version 1 is signed off and stays exactly as it was signed. To change the terms, start version 2 first.');
    expect((await failure(workspace.rig, 'terms:set-sections', { reviewId, sections: { type: 'doc', content: [] } })).message).toMatch(/Version 1 is signed off/);
    expect((await call(workspace.rig, 'terms:get', { reviewId })).history.map((version) => version.number)).toEqual([1]);

    const next = await call(workspace.rig, 'terms:new-version', { reviewId });
    expect(next).toMatchObject({ number: 2, status: 'draft', fields: signed.fields, sections: signed.sections, decisions: [] });
    expect((await failure(workspace.rig, 'terms:new-version', { reviewId })).message).toMatch(/Version 2 is not signed off yet/);
    const edited = await call(workspace.rig, 'terms:set', { reviewId, field: 'scope', value: 'A narrower scope: the six months before the incident.' });
    expect(edited).toMatchObject({ number: 2, status: 'draft' });
    const overview = await call(workspace.rig, 'terms:get', { reviewId });
    expect(overview.history.map((version) => [version.number, version.status, version.signedBy])).toEqual([
      [2, 'draft', null],
      [1, 'signed-off', 'Pat Example'],
    ]);
    expect(overview.history[1]!.signedAt).toBe('2026-11-23');
    expect(overview.history[1]!.sha256).toBe(submitted.sha256);
    expect(overview.changesSinceSigned?.signedVersion).toBe(1);
    const changed = overview.changesSinceSigned?.lines.filter((line) => line.kind !== 'same') ?? [];
    // Read as the new version reads: everything but the removed words.
    expect(changed.map((line) => line.parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join(''))).toContain('A narrower scope: the six months before the incident.');

    // Version 1 is the record of what was agreed: the database refuses to change it.
    const { db } = workspace.rig.core.session.require();
    expect(() => db.prepare(`UPDATE terms_versions SET fields = '{}' WHERE review_id = ? AND number = 1`).run(reviewId)).toThrow(/cannot be changed/);
  });

  it('refuses to sign a version that changed after it was submitted, or one the signatory was not shown', async () => {
    const { id: reviewId } = await review();
    await call(workspace.rig, 'terms:start', { reviewId, template: 'dhr' });
    const submitted = await call(workspace.rig, 'terms:submit', { reviewId });
    await call(workspace.rig, 'terms:set', { reviewId, field: 'publication', value: 'Changed after submission.' });
    const error = await failure(workspace.rig, 'terms:sign-off', { reviewId, ...chair });
    expect(error.message).toMatch(/changed after it was submitted.*Nothing was signed/);
    const resubmitted = await call(workspace.rig, 'terms:submit', { reviewId });
    expect(resubmitted.submittedSha256).not.toBe(submitted.submittedSha256);
    expect((await failure(workspace.rig, 'terms:sign-off', { reviewId, ...chair, sha256: submitted.sha256 })).message).toMatch(/you were shown/);
    expect((await call(workspace.rig, 'terms:get', { reviewId })).current?.status).toBe('submitted');
  });

  it('returns with comments (required), audited, and the version can be edited and submitted again', async () => {
    const { id: reviewId } = await review();
    await call(workspace.rig, 'terms:start', { reviewId, template: 'sar' });
    await call(workspace.rig, 'terms:submit', { reviewId });
    // A return does not sign anything: it may be made on a version that still holds guidance.
    expect((await failure(workspace.rig, 'terms:sign-off', { reviewId, ...chair, decision: 'returned' })).message).toMatch(/Say why/);
    const before = lastAuditSeq(workspace.rig);
    const returned = await call(workspace.rig, 'terms:sign-off', { reviewId, ...chair, decision: 'returned', comment: 'Add the GP to the agencies.' });
    expect(returned).toMatchObject({ status: 'returned', number: 1 });
    expect(auditSince(workspace.rig, before).map((row) => row.action)).toEqual(['terms.returned']);
    const edited = await call(workspace.rig, 'terms:set', { reviewId, field: 'agencies', value: ['Police', 'Health Visiting', 'GP'] });
    expect(edited).toMatchObject({ number: 1, status: 'draft' });
    expect((await call(workspace.rig, 'terms:submit', { reviewId })).status).toBe('submitted');
    expect((await failure(workspace.rig, 'terms:submit', { reviewId: 'no-such-review' })).code).toBe('not-found');
  });

  it('saves the terms as a workspace template without the review’s own facts, and starts another review from it', async () => {
    const { id: reviewId } = await review();
    await call(workspace.rig, 'terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    await call(workspace.rig, 'terms:set', { reviewId, field: 'familyInvolvement', value: 'Our partnership’s standard wording.' });
    const { id } = await call(workspace.rig, 'terms:save-template', { reviewId, name: 'Our LCSPR' });
    expect(id).toBe('ws-our-lcspr');
    expect((await call(workspace.rig, 'terms:templates', {})).find((template) => template.id === id)).toMatchObject({ source: 'workspace', name: 'Our LCSPR' });

    const other = await call(workspace.rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child N', subject: 'Child N' });
    const started = await call(workspace.rig, 'terms:start', { reviewId: other.id, template: id });
    expect(started.fields).toMatchObject({ familyInvolvement: 'Our partnership’s standard wording.', subject: 'Child N', agencies: [] });
  });
});
