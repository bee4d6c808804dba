/**
 * Entries by hand (issue #15): a reviewer's own entry, read with the importer's dates; a
 * correction that keeps every earlier version; a deletion with a reason that keeps the entry.
 * Through the channels, as the app calls them; the audit log records ids only.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../electron/services/chronology/export-formats';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';
import { addHartwellReview, importFile } from './helpers';

const workspace = useWorkspace();

async function reviewWithPolice() {
  const reviewId = await addHartwellReview(workspace.rig);
  await importFile(workspace.rig, reviewId, 'police.csv');
  return reviewId;
}

const list = (reviewId: string) => call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });

describe('an entry added by hand', () => {
  it('reads the date as an import does, takes its place in date order and says who wrote it', async () => {
    const reviewId = await reviewWithPolice();
    const before = (await list(reviewId)).entries;
    const seq = lastAuditSeq(workspace.rig);
    const added = await call(workspace.rig, 'chronology:add-entry', {
      reviewId,
      date: 'w/c 18 February 2019',
      agency: 'Early Help',
      event: 'Home visit by the family support worker; the mother declined a referral',
      action: 'Offered a parenting course',
    });
    expect(added.date).toMatchObject({ start: '2019-02-18', end: '2019-02-24', precision: 'week', text: 'w/c 18 February 2019' });
    expect(added.provenance).toMatchObject({ submissionId: null, file: '', rowNumber: null, enteredBy: workspace.rig.core.session.actor() });
    expect(added.source).toBeUndefined();

    const after = (await list(reviewId)).entries;
    expect(after).toHaveLength(before.length + 1);
    const position = after.findIndex((entry) => entry.id === added.id);
    expect(after[position - 1]!.date.start <= '2019-02-18').toBe(true);
    expect(after[position + 1]!.date.start >= '2019-02-18').toBe(true);
    expect(after[position]).toMatchObject({ agency: 'Early Help', action: 'Offered a parenting course' });

    const history = await call(workspace.rig, 'chronology:entry-history', { id: added.id });
    expect(history.entered).toEqual({ at: expect.any(String), by: workspace.rig.core.session.actor() });
    // Ids only: nothing the reviewer wrote reaches the audit log.
    expect(auditSince(workspace.rig, seq)).toEqual([expect.objectContaining({ action: 'chronology.entry-added', entity_type: 'chronology-entry', entity_id: added.id })]);
  });

  it('in the CSV export: "Entered by hand" where a file would be, an empty row number, and no one named', async () => {
    const reviewId = await reviewWithPolice();
    await call(workspace.rig, 'chronology:add-entry', { reviewId, date: '18/02/2019', agency: 'Early Help', event: 'Home visit by the family support worker' });
    const entry = (await list(reviewId)).entries.find((candidate) => candidate.agency === 'Early Help')!;
    const [header, row] = parse(new TextDecoder().decode(toCsv([entry])).replace(/^\uFEFF/, '')) as string[][];
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('File')).toBe("Entered by hand (the reviewer's own entry)");
    expect(cell('Row')).toBe('');
  });

  it('refuses a date it cannot read, says which forms it reads, and adds nothing', async () => {
    const reviewId = await reviewWithPolice();
    const error = await failure(workspace.rig, 'chronology:add-entry', { reviewId, date: '04/13/2019', agency: 'Police', event: 'Call to the home' });
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/04\/13\/2019/);
    const vague = await failure(workspace.rig, 'chronology:add-entry', { reviewId, date: 'sometime last year', agency: 'Police', event: 'Call to the home' });
    expect(vague.message).toMatch(/14\/06\/2019.*June 2019.*w\/c 18 February 2019/);
    expect((await list(reviewId)).total).toBe(8);
  });
});

describe('correcting an entry', () => {
  it('shows the corrected version in the composite and keeps the earlier one with who, when and why', async () => {
    const reviewId = await reviewWithPolice();
    const original = (await list(reviewId)).entries[0]!;
    const seq = lastAuditSeq(workspace.rig);
    const corrected = await call(workspace.rig, 'chronology:correct-entry', { id: original.id, reason: 'The police log gives the next day', date: '3 February 2019', event: 'Call from a neighbour about shouting' });
    expect(corrected.date).toMatchObject({ start: '2019-02-03', precision: 'day' });
    expect(corrected.event).toBe('Call from a neighbour about shouting');
    expect(corrected.provenance).toEqual(original.provenance);

    const shown = (await list(reviewId)).entries.find((entry) => entry.id === original.id)!;
    expect(shown.event).toBe('Call from a neighbour about shouting');
    await call(workspace.rig, 'chronology:correct-entry', { id: original.id, reason: 'Agency named wrongly', agency: 'Wiltshire Police' });

    const history = await call(workspace.rig, 'chronology:entry-history', { id: original.id });
    expect(history.entered).toBeNull();
    expect(history.corrections.map(({ version, by, reason }) => ({ version, by, reason }))).toEqual([
      { version: 1, by: workspace.rig.core.session.actor(), reason: 'The police log gives the next day' },
      { version: 2, by: workspace.rig.core.session.actor(), reason: 'Agency named wrongly' },
    ]);
    expect(history.corrections[0]!.before).toMatchObject({ date: original.date, agency: original.agency, event: original.event });
    expect(history.corrections[1]!.before).toMatchObject({ agency: original.agency, event: 'Call from a neighbour about shouting' });
    expect(auditSince(workspace.rig, seq).map((row) => [row.action, row.entity_id])).toEqual([
      ['chronology.entry-corrected', original.id],
      ['chronology.entry-corrected', original.id],
    ]);
  });

  it('refuses a correction without a reason, or one that changes nothing, and keeps the entry as it was', async () => {
    const reviewId = await reviewWithPolice();
    const original = (await list(reviewId)).entries[0]!;
    expect((await failure(workspace.rig, 'chronology:correct-entry', { id: original.id, reason: '  ', event: 'Something else' })).code).toBe('validation');
    const unchanged = await failure(workspace.rig, 'chronology:correct-entry', { id: original.id, reason: 'Checked', event: original.event });
    expect(unchanged.message).toMatch(/Nothing to correct/);
    const unknown = await failure(workspace.rig, 'chronology:correct-entry', { id: 'no-such-entry', reason: 'Checked', event: 'x' });
    expect(unknown.message).toMatch(/no chronology entry with that id/i);
    expect((await list(reviewId)).entries[0]).toEqual(original);
    expect((await call(workspace.rig, 'chronology:entry-history', { id: original.id })).corrections).toEqual([]);
  });
});

describe('deleting an entry', () => {
  it('takes it out of the composite with its reason, keeps it, and can bring it back', async () => {
    const reviewId = await reviewWithPolice();
    const doomed = (await list(reviewId)).entries[2]!;
    const episode = await call(workspace.rig, 'episode:add', { reviewId, title: 'The first call-outs' });
    await call(workspace.rig, 'episode:assign', { episodeId: episode.id, entryIds: [doomed.id], assigned: true });
    const seq = lastAuditSeq(workspace.rig);
    await call(workspace.rig, 'chronology:delete-entry', { id: doomed.id, reason: 'Entered against the wrong family' });
    const after = await list(reviewId);
    expect(after.total).toBe(7);
    expect(after.entries.map((entry) => entry.id)).not.toContain(doomed.id);
    // An episode counts what the composite shows.
    expect((await call(workspace.rig, 'episode:list', { reviewId }))[0]!.entryCount).toBe(0);

    const deleted = await call(workspace.rig, 'chronology:deleted-entries', { reviewId });
    expect(deleted).toEqual([{ entry: expect.objectContaining({ id: doomed.id, event: doomed.event }), deleted: { at: expect.any(String), by: workspace.rig.core.session.actor(), reason: 'Entered against the wrong family' } }]);
    // A deleted entry is not edited behind the reviewer's back.
    expect((await failure(workspace.rig, 'chronology:correct-entry', { id: doomed.id, reason: 'x', event: 'y' })).message).toMatch(/was deleted on .*Restore it/);
    expect((await failure(workspace.rig, 'chronology:delete-entry', { id: doomed.id, reason: 'again' })).message).toMatch(/was deleted/);

    await call(workspace.rig, 'chronology:restore-entry', { id: doomed.id });
    expect((await list(reviewId)).entries.map((entry) => entry.id)).toContain(doomed.id);
    expect(await call(workspace.rig, 'chronology:deleted-entries', { reviewId })).toEqual([]);
    expect((await call(workspace.rig, 'episode:list', { reviewId }))[0]!.entryCount).toBe(1);
    expect(auditSince(workspace.rig, seq).map((row) => [row.action, row.entity_type, row.entity_id])).toEqual([
      ['chronology.entry-deleted', 'chronology-entry', doomed.id],
      ['chronology.entry-restored', 'chronology-entry', doomed.id],
    ]);
  });

  it('will not delete without a reason', async () => {
    const reviewId = await reviewWithPolice();
    const entry = (await list(reviewId)).entries[0]!;
    const error = await failure(workspace.rig, 'chronology:delete-entry', { id: entry.id, reason: '' });
    expect(error.code).toBe('validation');
    expect((await list(reviewId)).total).toBe(8);
  });
});
