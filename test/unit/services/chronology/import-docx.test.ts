/**
 * Importing an agency's Word chronology through the handlers, as the wizard does: a document with
 * a contacts table and two chronology tables (the Chronolator layout, continued after a page of
 * text). Every row becomes an entry or a rejected row with its reason; empty rows are counted;
 * the document is kept byte for byte as the submission. The people are invented.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, useWorkspace } from '../reviews/helpers';
import { docxBytes, row, table } from './read/docx-helpers';
import { addHartwellReview, importFile } from './helpers';

const workspace = useWorkspace();

const headers = ['Date/Time', 'Source of information', 'Event', 'Action', 'Outcome', 'Sequence'];

async function policeChronology(): Promise<Uint8Array> {
  return docxBytes(
    'Police chronology for the review of Child Q (Reuben Quillfeather).',
    table(row(['Agency', 'Contact name', 'Telephone']), row(['Police', 'DS Hollowmere', '01632 960000'])),
    table(
      row([{ text: 'Chronology – Police', span: 6 }]),
      row(headers, { header: true }),
      row(['03/04/2019 10:15', 'Command and control log', ['Call from a neighbour of Poppy Quillfeather.', 'Shouting heard.'], 'Officers attended', 'Words of advice', '1']),
      row([{ text: 'approx March 2019', merge: 'restart' }, 'Crime record', 'Report of a threat by text message.', 'Recorded', 'No further action', '2']),
      row([{ merge: 'continue' }, 'Crime record', 'Second report, same week.', 'Recorded', 'Referred to MASH', '3'], { cantSplit: false }),
      row([null, null, null, null, null, null]),
      row(['13/25/2019', 'PNC', 'Wrongly dated entry.', '', '', '4']),
      row(headers),
    ),
    'The chronology continues on the next page.',
    table(row(['Date/Time', 'Event', 'Source of information', 'Outcome', 'Sequence', 'Officer']), row(['14/06/2019', 'Welfare check at the flat.', 'Officer notebook', 'All well', '5', 'PC Bramblewood'])),
  );
}

describe('importing a Word chronology', () => {
  it('imports every chronology table: each row an entry or rejected with a reason, empty rows counted, the document kept as sent', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const file = path.join(workspace.rig.dataDir, 'police-chronology.docx');
    const bytes = await policeChronology();
    writeFileSync(file, bytes);

    const result = await importFile(workspace.rig, reviewId, file);
    const { inspection } = result;
    expect(inspection).toMatchObject({ format: 'docx', encoding: null, sheet: null, headerIndex: 0, agency: 'Police', blankRows: 1, dataRows: 5 });
    expect(inspection.sheets).toEqual([
      'Table 2, rows 1–8: Date/Time, Source of information, Event, Action, Outcome, Sequence',
      'Table 3, rows 9–10: Date/Time, Event, Source of information, Outcome, Sequence, Officer',
    ]);
    // The Chronolator columns map with no question asked; the officer column of the later table is added at the end.
    expect(inspection.headers).toEqual([...headers, 'Officer']);
    expect(inspection.mapping).toEqual(['date', 'source', 'event', 'action', 'outcome', null, 'authorRole']);

    expect(result.imported).toBe(4);
    expect(result.blankRows).toBe(1);
    expect(result.rejected).toEqual([expect.objectContaining({ rowNumber: 7, values: expect.objectContaining({ 'Date/Time': '13/25/2019', Event: 'Wrongly dated entry.' }) })]);
    expect(result.rejected[0]!.reason).toMatch(/25/);
    expect(result.imported + result.rejected.length).toBe(inspection.dataRows);

    const { entries } = await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });
    const byRow = Object.fromEntries(entries.map((entry) => [entry.provenance.rowNumber, entry]));
    expect(Object.keys(byRow).map(Number).sort((a, b) => a - b)).toEqual([3, 4, 5, 10]);
    expect(byRow[3]).toMatchObject({ date: { start: '2019-04-03', time: '10:15', precision: 'datetime' }, event: 'Call from a neighbour of Poppy Quillfeather.\nShouting heard.', action: 'Officers attended', outcome: 'Words of advice', source: 'Command and control log', extra: { Sequence: '1' } });
    // The merged date reads for both rows it spans, at the precision the agency gave it.
    for (const rowNumber of [4, 5]) expect(byRow[rowNumber]!.date).toMatchObject({ start: '2019-03-01', end: '2019-03-31', precision: 'month', approximate: true, text: 'approx March 2019' });
    expect(byRow[10]).toMatchObject({ date: { start: '2019-06-14', precision: 'day' }, event: 'Welfare check at the flat.', source: 'Officer notebook', authorRole: 'PC Bramblewood', extra: { Sequence: '5' } });
    expect(JSON.stringify(entries)).not.toContain('Hollowmere');

    const [submission] = await call(workspace.rig, 'chronology:submissions', { reviewId });
    expect(submission).toMatchObject({ fileName: 'police-chronology.docx', format: 'docx', sheet: null, size: bytes.length, entries: 4, rejected: 1 });
    expect(submission!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const { db } = workspace.rig.core.session.require();
    const stored = db.prepare<[string], { content: Buffer }>('SELECT content FROM chronology_submissions WHERE id = ?').get(result.submissionId)!;
    expect(Buffer.compare(stored.content, Buffer.from(bytes))).toBe(0);
  });

  it('offers Word documents in the open dialog', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    let offered: string[] = [];
    workspace.rig.ports.dialogs.showOpen = (options) => {
      offered = (options.filters ?? []).flatMap((filter) => filter.extensions);
      return Promise.resolve(null);
    };
    await call(workspace.rig, 'chronology:choose-files', { reviewId });
    expect(offered).toEqual(expect.arrayContaining(['docx', 'xlsx', 'csv', 'tsv']));
  });

  it('refuses a Word document with no chronology table, and adds nothing', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const file = path.join(workspace.rig.dataDir, 'contacts.docx');
    writeFileSync(file, await docxBytes(table(row(['Agency', 'Contact name']), row(['Police', 'DS Hollowmere']))));
    await expect(importFile(workspace.rig, reviewId, file)).rejects.toThrow(/^contacts\.docx has one table, but it does not look like a chronology.*Table 1: Agency, Contact name\./);
    expect((await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false })).total).toBe(0);
    expect(await call(workspace.rig, 'chronology:submissions', { reviewId })).toEqual([]);
  });
});
