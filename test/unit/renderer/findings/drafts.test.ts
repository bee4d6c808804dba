/** The Findings area's forms, checked before they are sent: what is missing is said beside its field, in words a user acts on. */
import { describe, expect, it } from 'vitest';
import { agencyLines, checkAction, checkDelivery, checkFinding, checkProgress, checkRecommendation } from '../../../../renderer/features/findings/drafts';

describe('the findings forms’ drafts', () => {
  it('needs a finding’s statement, and sends an empty pattern and category as none', () => {
    expect(checkFinding({ statement: '  ', pattern: '', categoryId: '' }, 'finding')).toEqual({ ok: false, errors: [{ fieldId: 'finding-statement', message: 'Write the finding’s statement.' }] });
    expect(checkFinding({ statement: ' Referrals stall. ', pattern: ' ', categoryId: '' }, 'finding')).toEqual({ ok: true, value: { statement: 'Referrals stall.', pattern: null, categoryId: null } });
  });

  it('reads agencies one a line, dropping blanks and repeats', () => {
    expect(agencyLines('Police\n\n  Health \nPolice\n')).toEqual(['Police', 'Health']);
    expect(agencyLines('')).toEqual([]);
  });

  it('needs a recommendation’s findings and words; the day it was made is optional but must be a day', () => {
    const missing = checkRecommendation({ findingIds: [], text: '', to: '', madeOn: '' }, 'rec');
    expect(missing.ok ? [] : missing.errors.map((error) => error.fieldId)).toEqual(['rec-findings', 'rec-text']);
    const badDay = checkRecommendation({ findingIds: ['f1'], text: 'Train staff.', to: '', madeOn: '31/02/2026' }, 'rec');
    expect(badDay.ok ? [] : badDay.errors.map((error) => error.fieldId)).toEqual(['rec-made-on']);
    expect(checkRecommendation({ findingIds: ['f1'], text: ' Train staff. ', to: 'Police\nHealth', madeOn: '' }, 'rec')).toEqual({
      ok: true,
      value: { findingIds: ['f1'], text: 'Train staff.', to: ['Police', 'Health'] },
    });
  });

  it('needs an action’s words, agency, lead role and target date', () => {
    const missing = checkAction({ text: '', agency: ' ', leadRole: '', due: '', measure: '' }, 'action');
    expect(missing.ok ? [] : missing.errors.map((error) => error.fieldId)).toEqual(['action-text', 'action-agency', 'action-lead-role', 'action-due']);
    expect(checkAction({ text: 'Audit', agency: 'Police', leadRole: 'Head of Safeguarding', due: '2027-03-31', measure: '' }, 'action')).toEqual({
      ok: true,
      value: { text: 'Audit', agency: 'Police', leadRole: 'Head of Safeguarding', due: '2027-03-31', measure: null },
    });
  });

  it('refuses “Not implemented” without its reason, and needs a status', () => {
    const none = checkProgress({ status: '', rag: '', note: '', reason: '', on: '' });
    expect(none.ok ? [] : none.errors).toEqual([{ fieldId: 'progress-status', message: 'Choose the action’s status.' }]);
    const noReason = checkProgress({ status: 'not-implemented', rag: 'red', note: '', reason: ' ', on: '' });
    expect(noReason.ok ? [] : noReason.errors).toEqual([{ fieldId: 'progress-reason', message: 'Say why the action was not implemented.' }]);
    expect(checkProgress({ status: 'at-risk', rag: 'amber', note: 'Dates moved.', reason: '', on: '2026-11-20' })).toEqual({
      ok: true,
      value: { status: 'at-risk', rag: 'amber', note: 'Dates moved.', reason: null, on: '2026-11-20' },
    });
  });

  it('logs a delivery with how it was used only when use is confirmed', () => {
    const unsaid = checkDelivery({ agency: 'Police', receivedOn: '2026-11-20', confirmed: true, used: '' });
    expect(unsaid.ok ? [] : unsaid.errors.map((error) => error.fieldId)).toEqual(['delivery-used']);
    expect(checkDelivery({ agency: ' Police ', receivedOn: '2026-11-20', confirmed: false, used: 'ignored' })).toEqual({ ok: true, value: { agency: 'Police', receivedOn: '2026-11-20', used: null } });
    const noDay = checkDelivery({ agency: '', receivedOn: '', confirmed: false, used: '' });
    expect(noDay.ok ? [] : noDay.errors.map((error) => error.fieldId)).toEqual(['delivery-agency', 'delivery-received']);
  });
});
