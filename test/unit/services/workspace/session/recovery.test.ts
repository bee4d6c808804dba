/**
 * Unlocking with the recovery code leads to a new passphrase: the forgotten one is replaced
 * without being asked for, the used code with a new one, both audited; the window for that
 * closes once used, declined or locked, and never opens after a passphrase unlock.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services';
import { resetClosedMessage } from '../../../../../electron/services/workspace';
import { createRig, testPassphrase, type TestRig } from './helpers';

const newPassphrase = 'harbour quince lantern 58';

let rig: TestRig;
let dir: string;
let recoveryCode: string;
beforeEach(async () => {
  rig = createRig();
  ({ path: dir, recoveryCode } = await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase));
  await rig.core.session.lock('user');
});
afterEach(() => rig.cleanup());

const keysJson = () => readFileSync(path.join(dir, 'keys.json'));
const actions = () =>
  (rig.core.session.require().db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as Array<{ action: string }>).map((row) => row.action);
const dueNow = () => {
  const status = rig.core.session.status();
  return status.state === 'open' && status.newPassphraseDue;
};

describe('after unlocking with the recovery code', () => {
  it('says a new passphrase is due, and records that the recovery code was used', async () => {
    await rig.core.session.unlock(dir, 'recovery-code', recoveryCode);
    expect(dueNow()).toBe(true);
    expect(actions().slice(-2)).toEqual(['workspace.unlocked', 'recovery-code.used']);
  });

  it('replaces the passphrase and the used code in one go: only the new pair opens the workspace', async () => {
    await rig.core.session.unlock(dir, 'recovery-code', recoveryCode);
    const result = await dispatch(rig.core.handlers, 'workspace:reset-passphrase', { next: newPassphrase });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.recoveryCode).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    expect(result.value.recoveryCode).not.toBe(recoveryCode);
    expect(result.value.status).toMatchObject({ state: 'open', newPassphraseDue: false });
    expect(actions().slice(-2)).toEqual(['passphrase.changed', 'recovery-code.replaced']);

    await rig.core.session.lock('user');
    await expect(rig.core.session.unlock(dir, 'passphrase', testPassphrase)).rejects.toMatchObject({ code: 'wrong-secret' });
    await expect(rig.core.session.unlock(dir, 'recovery-code', recoveryCode)).rejects.toMatchObject({ code: 'wrong-secret' });
    await rig.core.session.unlock(dir, 'passphrase', newPassphrase);
    expect(dueNow()).toBe(false);
    // Nothing was recorded late: the change and its entries went in together.
    expect(actions().filter((action) => action.endsWith('-found-at-unlock'))).toEqual([]);
    await rig.core.session.lock('user');
    await rig.core.session.unlock(dir, 'recovery-code', result.value.recoveryCode);
  });

  it('is done once: a second reset is refused and keys.json is left as the first made it', async () => {
    await rig.core.session.unlock(dir, 'recovery-code', recoveryCode);
    const [first, second] = await Promise.all([
      dispatch(rig.core.handlers, 'workspace:reset-passphrase', { next: newPassphrase }),
      dispatch(rig.core.handlers, 'workspace:reset-passphrase', { next: 'another quite long phrase 9' }),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'forbidden', message: resetClosedMessage } });
    await rig.core.session.lock('user');
    await rig.core.session.unlock(dir, 'passphrase', newPassphrase);
  });

  it('keeping the old passphrase closes the window: the old passphrase and code still work, and a reset is refused', async () => {
    await rig.core.session.unlock(dir, 'recovery-code', recoveryCode);
    const kept = await dispatch(rig.core.handlers, 'workspace:keep-passphrase', {});
    expect(kept).toMatchObject({ ok: true, value: { state: 'open', newPassphraseDue: false } });
    const before = keysJson();
    const refused = await dispatch(rig.core.handlers, 'workspace:reset-passphrase', { next: newPassphrase });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(keysJson()).toEqual(before);
    await rig.core.session.lock('user');
    await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
    await rig.core.session.lock('user');
    await rig.core.session.unlock(dir, 'recovery-code', recoveryCode);
  });

  it('refuses a passphrase that is too short, and the window stays open for a better one', async () => {
    await rig.core.session.unlock(dir, 'recovery-code', recoveryCode);
    const short = await dispatch(rig.core.handlers, 'workspace:reset-passphrase', { next: 'too short' });
    expect(short).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(dueNow()).toBe(true);
  });

  it('closes when the workspace locks: the next unlock by passphrase cannot reset without the old passphrase', async () => {
    await rig.core.session.unlock(dir, 'recovery-code', recoveryCode);
    await rig.core.session.lock('idle');
    await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
    expect(dueNow()).toBe(false);
    const before = keysJson();
    const refused = await dispatch(rig.core.handlers, 'workspace:reset-passphrase', { next: newPassphrase });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(keysJson()).toEqual(before);
  });
});

describe('after unlocking with the passphrase or creating', () => {
  it('no new passphrase is due, and none can be set without the current one', async () => {
    await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
    expect(dueNow()).toBe(false);
    expect(actions()).not.toContain('recovery-code.used');
    const refused = await dispatch(rig.core.handlers, 'workspace:reset-passphrase', { next: newPassphrase });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await rig.core.session.lock('user');
    await rig.core.session.create(rig.dataDir, 'Child N', testPassphrase);
    expect(dueNow()).toBe(false);
  });
});
