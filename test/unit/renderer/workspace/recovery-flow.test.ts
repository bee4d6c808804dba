/**
 * The workspace store after a recovery-code unlock: the unlock screen stays for a new passphrase
 * (and the new code) before the workspace shows; keeping the old passphrase says it still
 * applies. The unlock screen offers the keychain only when the core found a keychain slot.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceStatus } from '../../../../shared/workspace';

const api = vi.hoisted(() => ({ call: vi.fn(), subscribe: vi.fn() }));
vi.mock('../../../../renderer/lib/api', () => api);

const { useWorkspace } = await import('../../../../renderer/features/workspace/store');
const { passphraseKeptNotice, passphraseReplacedNotice } = await import('../../../../renderer/features/workspace/notices');

const target = { path: '/reviews/Child M.review', name: 'Child M' };
const open = (newPassphraseDue: boolean): WorkspaceStatus => ({
  state: 'open',
  ...target,
  slots: [],
  schemaVersion: 9,
  createdAt: '2026-12-01T09:00:00.000Z',
  lastBackupAt: null,
  secondCopyProblem: null,
  encryption: { cipher: 'chacha20', aes: 'absent', rekeyTo: null },
  newPassphraseDue,
});
const answers: Record<string, unknown> = {};
const state = () => useWorkspace.getState();

beforeEach(() => {
  api.call.mockReset();
  api.call.mockImplementation((channel: string) => Promise.resolve(answers[channel]));
  Object.assign(answers, { 'settings:get': { displayName: 'Robin Ashdown' }, 'workspace:recent': [], 'workspace:unlock-options': { keychain: false } });
  useWorkspace.setState(useWorkspace.getInitialState(), true);
});

async function unlockWithRecoveryCode() {
  state().openRecent(target);
  answers['workspace:unlock'] = open(true);
  const outcome = await state().unlock('recovery-code', 'CQ91-TERZ-0KSQ-XMYJ-ERPS-WXJ3-T00M-5Q8H-NBYS');
  expect(outcome.ok).toBe(true);
}

describe('after a recovery-code unlock', () => {
  it('stays on the unlock screen for a new passphrase, and for the new code once it is replaced', async () => {
    await unlockWithRecoveryCode();
    expect(state()).toMatchObject({ flow: 'unlock', replacingPassphrase: true });

    answers['workspace:reset-passphrase'] = { status: open(false), recoveryCode: 'NEW0-CODE-0000-0000-0000-0000-0000-0000-0000' };
    const reset = await state().resetPassphrase('harbour quince lantern 58');
    expect(reset).toEqual({ ok: true, value: 'NEW0-CODE-0000-0000-0000-0000-0000-0000-0000' });
    expect(api.call).toHaveBeenCalledWith('workspace:reset-passphrase', { next: 'harbour quince lantern 58' });
    expect(state()).toMatchObject({ flow: 'unlock', replacingPassphrase: true });
    expect(JSON.stringify(state())).not.toContain('NEW0-CODE');

    state().passphraseReplaced();
    expect(state()).toMatchObject({ flow: 'workspace', replacingPassphrase: false, notice: passphraseReplacedNotice });
  });

  it('keeping the old passphrase goes on to the workspace and says the old passphrase still applies', async () => {
    await unlockWithRecoveryCode();
    answers['workspace:keep-passphrase'] = open(false);
    expect(await state().keepPassphrase()).toEqual({ ok: true, value: undefined });
    expect(state()).toMatchObject({ flow: 'workspace', replacingPassphrase: false, notice: passphraseKeptNotice });
    expect(passphraseKeptNotice).toContain('The old passphrase still unlocks this workspace');
  });

  it('asks again after the window reloads while a new passphrase is still due', async () => {
    answers['workspace:status'] = open(true);
    await state().load();
    expect(state()).toMatchObject({ flow: 'unlock', replacingPassphrase: true });
  });

  it('on a computer that does not know the user yet, asks their name first (the reset is audited under it), then the new passphrase', async () => {
    answers['settings:get'] = { displayName: 'Local user' };
    await unlockWithRecoveryCode();
    expect(state()).toMatchObject({ flow: 'unlock', askName: true, replacingPassphrase: true });
    state().nameGiven();
    expect(state()).toMatchObject({ flow: 'unlock', askName: false, replacingPassphrase: true });
  });

  it('a passphrase unlock goes straight to the workspace', async () => {
    state().openRecent(target);
    answers['workspace:unlock'] = open(false);
    await state().unlock('passphrase', 'copper lantern orbit meadow');
    expect(state()).toMatchObject({ flow: 'workspace', replacingPassphrase: false });
  });
});

describe('the keychain on the unlock screen', () => {
  it('is offered only when the core says the workspace has a keychain slot', async () => {
    state().openRecent(target);
    await vi.waitFor(() => expect(api.call).toHaveBeenCalledWith('workspace:unlock-options', { path: target.path }));
    expect(state().keychainOffered).toBe(false);

    answers['workspace:unlock-options'] = { keychain: true };
    state().openRecent(target);
    await vi.waitFor(() => expect(state().keychainOffered).toBe(true));
  });

  it('ignores an answer about a workspace the screen has moved away from', async () => {
    const pending: Array<(value: unknown) => void> = [];
    api.call.mockImplementation((channel: string) =>
      channel === 'workspace:unlock-options' ? new Promise((resolve) => pending.push(resolve)) : Promise.resolve(answers[channel]),
    );
    state().openRecent(target);
    state().openRecent({ path: '/reviews/Other.review', name: 'Other' });
    // The one on screen now has no keychain slot; the first one has, and its answer comes last.
    pending[1]!({ keychain: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    pending[0]!({ keychain: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state().keychainOffered).toBe(false);
  });
});
