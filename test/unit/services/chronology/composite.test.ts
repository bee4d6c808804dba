/**
 * The composite chronology: all agencies in one date order, filters, the anonymised view, the
 * reviewer's analysis (audited, kept after the workspace is locked and opened again), likely
 * duplicates and key practice episodes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { call, failure, useWorkspace } from '../reviews/helpers';
import { testPassphrase } from '../workspace/session/helpers';
import { addHartwellPeople, addHartwellReview, fixtureFiles, importFile, realNameWords } from './helpers';

const workspace = useWorkspace();
let reviewId: string;

beforeEach(async () => {
  reviewId = await addHartwellReview(workspace.rig);
  await addHartwellPeople(workspace.rig, reviewId);
  for (const file of fixtureFiles) await importFile(workspace.rig, reviewId, file);
});

const list = (filter?: object, anonymised = false) => call(workspace.rig, 'chronology:list', { reviewId, anonymised, ...(filter ? { filter } : {}) });

describe('composite chronology', () => {
  it('merges every agency in date order, then time, with the first entries as the fixtures give them', async () => {
    const { entries } = await list();
    const starts = entries.map((entry) => entry.date.start);
    expect(starts).toEqual([...starts].sort());
    expect(entries.slice(0, 3).map((entry) => `${entry.date.start} ${entry.agency}`)).toEqual([
      '2018-10-22 Health Visiting',
      '2018-12-03 Health Visiting',
      '2018-12-03 GP',
    ]);
    // 14 June 2019: the ED arrival at 02:13 before the police call at 03:20 and the 11:00 meetings.
    const june14 = entries.filter((entry) => entry.date.start === '2019-06-14' && entry.date.time).map((entry) => entry.date.time);
    expect(june14).toEqual(['02:13', '03:20', '11:00', '11:00']);
  });

  it('filters by agency, date range (ranges overlap), significance, text and flags', async () => {
    expect((await list({ agencies: ['GP'] })).entries).toHaveLength(4);
    const march = await list({ from: '2019-03-01', to: '2019-03-31' });
    // "approx March 2019" and "Spring term 2019" may both fall in March, so both are shown.
    expect(march.entries.map((entry) => entry.date.text)).toEqual(expect.arrayContaining(['approx March 2019', 'Spring term 2019']));
    expect(march.total).toBe(33);
    expect((await list({ significance: ['High'] })).entries.every((entry) => entry.significance === 'High')).toBe(true);
    expect((await list({ significance: ['High'] })).entries).toHaveLength(5);
    expect((await list({ text: 'strategy RUH' })).entries.map((entry) => entry.agency).sort()).toEqual(['Children\'s Social Care', 'Police', 'Police']);
    expect((await list({ flagged: true })).entries.map((entry) => entry.date.text).sort()).toEqual(['Spring term 2019', 'approx March 2019', 'w/c 18 February 2019']);
  });

  it('anonymised: no real name, alias or family name anywhere in any entry', async () => {
    const { entries } = await list(undefined, true);
    const text = JSON.stringify(entries);
    for (const word of [...realNameWords, 'Nan’s']) expect(text).not.toContain(word);
    const named = JSON.stringify((await list()).entries);
    expect(named).toContain('Maisie');
    // The text filter searches what is shown: a real name finds nothing in the anonymised view.
    expect((await list({ text: 'Farrow' }, true)).entries).toEqual([]);
  });

  it("records the reviewer's analysis in the audit log and keeps it after locking and unlocking", async () => {
    const [first] = (await list()).entries;
    const updated = await call(workspace.rig, 'chronology:update-entry', { id: first!.id, analysis: 'Partner answered for mother: a missed chance for routine enquiry.' });
    expect(updated.analysis).toBe('Partner answered for mother: a missed chance for routine enquiry.');
    await workspace.rig.core.session.lock('user');
    await workspace.rig.core.session.unlock(workspace.dir, 'passphrase', testPassphrase);
    const again = (await list()).entries.find((entry) => entry.id === first!.id)!;
    expect(again.analysis).toBe('Partner answered for mother: a missed chance for routine enquiry.');
    const { db } = workspace.rig.core.session.require();
    expect(db.prepare("SELECT entity_id FROM audit_log WHERE action = 'chronology.entry-edited'").pluck().all()).toEqual([first!.id]);
  });

  it('finds exactly the three likely duplicate pairs of EXPECTED.md, and links a pair marked as the same event', async () => {
    const pairs = await call(workspace.rig, 'chronology:duplicates', { reviewId, anonymised: false });
    const described = pairs.map(({ a, b }) => [a.agency, b.agency].sort().join(' + ') + ' ' + a.date.start).sort();
    expect(described).toEqual(["Children's Social Care + Police 2019-03-11", "Children's Social Care + Police 2019-03-12", "Children's Social Care + Police 2019-06-14"]);
    const strategy = pairs.find(({ a }) => a.date.start === '2019-03-11')!;
    expect([strategy.a, strategy.b].map((entry) => entry.extra.Reference ?? '').join(' ')).toContain('STRAT-0311');

    await call(workspace.rig, 'chronology:decide-duplicate', { a: strategy.a.id, b: strategy.b.id, decision: 'same' });
    const { entries } = await list();
    expect(entries.find((entry) => entry.id === strategy.a.id)!.linkedIds).toEqual([strategy.b.id]);
    expect(entries).toHaveLength(33); // both kept
    const decided = await call(workspace.rig, 'chronology:duplicates', { reviewId, anonymised: true });
    expect(decided.find(({ a }) => a.id === strategy.a.id || a.id === strategy.b.id)!.decision).toBe('same');
    expect(JSON.stringify(decided)).not.toMatch(new RegExp(realNameWords.join('|')));
  });

  it('groups entries into key practice episodes and filters by episode', async () => {
    const episode = await call(workspace.rig, 'episode:add', { reviewId, title: 'Bruise to a non-mobile baby', start: '2019-03-11', end: '2019-03-12' });
    const inMarch = (await list({ from: '2019-03-11', to: '2019-03-12' })).entries.filter((entry) => entry.date.precision !== 'term' && entry.date.precision !== 'month');
    const assigned = await call(workspace.rig, 'episode:assign', { episodeId: episode.id, entryIds: inMarch.map((entry) => entry.id), assigned: true });
    expect(assigned.entryCount).toBe(inMarch.length);
    expect((await list({ episodeId: episode.id })).entries.map((entry) => entry.id)).toEqual(inMarch.map((entry) => entry.id));
    const backwards = await failure(workspace.rig, 'episode:update', { id: episode.id, end: '2019-03-01' });
    expect(backwards.message).toMatch(/ends \(2019-03-01\) before it starts/);
    await call(workspace.rig, 'episode:remove', { id: episode.id });
    expect(await call(workspace.rig, 'episode:list', { reviewId })).toEqual([]);
    expect((await list()).entries.every((entry) => entry.episodeIds.length === 0)).toBe(true);
  });
});
