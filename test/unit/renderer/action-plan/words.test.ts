/** How the Action plan area says statuses, overdue days, counts and reporting years: in words, day first, never a code. */
import { describe, expect, it } from 'vitest';
import type { RegisterCounts } from '../../../../shared/findings/model';
import {
  activityName,
  categoryRemovalText,
  countsText,
  findingText,
  overdueText,
  ragText,
  reportingYearOf,
  reportingYears,
  reportingYearText,
  statusText,
  yearCoverText,
} from '../../../../renderer/features/action-plan/words';

const noneByStatus = { 'not-started': 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, complete: 0, 'not-implemented': 0 };

describe('the Action plan area’s words', () => {
  it('says a status with its RAG rating in words', () => {
    expect(statusText('at-risk', 'amber')).toBe('At risk (Amber)');
    expect(statusText('not-implemented', null)).toBe('Not implemented');
    expect(ragText(null)).toBe('Not rated');
    expect(ragText('red')).toBe('Red');
  });

  it('counts overdue days, one day in the singular', () => {
    expect(overdueText(12)).toBe('12 days overdue');
    expect(overdueText(1)).toBe('1 day overdue');
    expect(overdueText(0)).toBe('Not overdue');
  });

  it('sums up the register with only the statuses that have actions, in the statuses’ order', () => {
    const counts: RegisterCounts = { total: 5, overdue: 1, byStatus: { ...noneByStatus, complete: 1, 'at-risk': 2, 'not-started': 2 }, byAgency: [] };
    expect(countsText(counts)).toEqual({ headline: '5 actions, 1 overdue.', byStatus: 'Not started: 2; At risk: 2; Complete: 1.' });
    expect(countsText({ total: 0, overdue: 0, byStatus: noneByStatus, byAgency: [] })).toEqual({ headline: '0 actions, 0 overdue.', byStatus: 'No actions yet.' });
  });

  it('cites the findings a recommendation answers, saying so where one was removed', () => {
    expect(findingText({ findingId: 'f2', number: 2, statement: 'Supervision looked at tasks.' })).toBe('Finding 2: Supervision looked at tasks.');
    expect(findingText({ findingId: null, number: null, statement: null })).toBe('Finding removed');
  });

  it('names an activity by its type and title', () => {
    expect(activityName({ type: 'section-11', title: 'Schools 2026' })).toBe('Section 11 / safeguarding self-assessment: Schools 2026');
  });

  it('runs the reporting year from April to March', () => {
    expect(reportingYearOf('2027-03-31')).toBe(2026);
    expect(reportingYearOf('2026-04-01')).toBe(2026);
    expect(reportingYearText(2026)).toBe('2026 to 2027');
    expect(reportingYears('2026-11-26')).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(yearCoverText(2026)).toBe('Findings with recommendations open or updated between 1 April 2026 and 31 March 2027; each action’s status is as at 31 March 2027.');
  });

  it('says what removing a category does to its findings', () => {
    expect(categoryRemovalText('Supervision', 3)).toBe('3 findings have Supervision. They keep their text and become uncategorised.');
    expect(categoryRemovalText('Supervision', 1)).toBe('1 finding has Supervision. It keeps its text and becomes uncategorised.');
    expect(categoryRemovalText('Supervision', 0)).toBe('Remove Supervision? No findings have it.');
  });
});
