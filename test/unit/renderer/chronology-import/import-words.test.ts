/** The import wizard's sentences: what a file is, what a preview and an import made. */
import { describe, expect, it } from 'vitest';
import { previewCounts, progressInWords, resultInWords, sourceInWords, truncate } from '../../../../renderer/features/chronology-import/import-words';

const rejectedRow = { rowNumber: 7, reason: 'Blank row', values: {} };

describe('the import wizard in words', () => {
  it('names a file’s format and encoding plainly', () => {
    expect(sourceInWords('csv', 'windows-1252')).toBe('CSV, Windows-1252');
    expect(sourceInWords('csv', 'utf-8-bom')).toBe('CSV, UTF-8 with byte-order mark');
    expect(sourceInWords('semicolon', 'utf-8')).toBe('CSV (semicolon-separated), UTF-8');
    expect(sourceInWords('tsv', 'x-unknown')).toBe('Tab-separated text, x-unknown');
    expect(sourceInWords('xlsx', null)).toBe('Excel workbook');
    expect(sourceInWords('docx', null)).toBe('Word document (tables)');
  });

  it('counts what a preview would make, in the singular when there is one', () => {
    expect(previewCounts({ entries: 8, rejected: 1, flagged: 2 })).toBe('8 rows will become entries, 1 will be rejected, 2 flagged.');
    expect(previewCounts({ entries: 1, rejected: 0, flagged: 0 })).toBe('1 row will become an entry, 0 will be rejected, 0 flagged.');
    expect(previewCounts({ entries: 30000, rejected: 0, flagged: 0 })).toBe('30,000 rows will become entries, 0 will be rejected, 0 flagged.');
  });

  it('says what an import made and where the rejected rows are', () => {
    expect(resultInWords({ agency: 'Police', imported: 8, rejected: [rejectedRow] })).toBe('Imported 8 entries from Police; 1 row rejected — see Rejected rows.');
    expect(resultInWords({ agency: 'GP', imported: 1, rejected: [] })).toBe('Imported 1 entry from GP; no rows rejected.');
    expect(resultInWords({ agency: 'Police', imported: 2, rejected: [], answered: { requestId: 'q1' } })).toBe('Imported 2 entries from Police; no rows rejected. Police’s chronology request is marked received.');
    expect(resultInWords({ agency: 'School', imported: 3, rejected: [rejectedRow, rejectedRow] })).toBe('Imported 3 entries from School; 2 rows rejected — see Rejected rows.');
    // A Word document's empty table rows are left out, and said so.
    expect(resultInWords({ agency: 'Police', imported: 4, rejected: [rejectedRow], blankRows: 2 })).toBe('Imported 4 entries from Police; 1 row rejected — see Rejected rows. 2 empty table rows were left out.');
    expect(resultInWords({ agency: 'Police', imported: 4, rejected: [], blankRows: 1 })).toBe('Imported 4 entries from Police; no rows rejected. 1 empty table row was left out.');
    expect(resultInWords({ agency: 'Police', imported: 4, rejected: [], blankRows: 0 })).toBe('Imported 4 entries from Police; no rows rejected.');
  });

  it('says what an import is doing', () => {
    expect(progressInWords(null)).toBe('Starting the import…');
    expect(progressInWords({ phase: 'reading', done: 0, total: 1 })).toBe('Reading the file…');
    expect(progressInWords({ phase: 'checking', done: 5000, total: 30000 })).toBe('Checking rows: 5,000 of 30,000');
    expect(progressInWords({ phase: 'saving', done: 0, total: 8 })).toBe('Saving 8 entries…');
    expect(progressInWords({ phase: 'saving', done: 8, total: 8 })).toBe('Saved.');
  });

  it('cuts long cells to one line', () => {
    expect(truncate('Joint visit.\nAccount consistent', 100)).toBe('Joint visit. Account consistent');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
  });
});
