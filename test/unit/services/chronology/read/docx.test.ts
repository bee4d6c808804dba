/**
 * Chronologies sent as Word tables: built here with the docx package, read with readSource as the
 * import reads them. Every person is invented (the Quillfeather family, PC Bramblewood).
 */
import { describe, expect, it } from 'vitest';
import { cellText, detectHeader, headerNames, readSource, suggestMapping } from '../../../../../electron/services/chronology/read';
import type { RawRow } from '../../../../../shared/chronology/types';
import { brokenRuns, docxBytes, row, table } from './docx-helpers';

const texts = (rows: readonly RawRow[]) => rows.map((raw) => raw.cells.map((cell) => (cell === null ? null : cellText(cell))));
const numbers = (rows: readonly RawRow[]) => rows.map((raw) => raw.rowNumber);
const longText = `${'PC Bramblewood spoke with Poppy Quillfeather at length about the incident at the flat. '.repeat(40)}End of note.`;

describe('reading a Word chronology', () => {
  it('merged cells across and down, paragraph breaks kept, a title row above the header passed over', async () => {
    const bytes = await docxBytes(
      'Chronology prepared for the review of Child Q.',
      table(
        row([{ text: 'Chronology – Police', span: 3 }]),
        row(['Date', 'Event', 'Outcome'], { header: true }),
        row(['03/04/2019', ['Home visit by PC Bramblewood.', 'Poppy Quillfeather was asleep.'], 'No further action']),
        row([{ text: '05/04/2019', merge: 'restart' }, 'Call from the school nurse.', 'Referral made']),
        // A row split across pages: long text, allowed to break, its date cell continuing the merge above.
        row([{ merge: 'continue' }, longText, 'Strategy discussion'], { cantSplit: false }),
        row(['06/04/2019', { text: 'Strategy discussion held with all agencies', span: 2 }]),
      ),
    );
    const source = await readSource(bytes, 'police chronology.docx');
    expect(source).toMatchObject({ format: 'docx', encoding: null, sheet: null, date1904: false, blankRows: 0 });
    expect(source.sheets).toEqual(['Table 1, rows 1–6: Date, Event, Outcome']);
    expect(texts(source.rows)).toEqual([
      ['Date', 'Event', 'Outcome'],
      ['03/04/2019', 'Home visit by PC Bramblewood.\nPoppy Quillfeather was asleep.', 'No further action'],
      ['05/04/2019', 'Call from the school nurse.', 'Referral made'],
      ['05/04/2019', longText.trim(), 'Strategy discussion'],
      ['06/04/2019', 'Strategy discussion held with all agencies', null],
    ]);
    // The title row is row 1 of the table and the header row 2: the numbers count every row Word shows.
    expect(numbers(source.rows)).toEqual([2, 3, 4, 5, 6]);
    expect(detectHeader(source.rows).headerIndex).toBe(0);
  });

  it('a line break is a new line and a tab a space; header rows repeated on each page and a header row repeated mid-table are left out', async () => {
    const bytes = await docxBytes(
      table(
        row(['Date', 'Event'], { header: true }),
        row(['(day first)', '(in full)'], { header: true }),
        row(['12/05/2019', { runs: brokenRuns('Seen at home.', 'Second visit:', 'no answer.') }]),
        row(['Date', 'Event']),
        row(['14/05/2019', 'GP appointment missed.']),
        row([' date ', 'EVENT ']),
        row(['15/05/2019', 'Letter sent to Mr Quillfeather.']),
      ),
    );
    const source = await readSource(bytes, 'gp.docx');
    expect(texts(source.rows)).toEqual([
      ['Date', 'Event'],
      ['12/05/2019', 'Seen at home.\nSecond visit: no answer.'],
      ['14/05/2019', 'GP appointment missed.'],
      ['15/05/2019', 'Letter sent to Mr Quillfeather.'],
    ]);
    expect(numbers(source.rows)).toEqual([1, 3, 5, 7]);
  });

  it('reads only the chronology tables, joins them by column name, and numbers their rows on in document order', async () => {
    const bytes = await docxBytes(
      table(row(['Agency', 'Contact name', 'Telephone']), row(['Police', 'DS Hollowmere', '01632 960000'])),
      table(row(['Date', 'Agency', 'Event']), row(['01/02/2019', 'Police', 'Domestic incident reported.']), row(['02/02/2019', 'Police', 'DASH completed.'])),
      'Continued overleaf.',
      table(row(['Chronology (continued)']), row(['Event', 'Date', 'Significance']), row(['Follow-up call.', '04/02/2019', 'High'])),
    );
    const source = await readSource(bytes, 'police.docx');
    expect(source.sheets).toEqual(['Table 2, rows 1–3: Date, Agency, Event', 'Table 3, rows 4–6: Event, Date, Significance']);
    expect(texts(source.rows)).toEqual([
      ['Date', 'Agency', 'Event', 'Significance'],
      ['01/02/2019', 'Police', 'Domestic incident reported.', null],
      ['02/02/2019', 'Police', 'DASH completed.', null],
      ['04/02/2019', null, 'Follow-up call.', 'High'],
    ]);
    expect(numbers(source.rows)).toEqual([1, 2, 3, 6]);
    expect(JSON.stringify(source)).not.toContain('Hollowmere');
  });

  it('names the extra cells of a row wider than its header, in each table, so none overwrites another', async () => {
    const bytes = await docxBytes(
      table(row(['Date', 'Event']), row(['01/02/2019', 'Visit.', 'Aside one', 'Aside two'])),
      table(row(['Event', 'Date']), row(['Call.', '02/02/2019', 'Aside three'])),
    );
    const source = await readSource(bytes, 'wide.docx');
    expect(headerNames(source.rows[0]!)).toEqual(['Date', 'Event', 'Column 3', 'Column 4']);
    expect(texts(source.rows.slice(1))).toEqual([
      ['01/02/2019', 'Visit.', 'Aside one', 'Aside two'],
      ['02/02/2019', 'Call.', 'Aside three', null],
    ]);
  });

  it('maps the Chronolator layout without asking: Date/Time, Source of information, Event, Action, Outcome, Sequence', async () => {
    for (const [outcome, field] of [
      ['Outcome', 'outcome'],
      ['Action/Outcome', 'action'],
    ] as const) {
      const headers = ['Date/Time', 'Source of information', 'Event', ...(outcome === 'Outcome' ? ['Action'] : []), outcome, 'Sequence'];
      const data = ['03/04/2019 10:15', 'Police log 4312', 'Officer attended the address.', ...(outcome === 'Outcome' ? ['Safeguarding referral'] : []), 'Referred to MASH', '1'];
      const source = await readSource(await docxBytes(table(row(headers, { header: true }), row(data))), 'chronolator.docx');
      const { headerIndex } = detectHeader(source.rows);
      expect(headerIndex).toBe(0);
      const mapping = suggestMapping(headerNames(source.rows[headerIndex]!));
      expect(mapping).toEqual(['date', 'source', 'event', ...(outcome === 'Outcome' ? ['action'] : []), field, null]);
    }
  });

  it('leaves out a row whose cells are all empty, and counts it', async () => {
    const bytes = await docxBytes(table(row(['Date', 'Event']), row(['01/03/2019', 'Nursery place offered.']), row([null, '   ']), row(['02/03/2019', 'Place accepted.']), row(['', ''])));
    const source = await readSource(bytes, 'nursery.docx');
    expect(source.blankRows).toBe(2);
    expect(numbers(source.rows)).toEqual([1, 2, 4]);
  });

  it('leaves out a row deleted with track changes on, as Word does once the changes are accepted', async () => {
    const bytes = await docxBytes(table(row(['Date', 'Event']), row(['01/03/2019', 'Kept.']), row(['02/03/2019', 'Deleted by the agency.'], { deleted: true }), row(['03/03/2019', 'Also kept.'])));
    const source = await readSource(bytes, 'tracked.docx');
    expect(texts(source.rows)).toEqual([
      ['Date', 'Event'],
      ['01/03/2019', 'Kept.'],
      ['03/03/2019', 'Also kept.'],
    ]);
    expect(source.blankRows).toBe(0);
  });

  it('keeps a nested table’s text in the cell that holds it', async () => {
    const nested = table(row(['Attended:', 'Poppy Quillfeather']), row(['Outcome:', 'Seen']));
    const bytes = await docxBytes(table(row(['Date', 'Event']), row(['07/07/2019', { text: 'Home visit.', nested }])));
    const source = await readSource(bytes, 'health.docx');
    expect(texts(source.rows)[1]).toEqual(['07/07/2019', 'Home visit.\nAttended:\nPoppy Quillfeather\nOutcome:\nSeen']);
  });
});
