/** The pure rules in shared/reviews: lifecycles as data and pseudonym suggestions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personRoles, reviewTypes } from '../../../../shared/reviews/catalogue';
import { keyDateProblem } from '../../../../shared/reviews/dates';
import { checkTransition, lifecycles, statusLabels, transitionsFrom } from '../../../../shared/reviews/lifecycle';
import { pseudonymKey, revealsName, suggestPseudonym } from '../../../../shared/reviews/pseudonyms';

describe('lifecycles', () => {
  it.each(reviewTypes)('%s: every step is reachable forward from the first, and every status has a label', (type) => {
    const { steps } = lifecycles[type];
    const decided = { decisionOutcome: 'c' as const };
    for (const [index, status] of steps.entries()) {
      expect(statusLabels[status]).toBeTruthy();
      const next = steps[index + 1];
      if (next) expect(checkTransition(type, status, next, decided).kind).toBe('forward');
    }
    expect(steps.at(-1)).toBe('closed');
    expect(transitionsFrom(type, 'closed', decided).every((move) => move.kind === 'back')).toBe(true);
  });
});

describe('pseudonym suggestions', () => {
  it('letters children past Z and numbers practitioners past gaps', () => {
    const children = Array.from({ length: 26 }, (_, index) => `Child ${String.fromCharCode(65 + index)}`);
    expect(suggestPseudonym({ role: 'child' }, children)).toBe('Child AA');
    expect(suggestPseudonym({ role: 'practitioner', practitionerRole: 'GP' }, ['Practitioner 1 (Health Visitor)', 'Practitioner 3'])).toBe('Practitioner 2 (GP)');
    expect(suggestPseudonym({ role: 'practitioner' }, [])).toBe('Practitioner 1');
  });

  it("the household beyond the parents: a parent's partner, a step-parent, another adult, anyone else", () => {
    expect(suggestPseudonym({ role: 'parents-partner', relationship: 'mother’s partner' }, [])).toBe('Mother’s partner');
    expect(suggestPseudonym({ role: 'parents-partner' }, [])).toBe('Parent’s partner 1');
    expect(suggestPseudonym({ role: 'step-parent' }, ['Step-parent 1'])).toBe('Step-parent 2');
    expect(suggestPseudonym({ role: 'household-adult' }, [])).toBe('Adult in the household 1');
    expect(suggestPseudonym({ role: 'other' }, [])).toBe('Person 1');
  });

  it('never returns a pseudonym already taken, nor one that reveals a name', () => {
    const taken = fc.array(
      fc.oneof(
        fc.constantFrom('Child A', 'child b', 'Mother', 'Sibling 1', 'Practitioner 1 (GP)', 'Parent 1', 'Carer 1', 'Family member 1', 'Child M'),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 30 },
    );
    const request = fc.record({
      role: fc.constantFrom(...personRoles),
      relationship: fc.option(fc.constantFrom('mother', 'Father', 'maternal grandmother', 'Hartwell aunt'), { nil: undefined }),
      practitionerRole: fc.option(fc.constantFrom('GP', 'Health Visitor', 'Farrow Nurse'), { nil: undefined }),
      subject: fc.option(fc.constantFrom('Child M', 'Baby O'), { nil: undefined }),
    });
    const names = ['Maisie Hartwell', 'Dean Farrow'];
    fc.assert(
      fc.property(request, taken, (asked, used) => {
        const suggestion = suggestPseudonym(asked, used, names);
        expect(used.map(pseudonymKey)).not.toContain(pseudonymKey(suggestion));
        expect(revealsName(suggestion, names)).toBe(false);
      }),
    );
  });

  it('matches names by whole words of three letters or more, through apostrophes and hyphens', () => {
    expect(revealsName("Dean's daughter", ['Dean Farrow'])).toBe(true);
    expect(revealsName('Child M', ['Maisie Hartwell-Marchbanks'])).toBe(false);
    expect(revealsName('Family Marchbanks', ['Maisie Hartwell-Marchbanks'])).toBe(true);
    expect(revealsName('Practitioner 2 (Deanery lead)', ['Dean Farrow'])).toBe(false);
  });
});

describe('key dates', () => {
  it('checks each pair in order only when both dates are known', () => {
    expect(keyDateProblem({ aware: '2020-01-02', decision: null, published: '2020-01-01' })).toMatch(/publication date \(2020-01-01\) is before the date the local authority became aware/);
    expect(keyDateProblem({ referral: '2020-02-01', decision: '2020-01-31' })).toMatch(/decision follows the referral/);
    expect(keyDateProblem({ notified: '2020-01-02' })).toBeNull();
  });
});
