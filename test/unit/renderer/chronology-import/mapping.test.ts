/** The column mapping's checks, which put each message beside the column it is about. */
import { describe, expect, it } from 'vitest';
import { choiceOf, columnName, fieldOf, keepColumn, mappingProblems } from '../../../../renderer/features/chronology-import/mapping';

const headers = ['Date/Time', 'Source System', 'Reference', 'Details', 'Action Taken', 'Officer Role'];

describe('column mapping checks', () => {
  it('accepts a mapping with a date and each field once', () => {
    expect(mappingProblems(['date', 'source', null, 'event', 'action', 'authorRole'], headers)).toEqual([]);
  });

  it('asks for a date column', () => {
    expect(mappingProblems([null, 'source', null, 'event', 'action', 'authorRole'], headers)).toEqual([{ columns: [], message: expect.stringMatching(/^Map one column to Date/) }]);
  });

  it('names the columns that feed one field twice', () => {
    expect(mappingProblems(['date', 'source', null, 'event', 'event', 'authorRole'], headers)).toEqual([
      { columns: [3, 4], message: '“Details” and “Action Taken” are both mapped to Event: map Event from one column only.' },
    ]);
    expect(mappingProblems(['date', 'event', 'event', 'event', null, null], headers)[0]!.message).toBe(
      '“Source System”, “Reference” and “Details” are all mapped to Event: map Event from one column only.',
    );
  });

  it('names an empty header by its position, and keeps an unmapped column as an other column', () => {
    expect(columnName(['Date', ' '], 1)).toBe('Column 2');
    expect(choiceOf(null)).toBe(keepColumn);
    expect(fieldOf(keepColumn)).toBeNull();
    expect(fieldOf('event')).toBe('event');
  });
});
