/** computeDeadlines against hand-computed timetables; the day counting is in the comments. */
import { describe, expect, it } from 'vitest';
import { computeDeadlines, local, type DeadlineDates, type RuleSet } from '../../../../shared/deadlines';
import { AppError } from '../../../../shared/errors';
import { holidays } from './fixtures';

const due = (reviewType: string, dates: DeadlineDates, ruleSet?: string | RuleSet) =>
  Object.fromEntries(computeDeadlines({ reviewType, ruleSet, dates, holidays }).map((deadline) => [deadline.id, deadline.due]));

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('expected an AppError');
}

describe('computeDeadlines: rapid review', () => {
  it('gives the notification from awareness, each deadline naming its rule and source', () => {
    const [notification, ...rest] = computeDeadlines({ reviewType: 'rapid-review', dates: { aware: '2019-12-23' }, holidays });
    // Mon 23 Dec 2019 + 5 working days (24, 27, 30, 31 Dec, 2 Jan) = Thu 2 Jan 2020.
    expect(notification).toEqual({
      id: 'notification',
      due: '2020-01-02',
      rule: 'local: 5 working days from becoming aware of the incident',
      source: expect.stringContaining('gov.uk: Report a serious child safeguarding incident; Children Act 2004 s16C'),
    });
    expect(rest).toEqual([]); // nothing else has its starting date yet
  });

  it('counts the rapid review from the notification in every rule set, and the agency summaries in local and wt2023', () => {
    const dates = { aware: '2019-12-23', notified: '2020-01-02' };
    // From Thu 2 Jan 2020: Fri 3 (1), 6–10 Jan (2–6), 13–17 Jan (7–11), Mon 20–Thu 23 (12–15); summaries: 13–16 Jan (7–10).
    const expected = { notification: '2020-01-02', 'agency-summary': '2020-01-16', 'rapid-review': '2020-01-23' };
    expect(due('rapid-review', dates)).toEqual(expected);
    expect(due('rapid-review', dates, 'wt2023')).toEqual(expected);
    expect(due('rapid-review', dates, 'wt2018')).toEqual({ notification: '2020-01-02', 'rapid-review': '2020-01-23' });
    // Awareness alone starts no rapid review clock under any rule set.
    expect(due('rapid-review', { aware: '2019-12-23' }, 'wt2023')).toEqual({ notification: '2020-01-02' });
  });

  it('counts over Christmas 2024 and New Year 2025 under wt2023', () => {
    // Fri 20 Dec 2024: 23, 24 (1–2), 25–26 ✗, 27 (3), 30, 31 (4–5) → notification Tue 31 Dec;
    // sent Tue 31 Dec: 1 Jan ✗, Thu 2 (1), Fri 3 (2), 6–10 Jan (3–7), 13–15 (8–10) → summaries Wed 15 Jan;
    // 16, 17 (11–12), 20–22 (13–15) → rapid review Wed 22 Jan.
    expect(due('rapid-review', { aware: '2024-12-20', notified: '2024-12-31' }, 'wt2023')).toEqual({
      notification: '2024-12-31',
      'agency-summary': '2025-01-15',
      'rapid-review': '2025-01-22',
    });
  });

  it('adds the notice to the Secretary of State and Ofsted under wt2023 only when the child was looked after', () => {
    const lookedAfter = (ruleSet: string, value: boolean) =>
      computeDeadlines({ reviewType: 'rapid-review', ruleSet, dates: { aware: '2024-12-20' }, holidays, facts: { 'looked-after': value } }).map((deadline) => [deadline.id, deadline.due]);
    // The same 5 working days as the Panel notification: Tue 31 Dec 2024.
    expect(lookedAfter('wt2023', true)).toEqual([
      ['notification', '2024-12-31'],
      ['looked-after-notice', '2024-12-31'],
    ]);
    expect(lookedAfter('wt2023', false)).toEqual([['notification', '2024-12-31']]);
    expect(lookedAfter('local', true)).toEqual([['notification', '2024-12-31']]);
  });

  it('adds the LCSPR (months, clamped) and the publication notice (working days before)', () => {
    const dates = { aware: '2019-08-01', notified: '2019-08-05', decision: '2019-08-31', publication: '2020-04-14' };
    expect(due('rapid-review', dates)).toMatchObject({
      lcspr: '2020-02-29', // 31 Aug 2019 + 6 months: no 31 February, so the last day of a leap February
      // Tue 14 Apr 2020: Mon 13 ✗ Easter Monday, weekend ✗, Fri 10 ✗ Good Friday, then Thu 9 (1), Wed 8 (2),
      // Tue 7 (3), Mon 6 (4), Fri 3 (5), Thu 2 (6), Wed 1 Apr (7).
      'publication-notice': '2020-04-01',
    });
    expect(due('lcspr', { decision: '2022-08-31' }).lcspr).toBe('2023-02-28');
  });

  it('gives the publication notice before a publication the day after a bank holiday', () => {
    // Tue 27 May 2025: Mon 26 ✗ spring bank holiday, weekend ✗, Fri 23 (1) … Mon 19 (5), Fri 16 (6), Thu 15 (7).
    const [notice] = computeDeadlines({ reviewType: 'lcspr', dates: { publication: '2025-05-27' }, holidays });
    expect(notice).toMatchObject({ id: 'publication-notice', due: '2025-05-15', rule: 'local: 7 working days before the planned publication date' });
  });
});

describe('computeDeadlines: SAR, DHR and escalation', () => {
  it('counts a SAR from the decision, or from the referral when there is no decision yet', () => {
    const [fromReferral] = computeDeadlines({ reviewType: 'sar', dates: { referral: '2024-08-31' }, holidays });
    expect(fromReferral).toMatchObject({ due: '2025-02-28', rule: 'local: 6 months from the referral (no decision date given)' });
    expect(fromReferral?.source).toContain('Confirm this against your partnership’s procedure.');
    expect(due('sar', { referral: '2024-08-31', decision: '2024-10-10' })).toEqual({ 'sar-completion': '2025-04-10' });
  });

  it('gives a DHR its decision (1 month from notification) and overview (6 months from the decision)', () => {
    expect(due('dhr', { notified: '2023-01-31' })).toEqual({ 'dhr-decision': '2023-02-28', 'dhr-overview': '2023-07-31' });
    expect(due('dhr', { notified: '2023-01-31', decision: '2023-02-15' })).toEqual({ 'dhr-decision': '2023-02-28', 'dhr-overview': '2023-08-15' });
  });

  it('gives each escalation stage its due date from the date raised at that stage', () => {
    // Stage 1 raised Fri 20 Dec 2024: Mon 23 (1), Tue 24 (2).
    // Stage 2 raised Tue 24 Dec: 25–26 ✗, Fri 27 (1), Mon 30 (2), Tue 31 (3), 1 Jan ✗, Thu 2 (4), Fri 3 Jan (5).
    // Stage 3 raised Mon 6 Jan 2025: Tue 7 (1), Wed 8 (2).
    expect(due('escalation', { stage1: '2024-12-20', stage2: '2024-12-24', stage3: '2025-01-06' })).toEqual({
      'escalation-stage-1': '2024-12-24',
      'escalation-stage-2': '2025-01-03',
      'escalation-stage-3': '2025-01-08',
    });
  });

  it('accepts a rule set of the partnership’s own as data', () => {
    const ownPlan: RuleSet = { ...local, id: 'own-plan', rules: local.rules.map((rule) => (rule.id === 'notification' ? { ...rule, amount: 3 } : rule)) };
    // Mon 23 Dec 2019: 24 (1), 27 (2), 30 (3).
    expect(computeDeadlines({ reviewType: 'rapid-review', ruleSet: ownPlan, dates: { aware: '2019-12-23' }, holidays })[0]).toMatchObject({
      due: '2019-12-30',
      rule: 'own-plan: 3 working days from becoming aware of the incident',
    });
  });
});

describe('computeDeadlines: bad input', () => {
  const compute = (reviewType: string, dates: DeadlineDates, ruleSet?: string) => () => computeDeadlines({ reviewType, ruleSet, dates, holidays });

  it.each([
    [compute('rapid-review', { aware: '2019-02-30' }), 'The awareness date "2019-02-30" is not a real date: February 2019 has 28 days. Write it as YYYY-MM-DD, e.g. 2020-01-02.'],
    [compute('rapid-review', { notified: '23/12/2019' }), 'The notification date "23/12/2019" is not a date in the form YYYY-MM-DD. Write it as YYYY-MM-DD, e.g. 2020-01-02.'],
    [compute('rapid-review', { aware: '2019-12-23', notified: '2019-12-20' }), 'The notification date (2019-12-20) is before the awareness date (2019-12-23). Check both dates.'],
    [compute('rapid-review', { notified: '2020-01-02', decision: '2019-12-31' }), 'The decision date (2019-12-31) is before the notification date (2020-01-02). Check both dates.'],
    [compute('rapid-review', { aware: '2020-01-02', decision: '2019-12-31' }), 'The decision date (2019-12-31) is before the awareness date (2020-01-02). Check both dates.'],
    [compute('sar', { referral: '2024-05-01', decision: '2024-04-30' }), 'The decision date (2024-04-30) is before the referral date (2024-05-01). Check both dates.'],
    [compute('rapid-review', { aware: '2019-12-23' }, 'wt2020'), 'Unknown rule set "wt2020". Use one of: local (the default), wt2018, wt2023.'],
    [compute('serious-case-review', { aware: '2019-12-23' }), 'Unknown review type "serious-case-review". Use one of: rapid-review, lcspr, sar, dhr, escalation.'],
    [compute('sar', { referral: '2024-05-01' }, 'wt2023'), 'The wt2023 rule set has no clocks for a safeguarding adults review (SAR); it covers: rapid-review, lcspr. Use the local rule set.'],
    [compute('rapid-review', { incident: '2019-12-23' } as DeadlineDates), 'Unknown key date "incident". Use: aware, notified, decision, referral, publication, stage1, stage2, stage3.'],
  ])('rejects it with a clear message (%#)', (run, message) => {
    const error = failure(run);
    expect(error.code).toBe('validation');
    expect(error.message).toBe(message);
  });

  it('allows dates on the same day and skips empty ones', () => {
    // Sent Mon 23 Dec 2019: 24, 27, 30, 31 Dec (1–4), 2, 3 Jan (5–6), 6–9 Jan (7–10) → summaries Thu 9 Jan; 10, 13–16 Jan (11–15).
    expect(due('rapid-review', { aware: '2019-12-23', notified: '2019-12-23', decision: '' })).toEqual({ notification: '2020-01-02', 'agency-summary': '2020-01-09', 'rapid-review': '2020-01-16' });
  });

  it('fails clearly when a deadline needs a year with no holiday data', () => {
    const error = failure(compute('rapid-review', { aware: '2030-12-27' }));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('Bank holidays for 2031 are not loaded');
  });
});
