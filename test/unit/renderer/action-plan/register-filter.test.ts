/** The register's filters: the form's strings to the core's filter and back, and the filter said in words. */
import { describe, expect, it } from 'vitest';
import { emptyDraft, filterText, sourceFromKey, sourceKey, toDraft, toFilter } from '../../../../renderer/features/action-plan/register-filter';

const choices = {
  agencies: ['Police'],
  sources: [
    { source: { kind: 'review' as const, reviewId: 'r1' }, label: 'CSPR Child Q' },
    { source: { kind: 'activity' as const, activityId: 'a1' }, label: 'Multi-agency audit: Neglect' },
  ],
  categories: ['Supervision'],
};

describe('the register’s filters', () => {
  it('keeps a review or an activity in one select value', () => {
    expect(sourceFromKey(sourceKey({ kind: 'activity', activityId: 'a:1' }))).toEqual({ kind: 'activity', activityId: 'a:1' });
    expect(sourceFromKey(sourceKey({ kind: 'review', reviewId: 'r1' }))).toEqual({ kind: 'review', reviewId: 'r1' });
    expect(sourceFromKey('')).toBeUndefined();
  });

  it('sends only what is chosen, and the form shows the filter it was given', () => {
    expect(toFilter(emptyDraft)).toEqual({ ok: true, filter: {} });
    const draft = { ...emptyDraft, source: 'review:r1', agency: 'Police', overdue: true, asOf: '2027-01-31' };
    const wanted = toFilter(draft);
    expect(wanted).toEqual({ ok: true, filter: { source: { kind: 'review', reviewId: 'r1' }, agency: 'Police', overdue: true, asOf: '2027-01-31' } });
    if (wanted.ok) expect(toDraft(wanted.filter)).toEqual(draft);
  });

  it('refuses a date that is not a day, before asking the core', () => {
    const wanted = toFilter({ ...emptyDraft, asOf: '32/01/2027' });
    expect(wanted.ok).toBe(false);
    if (!wanted.ok) expect(wanted.message).toMatch(/^Count overdue to must be a real date/);
  });

  it('says the filter in words, with the day overdue days are counted to', () => {
    expect(filterText({}, { asOf: '2026-11-26', choices })).toBe('Every action, overdue days counted to Thu 26 Nov 2026.');
    expect(filterText({ source: { kind: 'activity', activityId: 'a1' }, agency: 'Police', status: 'at-risk', rag: 'amber', category: 'Supervision', overdue: true, asOf: '2027-01-31' }, null)).toBe(
      'Actions from one review or activity, led by Police, with the status At risk, rated Amber, in the category Supervision, overdue only, overdue days counted to Sun 31 Jan 2027.',
    );
    expect(filterText({ source: { kind: 'review', reviewId: 'r1' } }, { asOf: '2026-11-26', choices })).toBe('Actions from CSPR Child Q, overdue days counted to Thu 26 Nov 2026.');
  });
});
