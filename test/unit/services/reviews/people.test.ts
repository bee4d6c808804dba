/** The people register: pseudonyms, aliases, persistence, and names kept out of audit, logs and errors. */
import { describe, expect, it } from 'vitest';
import { plaintextFindings } from '../workspace/db/helpers';
import { testPassphrase } from '../workspace/session/helpers';
import { addRapidReview, auditRows, auditSince, call, captureStderr, failure, lastAuditSeq, names, useWorkspace } from './helpers';

const workspace = useWorkspace();
const everyName = Object.values(names);
const namePattern = new RegExp(everyName.flatMap((name) => name.split(' ')).join('|'), 'i');

describe('pseudonym suggestions', () => {
  it('follows the report conventions in sequence, starting from the review’s subject label', async () => {
    const { rig } = workspace;
    const { id: reviewId } = await addRapidReview(rig);
    const add = async (name: string, role: 'child' | 'sibling' | 'parent' | 'carer' | 'practitioner', extra: object = {}) =>
      (await call(rig, 'people:add', { reviewId, name, role, ...extra })).pseudonym;
    expect(await add(names.child, 'child')).toBe('Child M');
    expect(await add('Ava Example', 'child')).toBe('Child A');
    expect(await add(names.sibling, 'sibling')).toBe('Sibling 1');
    expect(await add('Noah Example', 'sibling')).toBe('Sibling 2');
    expect(await add(names.mother, 'parent', { relationship: 'mother' })).toBe('Mother');
    expect(await add(names.partner, 'carer', { relationship: "mother's partner" })).toBe("Mother's partner");
    expect(await add('Sam Example', 'parent')).toBe('Parent 1');
    expect(await add('Pat Example', 'practitioner', { practitionerRole: 'Health Visitor', agency: 'Community health' })).toBe('Practitioner 1 (Health Visitor)');
    expect(await add('Lee Example', 'practitioner', { practitionerRole: 'Social Worker', agency: 'Children’s social care' })).toBe('Practitioner 2 (Social Worker)');
    expect(await call(rig, 'people:suggest-pseudonym', { reviewId, role: 'practitioner', practitionerRole: 'GP' })).toEqual({ pseudonym: 'Practitioner 3 (GP)' });
  });

  it('never suggests a pseudonym already in use, whoever chose it', async () => {
    const { rig } = workspace;
    const { id: reviewId } = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR with no subject label' });
    await call(rig, 'people:add', { reviewId, name: 'Ava Example', role: 'child', pseudonym: 'child a' });
    await call(rig, 'people:add', { reviewId, name: 'Pat Example', role: 'practitioner', practitionerRole: 'GP', pseudonym: 'Practitioner 1' });
    await call(rig, 'people:add', { reviewId, name: 'Kim Example', role: 'parent', pseudonym: 'Mother' });
    const suggest = (role: 'child' | 'practitioner' | 'parent', extra: object = {}) => call(rig, 'people:suggest-pseudonym', { reviewId, role, ...extra });
    expect(await suggest('child')).toEqual({ pseudonym: 'Child B' });
    expect(await suggest('practitioner', { practitionerRole: 'School Nurse' })).toEqual({ pseudonym: 'Practitioner 2 (School Nurse)' });
    expect(await suggest('parent', { relationship: 'Mother' })).toEqual({ pseudonym: 'Mother 2' });
  });

  it('does not count a person’s own pseudonym as taken when suggesting one for them', async () => {
    const { rig } = workspace;
    const { id: reviewId } = await addRapidReview(rig);
    const sibling = await call(rig, 'people:add', { reviewId, name: names.sibling, role: 'sibling' });
    expect(await call(rig, 'people:suggest-pseudonym', { reviewId, role: 'sibling', personId: sibling.id })).toEqual({ pseudonym: 'Sibling 1' });
    expect(await call(rig, 'people:suggest-pseudonym', { reviewId, role: 'sibling' })).toEqual({ pseudonym: 'Sibling 2' });
  });

  it('keeps real names out of suggestions and refuses a pseudonym that contains one — without repeating the name', async () => {
    const { rig } = workspace;
    const { id: reviewId } = await addRapidReview(rig);
    await call(rig, 'people:add', { reviewId, name: names.partner, role: 'carer', aliases: ['Deano'] });
    const suggested = await call(rig, 'people:suggest-pseudonym', { reviewId, role: 'other-family', relationship: 'Farrow grandmother' });
    expect(suggested).toEqual({ pseudonym: 'Family member 1' });
    const refused = await failure(rig, 'people:add', { reviewId, name: names.child, role: 'child', pseudonym: 'Deano’s girl' });
    expect(refused.code).toBe('validation');
    expect(refused.message).toMatch(/shares a word with a real name or alias/);
    expect(refused.message).not.toMatch(/Dean|Farrow|Maisie|Hartwell/);
  });

  it('refuses a pseudonym that another person in the review has, in any case', async () => {
    const { rig } = workspace;
    const { id: reviewId } = await addRapidReview(rig);
    await call(rig, 'people:add', { reviewId, name: names.mother, role: 'parent', relationship: 'mother' });
    const error = await failure(rig, 'people:add', { reviewId, name: names.grandmother, role: 'other-family', pseudonym: '  MOTHER ' });
    expect(error).toEqual({ code: 'validation', message: 'Someone else in this review already has the pseudonym "MOTHER". Choose a different one.' });
  });
  it("refuses a pseudonym that is another person's real name or alias, even a short one, without repeating it", async () => {
    const { rig } = workspace;
    const { id: reviewId } = await addRapidReview(rig);
    await call(rig, 'people:add', { reviewId, name: 'Jo Quenby', role: 'parent', relationship: 'mother', aliases: ['Jo'] });
    const error = await failure(rig, 'people:add', { reviewId, name: names.grandmother, role: 'other-family', pseudonym: 'jo' });
    expect(error).toEqual({ code: 'validation', message: "That pseudonym is another person's real name or alias in this review, so the anonymised copy would name them. Choose another." });
  });
});

describe('the register', () => {
  it('keeps aliases, dates of birth and practitioners’ agencies, and edits field by field', async () => {
    const { rig } = workspace;
    const { id: reviewId } = await addRapidReview(rig);
    const child = await call(rig, 'people:add', { reviewId, name: names.child, role: 'child', dateOfBirth: '2016-05-22', aliases: ['Maisy Hartwell', 'M. Hartwel'] });
    expect(child).toMatchObject({ name: names.child, dateOfBirth: '2016-05-22', aliases: ['Maisy Hartwell', 'M. Hartwel'], pseudonym: 'Child M' });
    // Two stale edits of different fields both survive.
    await call(rig, 'people:update', { id: child.id, aliases: ['Maisy Hartwell', 'M. Hartwel', 'Maisie Farrow'] });
    await call(rig, 'people:update', { id: child.id, dateOfBirth: '2016-05-23' });
    const [listed] = await call(rig, 'people:list', { reviewId });
    expect(listed).toMatchObject({ aliases: ['Maisy Hartwell', 'M. Hartwel', 'Maisie Farrow'], dateOfBirth: '2016-05-23', pseudonym: 'Child M' });
    expect((await failure(rig, 'people:update', { id: child.id, dateOfBirth: '2016-02-30' })).message).toContain('February 2016 has 29 days');
  });

  it('asks for a practitioner’s role and keeps professional roles to practitioners', async () => {
    const { rig } = workspace;
    const { id: reviewId } = await addRapidReview(rig);
    const noRole = await failure(rig, 'people:add', { reviewId, name: 'Pat Example', role: 'practitioner' });
    expect(noRole.message).toMatch(/Give the practitioner's role/);
    const parent = await failure(rig, 'people:add', { reviewId, name: names.mother, role: 'parent', practitionerRole: 'Health Visitor' });
    expect(parent.message).toMatch(/Only a practitioner has a professional role/);
    const practitioner = await call(rig, 'people:add', { reviewId, name: 'Pat Example', role: 'practitioner', practitionerRole: 'GP', agency: 'General practice' });
    const changed = await call(rig, 'people:update', { id: practitioner.id, role: 'carer', pseudonym: 'Carer 1' });
    expect(changed).toMatchObject({ role: 'carer', practitionerRole: null, pseudonym: 'Carer 1' });
  });

  it('removes a person, once, with one audit entry', async () => {
    const { rig } = workspace;
    const { id: reviewId } = await addRapidReview(rig);
    const person = await call(rig, 'people:add', { reviewId, name: names.sibling, role: 'sibling' });
    const before = lastAuditSeq(rig);
    expect(await call(rig, 'people:remove', { id: person.id })).toEqual({ id: person.id });
    expect(await call(rig, 'people:list', { reviewId })).toEqual([]);
    expect((await failure(rig, 'people:remove', { id: person.id })).code).toBe('not-found');
    expect(auditSince(rig, before)).toEqual([expect.objectContaining({ action: 'person.removed', entity_type: 'person', entity_id: person.id })]);
  });

  it('survives locking and unlocking the workspace, and leaves no name readable in any file', async () => {
    const { rig, dir } = workspace;
    const review = await addRapidReview(rig);
    await call(rig, 'people:add', { reviewId: review.id, name: names.child, role: 'child', aliases: ['Maisy Hartwell'] });
    await call(rig, 'people:add', { reviewId: review.id, name: names.partner, role: 'carer', relationship: 'stepfather' });
    const people = await call(rig, 'people:list', { reviewId: review.id });
    const detail = await call(rig, 'review:get', { id: review.id });
    await rig.core.session.lock('user');
    expect(plaintextFindings(dir, [...everyName, 'Maisy Hartwell'])).toEqual([]);
    await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
    expect(await call(rig, 'people:list', { reviewId: review.id })).toEqual(people);
    expect(await call(rig, 'review:get', { id: review.id })).toEqual(detail);
  });
});

describe('names stay out of the audit log, the logs and error messages', () => {
  it('audits every change by id, one entry each, and never a name', async () => {
    const { rig } = workspace;
    const before = lastAuditSeq(rig);
    const review = await addRapidReview(rig);
    const child = await call(rig, 'people:add', { reviewId: review.id, name: names.child, role: 'child', aliases: ['Maisy'] });
    const mother = await call(rig, 'people:add', { reviewId: review.id, name: names.mother, role: 'parent', relationship: 'mother' });
    await call(rig, 'people:update', { id: mother.id, name: 'Kerry Anne Hartwell' });
    await call(rig, 'people:remove', { id: child.id });
    expect(auditSince(rig, before).map((row) => [row.action, row.entity_id])).toEqual([
      ['review.created', review.id],
      ['person.added', child.id],
      ['person.added', mother.id],
      ['person.updated', mother.id],
      ['person.removed', child.id],
    ]);
    expect(JSON.stringify(auditRows(rig))).not.toMatch(namePattern);
  });

  it('writes no name to stderr, even at debug level and when things go wrong', async () => {
    const { rig } = workspace;
    const errors: string[] = [];
    const logged = await captureStderr(async () => {
      const review = await addRapidReview(rig);
      const mother = await call(rig, 'people:add', { reviewId: review.id, name: names.mother, role: 'parent', relationship: 'mother', aliases: [names.grandmother] });
      await call(rig, 'people:update', { id: mother.id, aliases: [names.sibling] });
      errors.push((await failure(rig, 'people:add', { reviewId: review.id, name: names.partner, role: 'parent', pseudonym: 'Mother' })).message);
      errors.push((await failure(rig, 'people:add', { reviewId: review.id, name: names.partner, role: 'parent', pseudonym: 'Kerry’s partner' })).message);
      errors.push((await failure(rig, 'people:add', { reviewId: review.id, name: names.partner, role: 'practitioner' })).message);
      errors.push((await failure(rig, 'people:add', { reviewId: 'no-such-review', name: names.partner, role: 'carer' })).message);
      errors.push((await failure(rig, 'people:update', { id: mother.id, name: names.child, dateOfBirth: '2019-13-01' })).message);
      await call(rig, 'people:list', { reviewId: review.id });
      await rig.core.session.lock('user');
    });
    expect(errors).toHaveLength(5);
    expect(errors.join('\n')).not.toMatch(namePattern);
    expect(logged).not.toMatch(namePattern);
  });
});
