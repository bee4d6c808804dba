/** How the Findings area says findings, recommendations, actions and briefings: day first, in words, never a code. */
import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../../../../shared/findings/model';
import { matching } from '../../../../renderer/features/findings/evidence-choices';
import { addressedToText, answeredByText, answeredText, dayText, evidenceCountText, historyLine, notConfirmedText, overdueText, statusText } from '../../../../renderer/features/findings/words';

const recommendation = (id: string, number: number) => ({ id, number }) as Recommendation;

describe('the Findings area’s words', () => {
  it('says a day with its weekday, day first', () => {
    expect(dayText('2026-03-12')).toBe('Thu 12 Mar 2026');
    expect(dayText(null)).toBe('Not set');
  });

  it('says who a recommendation is addressed to, the partnership when nobody in particular', () => {
    expect(addressedToText([])).toBe('The partnership');
    expect(addressedToText(['Police', 'Children’s Services'])).toBe('Police, Children’s Services');
  });

  it('says a removed finding as removed, never as a blank or a code', () => {
    expect(answeredText({ findingId: null, number: null, statement: null })).toBe('Finding removed');
    expect(answeredText({ findingId: 'f1', number: 2, statement: 'Referrals were not followed up.' })).toBe('Finding 2: Referrals were not followed up.');
  });

  it('names the recommendations answering a finding by their numbers, in order', () => {
    const all = [recommendation('r3', 3), recommendation('r1', 1), recommendation('r2', 2)];
    expect(answeredByText([], all)).toBe('None yet');
    expect(answeredByText(['r2'], all)).toBe('Recommendation 2');
    expect(answeredByText(['r3', 'r1', 'r2'], all)).toBe('Recommendations 1, 2 and 3');
  });

  it('says status and RAG in words, so neither is shown by colour alone', () => {
    expect(statusText({ status: 'at-risk', rag: 'amber' })).toBe('At risk (Amber)');
    expect(statusText({ status: 'not-started', rag: null })).toBe('Not started');
  });

  it('counts evidence, overdue days and a history line in words', () => {
    expect(evidenceCountText(0)).toBe('No evidence yet');
    expect(evidenceCountText(1)).toBe('1 piece of evidence');
    expect(overdueText(0)).toBe('Not overdue');
    expect(overdueText(1)).toBe('1 day overdue');
    expect(overdueText(40)).toBe('40 days overdue');
    expect(historyLine({ at: '2026-11-26T09:00:00.000Z', on: '2026-11-20', kind: 'progress', words: 'Status: At risk (Amber).' })).toBe('Fri 20 Nov 2026: Status: At risk (Amber).');
  });

  it('lists the agencies that have not confirmed using a briefing', () => {
    expect(notConfirmedText([], 0)).toBe('No agency has received it yet.');
    expect(notConfirmedText([], 3)).toBe('Every agency that received it has confirmed its use.');
    expect(notConfirmedText(['Health', 'Police'], 3)).toBe('Not yet confirmed: Health, Police');
  });
});

describe('finding evidence by words', () => {
  const choices = [
    { id: 'a', label: 'Missed appointments at the health centre' },
    { id: 'b', label: 'Strategy discussion with Police' },
  ];
  it('keeps the choices holding every word typed, in any case and order', () => {
    expect(matching(choices, '').map((each) => each.id)).toEqual(['a', 'b']);
    expect(matching(choices, 'police STRATEGY').map((each) => each.id)).toEqual(['b']);
    expect(matching(choices, 'health police')).toEqual([]);
  });
});
