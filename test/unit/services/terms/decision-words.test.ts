/** The words of a recorded decision, shared by the app, the CLI and the PDF, and dates typed day first. */
import { describe, expect, it } from 'vitest';
import { readDay } from '../../../../shared/dates/day-input';
import { decidedOnProblem, decisionSentence } from '../../../../shared/terms/decision';

describe('a recorded decision in words', () => {
  it('says who, in what role, on which day, how, and who recorded it when', () => {
    const decision = { decision: 'approved', signatory: 'Pat Example', role: 'Independent Chair, SVPP', at: '2026-12-04', how: 'email', recordedBy: 'Sam Reviewer', recordedAt: '2026-12-07T10:15:00.000Z' } as const;
    expect(decisionSentence(decision)).toBe('Approved by Pat Example, Independent Chair, SVPP, on 4 December 2026 (by email); recorded by Sam Reviewer on 7 December 2026');
    expect(decisionSentence({ ...decision, decision: 'returned', how: 'meeting' })).toBe('Returned by Pat Example, Independent Chair, SVPP, on 4 December 2026 (at a meeting); recorded by Sam Reviewer on 7 December 2026');
    // Recorded before the app asked how, or who recorded it.
    expect(decisionSentence({ ...decision, how: null, recordedBy: null })).toBe('Approved by Pat Example, Independent Chair, SVPP, on 4 December 2026');
  });

  it('reads the day of a decision day first with the app\'s one reader, never month first, and refuses what is not a date', () => {
    const label = 'The date of the decision';
    for (const typed of ['4/12/2026', '04-12-2026', '4.12.26', '4 12 2026', '4 December 2026', '4 Dec 2026', '4th December 2026', '2026-12-04']) {
      expect(readDay(typed, label, '2026-12-07')).toEqual({ ok: true, day: '2026-12-04' });
    }
    expect(readDay('12/4/2026', label, '2026-12-07')).toEqual({ ok: true, day: '2026-04-12' });
    expect(readDay('31/2/2026', label, '2026-12-07')).toEqual({ ok: false, message: 'The date of the decision must be a real date: February 2026 has 28 days. Write it day first, for example 23/12/2019 or 23 December 2019.' });
    expect(readDay('last Tuesday', label, '2026-12-07')).toEqual({ ok: false, message: 'The date of the decision must be a real date, written day first, for example 23/12/2019 or 23 December 2019.' });
    expect(readDay('  ', label, '2026-12-07')).toEqual({ ok: false, message: 'Enter the date of the decision, for example 23/12/2019 or 23 December 2019.' });
  });

  it('allows today and any day before, never a day after', () => {
    expect(decidedOnProblem('2026-12-07', '2026-12-07')).toBeNull();
    expect(decidedOnProblem('2019-01-31', '2026-12-07')).toBeNull();
    expect(decidedOnProblem('2026-12-08', '2026-12-07')).toBe('The decision cannot have been made on 8 December 2026: that is in the future (today is 7 December 2026). Give the day the chair decided.');
  });
});
