/** The review's own agencies and professionals, offered in the terms' agencies and panel fields. */
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/reviews/types';
import { distinctAgencies, hasAgency, panelCandidates } from '../../../../renderer/features/terms/known';
import { cleanPanel, notOnPanel, panelRows, personChoice, unnamedMember } from '../../../../renderer/features/terms/panel-rows';

const person = (patch: Partial<Person>): Person => ({
  id: 'p1',
  reviewId: 'r1',
  name: 'Alex Example',
  role: 'practitioner',
  relationship: null,
  practitionerRole: 'Health Visitor',
  agency: 'Community health',
  dateOfBirth: null,
  pseudonym: 'Practitioner A',
  aliases: [],
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
  ...patch,
});

describe('agencies the review knows', () => {
  it('lists each agency once, whatever its spacing or capitals, in the order first met', () => {
    expect(distinctAgencies(['Police', ' police ', 'Health  Visiting', null, '', 'Health Visiting', 'School'])).toEqual(['Police', 'Health Visiting', 'School']);
    expect(hasAgency(['Health Visiting'], 'health visiting ')).toBe(true);
    expect(hasAgency(['Health Visiting'], 'Health')).toBe(false);
  });

  it('offers the register’s professionals for the panel, never the family', () => {
    const people = [person({}), person({ id: 'p2', name: 'Kim Example', role: 'parent', practitionerRole: null, agency: null }), person({ id: 'p3', name: 'Lee Example', role: 'other', practitionerRole: 'Interpreter', agency: null })];
    expect(panelCandidates(people)).toEqual([
      { id: 'p1', name: 'Alex Example', role: 'Health Visitor', agency: 'Community health' },
      { id: 'p3', name: 'Lee Example', role: 'Interpreter', agency: '' },
    ]);
  });
});

describe('panel rows', () => {
  it('keeps an older one-line member as one line, so an unchanged panel saves nothing new', () => {
    const stored = ['Pat Example, Chair, Police', { name: 'Alex Example', role: 'Designated Nurse', agency: 'ICB' }];
    expect(cleanPanel(panelRows(stored))).toEqual(stored);
  });

  it('trims each part, drops an empty member and finds one with a role but no name', () => {
    const rows = panelRows([]).concat([
      { kind: 'member', name: ' Jo Example ', role: 'DI ', agency: '' },
      { kind: 'member', name: '', role: '', agency: '' },
      { kind: 'member', name: '', role: 'Chair', agency: '' },
    ]);
    expect(cleanPanel(rows.slice(0, 2))).toEqual([{ name: 'Jo Example', role: 'DI', agency: '' }]);
    expect(unnamedMember(rows)).toBe(2);
    expect(unnamedMember(rows.slice(0, 2))).toBeNull();
  });

  it('offers only people not on the panel yet, by name, as the register holds them', () => {
    const people = [
      { id: 'p1', name: 'Alex Example', role: 'Health Visitor', agency: 'Community health' },
      { id: 'p2', name: 'Pat Example', role: 'Head of Safeguarding', agency: 'Police' },
      { id: 'p3', name: 'Jo Example', role: '', agency: '' },
    ];
    const rows = panelRows([{ name: 'alex example', role: '', agency: '' }, 'Pat Example, Head of Safeguarding, Police']);
    expect(notOnPanel(people, rows).map((candidate) => candidate.id)).toEqual(['p3']);
    expect(personChoice(people[0]!)).toBe('Alex Example — Health Visitor, Community health');
    expect(personChoice(people[2]!)).toBe('Jo Example');
  });
});
