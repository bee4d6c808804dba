/** How the Interviews area says dates, consent and participants: day first, in words, never a code. */
import { describe, expect, it } from 'vitest';
import { consentInputOf, notAsked, toggledCover, withStatus } from '../../../../renderer/features/interviews/consent-draft';
import { consentText, dayText, excerptsText, participantsText } from '../../../../renderer/features/interviews/words';

describe('the Interviews area’s words', () => {
  it('says a day with its weekday, day first', () => {
    expect(dayText('2026-03-12')).toBe('Thu 12 Mar 2026');
    expect(dayText(null)).toBe('Date not set');
  });

  it('says consent with what it covers and when', () => {
    expect(consentText(null)).toBe('Not yet asked');
    expect(consentText({ status: 'given', on: '2026-03-12', covers: ['notes', 'recording'] })).toBe('Given on Thu 12 Mar 2026: notes kept, recording');
    expect(consentText({ status: 'withdrawn', on: '2026-04-01', covers: [] })).toBe('Withdrawn on Wed 1 Apr 2026');
  });

  it('lists participants by role and agency, and counts excerpts', () => {
    const participant = { personId: 'p1', role: 'Health visitor', agency: 'Community Health', describedAs: 'Health visitor, Community Health', consent: null };
    expect(participantsText([participant, { ...participant, personId: 'p2', describedAs: 'Social worker, Children’s Services' }])).toBe('Health visitor, Community Health; Social worker, Children’s Services');
    expect(excerptsText(1)).toBe('1 excerpt');
    expect(excerptsText(0)).toBe('0 excerpts');
  });
});

describe('a consent as the form holds it', () => {
  it('starts a given consent covering notes and quotes, and keeps the covers in their order', () => {
    const given = withStatus(notAsked, 'given');
    expect(given.covers).toEqual(['notes', 'quotes']);
    expect(toggledCover(toggledCover(given, 'quotes', false), 'recording', true).covers).toEqual(['notes', 'recording']);
  });

  it('records nothing while not asked, and no covers for a declined consent', () => {
    expect(consentInputOf(notAsked)).toBeNull();
    expect(consentInputOf({ status: 'declined', covers: ['notes'], on: '' })).toEqual({ status: 'declined', covers: [], on: null });
    expect(consentInputOf({ status: 'given', covers: ['notes'], on: '2026-03-12' })).toEqual({ status: 'given', covers: ['notes'], on: '2026-03-12' });
  });
});
