/** How versions, fingerprints, decisions and the core's field messages read on screen. */
import { describe, expect, it } from 'vitest';
import { changedSinceSubmitted, decisionWords, fieldMessage, fingerprintGroups, versionTitle } from '../../../../renderer/features/terms/words';

const sha = 'dcb5593ec8f790bcc3684831f382b15a87f45abcb388f17cc7a8fe58827a5d97';
const other = 'ebe566b3b19f90bcc3684831f382b15a87f45abcb388f17cc7a8fe58827a5d97';

describe('fingerprintGroups', () => {
  it('shows the first 12 hex digits in groups of four, as read out or compared with the PDF', () => {
    expect(fingerprintGroups(sha)).toBe('dcb5 593e c8f7');
  });

  it('copes with a short or missing hash rather than inventing digits', () => {
    expect(fingerprintGroups('abcdef')).toBe('abcd ef');
    expect(fingerprintGroups('')).toBe('');
  });
});

describe('changedSinceSubmitted', () => {
  it('is true only for a submitted version whose hash moved on', () => {
    expect(changedSinceSubmitted({ status: 'submitted', sha256: other, submittedSha256: sha })).toBe(true);
    expect(changedSinceSubmitted({ status: 'submitted', sha256: sha, submittedSha256: sha })).toBe(false);
    // A draft or a returned version is not waiting for sign-off: nothing to warn about.
    expect(changedSinceSubmitted({ status: 'draft', sha256: other, submittedSha256: null })).toBe(false);
    expect(changedSinceSubmitted({ status: 'returned', sha256: other, submittedSha256: sha })).toBe(false);
    expect(changedSinceSubmitted({ status: 'signed-off', sha256: sha, submittedSha256: sha })).toBe(false);
  });
});

describe('versionTitle and decisionWords', () => {
  it('names the version and its status in words', () => {
    expect(versionTitle({ number: 2, status: 'draft' })).toBe('Version 2: Draft');
    expect(versionTitle({ number: 1, status: 'signed-off' })).toBe('Version 1: Signed off');
  });

  it('says who decided, in what role, on which day and how, and who recorded it when', () => {
    const decision = { decision: 'approved', signatory: 'Pat Example', role: 'Independent Chair, SVPP', at: '2026-11-24', how: 'email', recordedBy: 'Sam Reviewer', recordedAt: '2026-11-27T14:05:00.000Z' } as const;
    expect(decisionWords(decision)).toBe('Approved by Pat Example, Independent Chair, SVPP, on 24 November 2026 (by email); recorded by Sam Reviewer on 27 November 2026');
    expect(decisionWords({ ...decision, decision: 'returned', how: 'letter' })).toMatch(/^Returned by Pat Example, Independent Chair, SVPP, on 24 November 2026 \(by letter\)/);
  });
});

describe('fieldMessage', () => {
  it('puts the field’s label where the core named it by its key', () => {
    expect(fieldMessage('linesOfEnquiry: Too big: expected array to have <=40 items.')).toBe('Key lines of enquiry: Too big: expected array to have <=40 items.');
    expect(fieldMessage('periodFrom: bad date.')).toBe('Period under review: from: bad date.');
  });

  it('leaves every other message exactly as the core wrote it', () => {
    const message = 'The period under review must end on or after the day it starts.';
    expect(fieldMessage(message)).toBe(message);
    expect(fieldMessage('Scope of the review: not a key')).toBe('Scope of the review: not a key');
  });
});
