/**
 * After a submit, a field's error follows what the user types: gone once fixed (the weak-passphrase
 * error no longer stays beside a "Very strong" meter), updated when the problem changes, and never
 * added to a field that was fine at the submit.
 */
import { describe, expect, it } from 'vitest';
import { reconcileErrors } from '../../../../renderer/components/live-errors';

const weak = { fieldId: 'create-passphrase', message: 'This passphrase would be too easy to guess (strength: weak).' };
const mismatch = { fieldId: 'create-confirmation', message: 'The passphrases do not match. Type the same passphrase in both boxes.' };
const tooShort = { fieldId: 'create-passphrase', message: 'Use at least 12 characters: a few unrelated words is easiest to remember.' };
const watched = new Set(['create-passphrase', 'create-confirmation']);

describe('errors kept true as the user types', () => {
  it('drops the weak-passphrase error once the passphrase is strong', () => {
    expect(reconcileErrors([weak, mismatch], [mismatch], watched)).toEqual([mismatch]);
    expect(reconcileErrors([weak], [], watched)).toEqual([]);
  });

  it('says what is wrong now when the problem changes', () => {
    expect(reconcileErrors([weak], [tooShort], watched)).toEqual([tooShort]);
  });

  it('does not judge a field that was fine at the submit', () => {
    expect(reconcileErrors([weak], [weak, mismatch], watched)).toEqual([weak]);
  });

  it('keeps errors it cannot check again (about no field, or a field it does not watch) until the next submit', () => {
    const failed = { message: 'The workspace could not be created: the disk is full.' };
    const other = { fieldId: 'create-name', message: 'Give the workspace a name.' };
    expect(reconcileErrors([failed, other, weak], [], watched)).toEqual([failed, other]);
  });
});
