import { describe, expect, it } from 'vitest';
import { columnWidthLimits } from '../../../../shared/chronology/columns';
import { defaultWidths, gridTemplate, noColumnChoice, rowWidth, shownColumns, withShown, withWidth } from '../../../../renderer/features/chronology/columns';

describe('the composite columns a reviewer chooses', () => {
  it('shows every column at its usual width until told otherwise, each at its place in the whole table', () => {
    const columns = shownColumns(noColumnChoice);
    expect(columns.map((column) => column.label)).toEqual(['Agency', 'Event', 'Action', 'Outcome', 'Significance', 'Source', 'Reviewer analysis']);
    expect(columns.map((column) => column.index)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(gridTemplate(columns).split(' ')).toHaveLength(9);
  });

  it('keeps the analysis column at aria-colindex 9 when others are hidden, so a screen reader still counts the whole table', () => {
    const choice = withShown(withShown(noColumnChoice, 'action', false), 'outcome', false);
    const columns = shownColumns(choice);
    expect(columns.map((column) => column.key)).toEqual(['agency', 'event', 'significance', 'source', 'analysis']);
    expect(columns.at(-1)?.index).toBe(9);
    expect(shownColumns(withShown(choice, 'action', true)).map((column) => column.key)).toContain('action');
  });

  it('keeps widths within limits, so a column can be neither lost nor run off the screen', () => {
    expect(shownColumns(withWidth(noColumnChoice, 'event', 1)).find((column) => column.key === 'event')?.width).toBe(columnWidthLimits.min);
    expect(shownColumns(withWidth(noColumnChoice, 'event', 500)).find((column) => column.key === 'event')?.width).toBe(columnWidthLimits.max);
    const wider = withWidth(noColumnChoice, 'analysis', defaultWidths.analysis + 4);
    expect(rowWidth(shownColumns(wider)) - rowWidth(shownColumns(noColumnChoice))).toBe(4);
  });
});
