/** Editing list fields as rows, and what is sent to the core. */
import { describe, expect, it } from 'vitest';
import { cleanItems, cleanMilestones, milestoneRows, removeAt, replaceAt, sameValue } from '../../../../renderer/features/terms/lists';

describe('list rows', () => {
  it('replaces and removes by position without changing the original', () => {
    const agencies = ['Police', 'School', 'GP'];
    expect(replaceAt(agencies, 1, 'Primary school')).toEqual(['Police', 'Primary school', 'GP']);
    expect(removeAt(agencies, 0)).toEqual(['School', 'GP']);
    expect(agencies).toEqual(['Police', 'School', 'GP']);
  });

  it('saves items trimmed, dropping rows added and left empty', () => {
    expect(cleanItems(['  Police ', '', '   ', 'Health visiting'])).toEqual(['Police', 'Health visiting']);
  });
});

describe('milestones', () => {
  it('shows a milestone without a date as an empty date input, and saves it back as null', () => {
    const stored = [
      { label: 'Practitioner event', due: '2020-03-02' },
      { label: 'Draft report to panel', due: null },
    ];
    const rows = milestoneRows(stored);
    expect(rows).toEqual([
      { label: 'Practitioner event', due: '2020-03-02' },
      { label: 'Draft report to panel', due: '' },
    ]);
    expect(cleanMilestones(rows)).toEqual(stored);
  });

  it('drops empty rows, trims labels, and keeps a date without a label for the refusal to name', () => {
    expect(
      cleanMilestones([
        { label: '', due: '' },
        { label: '  Panel meeting ', due: '' },
        { label: ' ', due: '2020-05-01' },
      ]),
    ).toEqual([
      { label: 'Panel meeting', due: null },
      { label: '', due: '2020-05-01' },
    ]);
  });
});

describe('sameValue', () => {
  it('tells an unchanged field from a changed one, so no save reaches the core for nothing', () => {
    expect(sameValue(['Police'], ['Police'])).toBe(true);
    expect(sameValue(['Police'], ['Police', 'School'])).toBe(false);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(null, '2019-01-01')).toBe(false);
    expect(sameValue([{ label: 'A', due: null }], [{ label: 'A', due: null }])).toBe(true);
  });
});
