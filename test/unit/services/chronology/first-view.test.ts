/**
 * The composite's first view (issue #13): its order comes from an index the workspace keeps, and
 * its first page can be read without the rest. What a reviewer sees must not change: the same
 * entries in the same order as the composite has always shown, after unlocking and after every
 * kind of change (an import, an edit, a fixed row, episodes, links), in a workspace made before
 * the index existed, and anonymised without a real name to be found.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../../../shared/chronology/views';
import { call, names, useWorkspace } from '../reviews/helpers';
import { testPassphrase } from '../workspace/session/helpers';
import { addHartwellPeople, addHartwellReview, fixtureFiles, importFile, realNameWords } from './helpers';
import { referenceComposite } from './reference-composite';

const workspace = useWorkspace();
let reviewId: string;

beforeEach(async () => {
  reviewId = await addHartwellReview(workspace.rig);
  await addHartwellPeople(workspace.rig, reviewId);
  for (const file of fixtureFiles) {
    await importFile(workspace.rig, reviewId, file);
    // Each agency's file arrives a minute after the last, as files do.
    workspace.rig.advance(60_000);
  }
});

const list = (options: { filter?: object; anonymised?: boolean; window?: { offset: number; limit: number } } = {}) =>
  call(workspace.rig, 'chronology:list', { reviewId, anonymised: options.anonymised ?? false, ...(options.filter ? { filter: options.filter } : {}), ...(options.window ? { window: options.window } : {}) });

async function unlockAgain(): Promise<void> {
  await workspace.rig.core.session.lock('user');
  await workspace.rig.core.session.unlock(workspace.dir, 'passphrase', testPassphrase);
}

/** Day, then untimed before timed, then time, then the file imported first, then its own order. */
function inCompositeOrder(entries: readonly ChronologyEntry[]): string[] {
  const key = (entry: ChronologyEntry) => [entry.date.start, entry.date.time ?? '', entry.provenance.importedAt, String(entry.sequence).padStart(9, '0'), String(entry.provenance.rowNumber).padStart(9, '0')];
  return [...entries].sort((a, b) => key(a).join('|').localeCompare(key(b).join('|'))).map((entry) => entry.id);
}

const db = () => workspace.rig.core.session.require().db;

describe('the first view of the composite', () => {
  it('after unlocking, shows the same entries in the same order as the composite always has', async () => {
    await unlockAgain();
    const { entries, total, matched } = await list();
    expect(total).toBe(33);
    expect(matched).toBe(33);
    expect(entries).toEqual(referenceComposite(db(), reviewId));
    expect(entries.map((entry) => entry.id)).toEqual(inCompositeOrder(entries));
  });

  it('shows a first page that is the start of the whole list, with the whole count and every agency', async () => {
    await unlockAgain();
    const page = await list({ window: { offset: 0, limit: 10 } });
    const whole = await list();
    expect(page.entries).toEqual(whole.entries.slice(0, 10));
    expect({ total: page.total, matched: page.matched, agencies: page.agencies }).toEqual({ total: 33, matched: 33, agencies: whole.agencies });
    expect((await list({ window: { offset: 30, limit: 10 } })).entries).toEqual(whole.entries.slice(30));
  });

  it('pages a filtered view by what the filter selects', async () => {
    const police = await list({ filter: { agencies: ['Police'] } });
    const page = await list({ filter: { agencies: ['Police'] }, window: { offset: 2, limit: 3 } });
    expect(page.entries).toEqual(police.entries.slice(2, 5));
    expect({ total: page.total, matched: page.matched }).toEqual({ total: 33, matched: police.entries.length });
  });

  it('anonymised, the first page names nobody, and is the start of the anonymised list', async () => {
    await unlockAgain();
    const page = await list({ anonymised: true, window: { offset: 0, limit: 33 } });
    const text = JSON.stringify(page);
    for (const word of realNameWords) expect(text).not.toContain(word);
    expect(page).toEqual(await list({ anonymised: true }));
  });
});

describe('the composite kept in step', () => {
  it('places a second agency’s file among the first, by date, then time, then the order the files came in', async () => {
    const file = path.join(workspace.rig.dataDir, 'probation.csv');
    writeFileSync(file, 'Date,Event\n14/06/2019,Probation officer told of the admission\n14/06/2019 03:20,Same time as the police call\n11/03/2019,Supervision session\n');
    await importFile(workspace.rig, reviewId, file, 'Probation');
    const { entries } = await list();
    expect(entries).toHaveLength(36);
    expect(entries.map((entry) => entry.id)).toEqual(inCompositeOrder(entries));
    // The police call came in an earlier file: at 03:20 it stays before the probation entry.
    const at0320 = entries.filter((entry) => entry.date.start === '2019-06-14' && entry.date.time === '03:20').map((entry) => entry.agency);
    expect(at0320).toEqual(['Police', 'Probation']);
    await unlockAgain();
    expect((await list()).entries).toEqual(referenceComposite(db(), reviewId));
  });

  it('puts a fixed row where its own file’s entries are, though it was fixed after later files came in', async () => {
    const file = path.join(workspace.rig.dataDir, 'us-date.csv');
    writeFileSync(file, 'Date,Event\n04/13/2019,Written the American way\n13/04/2019,A home visit\n');
    const before = await importFile(workspace.rig, reviewId, file, 'Probation');
    expect(before.rejected).toHaveLength(1);
    workspace.rig.advance(60_000);
    const later = path.join(workspace.rig.dataDir, 'housing.csv');
    writeFileSync(later, 'Date,Event\n13/04/2019,Housing officer visit\n');
    await importFile(workspace.rig, reviewId, later, 'Housing');
    await list({ filter: { text: 'visit' } });

    const rejected = (await call(workspace.rig, 'chronology:rejected', { reviewId })).find((row) => row.fileName === 'us-date.csv');
    await call(workspace.rig, 'chronology:fix-rejected', { id: rejected!.id, values: { Date: '13/04/2019' } });
    const april13 = (await list()).entries.filter((entry) => entry.date.start === '2019-04-13').map((entry) => entry.event);
    expect(april13).toEqual(['A home visit', 'Written the American way', 'Housing officer visit']);
    expect((await list({ filter: { text: 'american' } })).entries.map((entry) => entry.event)).toEqual(['Written the American way']);
    await unlockAgain();
    expect((await list({ window: { offset: 0, limit: 40 } })).entries).toEqual(referenceComposite(db(), reviewId));
  });

  it('finds an entry by the analysis just written, and no longer by what it replaced', async () => {
    const [first] = (await list({ filter: { text: 'health' } })).entries;
    await call(workspace.rig, 'chronology:update-entry', { id: first!.id, analysis: 'Kestrel protocol not followed.' });
    expect((await list({ filter: { text: 'kestrel protocol' } })).entries.map((entry) => entry.id)).toEqual([first!.id]);
    await call(workspace.rig, 'chronology:update-entry', { id: first!.id, analysis: 'Seen by the GP within the fortnight.', significance: 'High' });
    expect((await list({ filter: { text: 'kestrel' } })).entries).toEqual([]);
    expect((await list({ filter: { text: 'within the fortnight', significance: ['high'] } })).entries.map((entry) => entry.id)).toEqual([first!.id]);
    const { entries } = await list();
    expect(entries.map((entry) => entry.id)).toEqual(inCompositeOrder(entries));
  });

  it('shows episodes and links on every entry, paged or whole, and takes them away again', async () => {
    const episode = await call(workspace.rig, 'episode:add', { reviewId, title: 'Bruise to a non-mobile baby', start: '2019-03-11', end: '2019-03-12' });
    const march = (await list({ filter: { from: '2019-03-11', to: '2019-03-12' } })).entries.filter((entry) => entry.date.precision === 'day' || entry.date.precision === 'datetime');
    await call(workspace.rig, 'episode:assign', { episodeId: episode.id, entryIds: march.map((entry) => entry.id), assigned: true });
    const [a, b] = march.filter((entry) => entry.date.start === '2019-03-11');
    await call(workspace.rig, 'chronology:decide-duplicate', { a: a!.id, b: b!.id, decision: 'same' });

    await unlockAgain();
    const page = await list({ window: { offset: 0, limit: 33 } });
    const shown = (id: string) => page.entries.find((entry) => entry.id === id)!;
    expect(march.every((entry) => shown(entry.id).episodeIds.includes(episode.id))).toBe(true);
    expect([shown(a!.id).linkedIds, shown(b!.id).linkedIds]).toEqual([[b!.id], [a!.id]]);
    expect((await list({ filter: { episodeId: episode.id } })).entries.map((entry) => entry.id)).toEqual(march.map((entry) => entry.id));

    await call(workspace.rig, 'chronology:decide-duplicate', { a: a!.id, b: b!.id, decision: null });
    await call(workspace.rig, 'episode:remove', { id: episode.id });
    const whole = await list();
    expect(whole.entries.every((entry) => entry.episodeIds.length === 0 && entry.linkedIds.length === 0)).toBe(true);
    await unlockAgain();
    expect((await list({ window: { offset: 0, limit: 33 } })).entries).toEqual(whole.entries);
  });

  it('anonymised, a search finds people by pseudonym only, even in analysis written since', async () => {
    const named = await list({ filter: { text: 'Kerry' } });
    expect(named.entries.length).toBeGreaterThan(0);
    await call(workspace.rig, 'chronology:update-entry', { id: named.entries[0]!.id, analysis: `${names.partner} answered for ${names.mother}.` });
    for (const word of realNameWords) expect((await list({ anonymised: true, filter: { text: word } })).entries).toEqual([]);
    const people = await call(workspace.rig, 'people:list', { reviewId });
    const partner = people.find((person) => person.name === names.partner)!.pseudonym;
    const found = await list({ anonymised: true, filter: { text: partner } });
    expect(found.entries.map((entry) => entry.id)).toContain(named.entries[0]!.id);
    expect(JSON.stringify(found)).not.toMatch(new RegExp(realNameWords.join('|')));
  });
});
