/** The composite's filter form, and what of it reaches the core. */
import { describe, expect, it } from 'vitest';
import { anonymiseFilter, filtersApplied, noFilter, sameFilter, toChronologyFilter } from '../../../../renderer/features/chronology/filter';
import { createAnonymiser } from '../../../../shared/people/anonymise';

describe('the composite filter', () => {
  it('sends nothing when nothing narrows the composite', () => {
    expect(toChronologyFilter(noFilter)).toBeUndefined();
    expect(toChronologyFilter({ ...noFilter, text: '   ' })).toBeUndefined();
    expect(filtersApplied(noFilter)).toBe(0);
  });

  it('sends only what is set, and only whole dates', () => {
    const fields = { ...noFilter, agencies: ['Police'], from: '2019-03-01', to: '2019-0', text: ' strategy ', flagged: true };
    expect(toChronologyFilter(fields)).toEqual({ agencies: ['Police'], from: '2019-03-01', text: 'strategy', flagged: true });
    expect(filtersApplied(fields)).toBe(4);
  });

  it('anonymises every value a name can be in, so none stays on screen in the anonymised view', () => {
    const anonymise = createAnonymiser([{ name: 'Maisie Hartwell', pseudonym: 'Child M', aliases: [] }]);
    const named = { ...noFilter, text: 'Maisie', agencies: ['Police'], episodeId: 'ep1' };
    const anonymised = anonymiseFilter(named, anonymise);
    expect(anonymised).toEqual({ ...named, text: 'Child M' });
    expect(sameFilter(anonymised, { ...named, text: 'Child M' })).toBe(true);
    expect(sameFilter(anonymised, named)).toBe(false);
  });
});
