/**
 * Issue #3 through the UI, against the real core: create, lock, unlock by passphrase and by
 * recovery code, change the passphrase; wrong secrets refused; locking on suspend drops every
 * piece of workspace data from the page; nothing readable left on disk.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, readFile, rename, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { formatLockTime } from '../../electron/services/workspace/lock/messages';
import { demoPassphrase } from '../../shared/workspace';
import { importFile } from './chronology-setup';
import { damageMiddlePageOf } from './damage';
import { filesContaining } from './disk';
import { expect, test, testPassphrase, testWorkspaceName } from './fixtures';
import { AskNamePage } from './pages/ask-name';
import { CreateWizardPage, recoveryCodePattern } from './pages/create-wizard';
import { NewPassphrasePage } from './pages/new-passphrase';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';
import { UnlockPage } from './pages/unlock';
import { WelcomePage } from './pages/welcome';

const wrongPassphraseMessage = 'The passphrase does not unlock this workspace.';

test.describe('workspace', () => {
  test('create → lock → unlock with passphrase → with recovery code → change passphrase → unlock with the new one', async ({
    page,
    dialogs,
    host,
    dataDir,
    workspacesDir,
  }) => {
    const shell = new ShellPage(page);
    const welcome = new WelcomePage(page);
    const wizard = new CreateWizardPage(page);
    const unlock = new UnlockPage(page);
    const settings = new SettingsPage(page);
    const name = 'Review 2025-03';
    const marker = 'Reviewer Quillon Marsh';
    const newPassphrase = 'quartz harbour violet thimble';

    // The audit log records the display name with every change: set a distinctive one first.
    await expect(welcome.heading).toBeVisible();
    await settings.open();
    await settings.setDisplayName(marker);
    await page.getByRole('button', { name: 'Back', exact: true }).click();

    await welcome.createButton.click();
    const recoveryCode = await wizard.createWorkspace(dialogs, { name, dir: workspacesDir, passphrase: testPassphrase });
    expect(recoveryCode).toMatch(recoveryCodePattern);
    await expect(shell.navigation).toBeVisible();
    await expect(shell.areaHeading('Reviews')).toBeFocused();
    await expect(shell.banner).toContainText(name);
    await expect(shell.statusBar).toContainText(`Workspace: ${name} — unlocked`);

    await shell.lock();
    await expect(unlock.headingFor(name)).toBeFocused();
    await expect(shell.navigation).toHaveCount(0);
    await expect(shell.statusBar).toContainText('No workspace open');
    await unlock.unlockWithPassphrase(testPassphrase);
    await expect(shell.navigation).toBeVisible();

    await shell.lock();
    // Typed back the way people copy codes down: lower case, spaces for dashes.
    await unlock.unlockWithRecoveryCode(recoveryCode.toLowerCase().replaceAll('-', ' '));
    // The app asks for a new passphrase next (unlock-recovery.spec.ts); this user remembers theirs.
    await new NewPassphrasePage(page).keepButton.click();
    await expect(shell.navigation).toBeVisible();

    await settings.open();
    await settings.changePassphraseTo(testPassphrase, newPassphrase);
    await expect(settings.passphraseChanged).toBeVisible();

    await shell.lock();
    await unlock.unlockWithPassphrase(testPassphrase);
    await expect(unlock.errorLink(wrongPassphraseMessage)).toBeVisible();
    await expect(shell.navigation).toHaveCount(0);
    await unlock.unlockWithPassphrase(newPassphrase);
    await expect(shell.navigation).toBeVisible();
    expect(await host.call('workspace:status', {})).toMatchObject({ state: 'open', name });

    // On disk: the workspace is there, and nothing the app wrote holds the display name in the
    // clear (it is in the encrypted audit log) except the preferences file, whose job it is.
    const workspaceDir = path.join(workspacesDir, `${name}.review`);
    expect(existsSync(path.join(workspaceDir, 'keys.json'))).toBe(true);
    expect(existsSync(path.join(workspaceDir, 'workspace.db'))).toBe(true);
    expect(await filesContaining(dataDir, marker, [host.preferencesFile])).toEqual([]);
    const preferences = await readFile(host.preferencesFile, 'utf8');
    expect(preferences).toContain(marker);
    for (const secret of [recoveryCode, recoveryCode.replaceAll('-', ''), testPassphrase, newPassphrase]) {
      expect(preferences, 'the preferences file holds no secret').not.toContain(secret);
      expect(await filesContaining(dataDir, secret), `no file holds "${secret.slice(0, 4)}…" in the clear`).toEqual([]);
    }
  });

  test.describe('with a workspace open', () => {
    test.use({ openWorkspace: true });

    test('a wrong passphrase is refused beside the field and the workspace stays locked', async ({ page, host }) => {
      const shell = new ShellPage(page);
      const unlock = new UnlockPage(page);
      await shell.lock();
      await unlock.unlockWithPassphrase('not the right passphrase at all');

      await expect(unlock.errorSummary).toBeFocused();
      await expect(unlock.errorLink(wrongPassphraseMessage)).toBeVisible();
      await expect(unlock.passphraseField).toHaveAttribute('aria-invalid', 'true');
      await expect(unlock.passphraseField).toHaveAccessibleDescription(`Error: ${wrongPassphraseMessage}`);
      await expect(unlock.passphraseField).toHaveValue('');
      await expect(shell.navigation).toHaveCount(0);
      expect(await host.call('workspace:status', {})).toEqual({ state: 'closed' });

      // The summary's link takes the user to the field to try again.
      await unlock.errorLink(wrongPassphraseMessage).click();
      await expect(unlock.passphraseField).toBeFocused();

      // This workspace has no keychain slot, so the keychain is not offered (unlock-recovery.spec.ts).
      await expect(unlock.keychainButton).toHaveCount(0);
    });

    test('suspend locks the workspace and the page keeps nothing of it', async ({ page, host, workspace }) => {
      const shell = new ShellPage(page);
      const unlock = new UnlockPage(page);
      const settings = new SettingsPage(page);
      await settings.open();
      await settings.audit.getByRole('button', { name: 'Check the audit log' }).click();
      const intact = settings.audit.getByText(/^The audit log is intact \(\d+ entr(y|ies)\)\.$/);
      await expect(intact).toBeVisible();

      host.power.fire('suspend');

      await expect(unlock.headingFor(testWorkspaceName)).toBeVisible();
      await expect(page.getByText('The workspace was locked because the computer went to sleep.')).toBeVisible();
      await expect(shell.navigation).toHaveCount(0);
      await expect(shell.lockButton).toHaveCount(0);
      await expect(shell.statusBar).toContainText('No workspace open');
      await expect(settings.heading).toHaveCount(0);
      expect(await host.call('workspace:status', {})).toEqual({ state: 'closed' });

      // Unlocked again, nothing read before the lock is still on screen: the stores were reset.
      await unlock.unlockWithPassphrase(workspace?.passphrase ?? '');
      await expect(shell.areaHeading('Reviews')).toBeVisible();
      await settings.open();
      await expect(settings.audit.getByRole('button', { name: 'Check the audit log' })).toBeVisible();
      await expect(intact).toHaveCount(0);
    });

    test('keychain unlocking can be turned on, then unlocks without the passphrase', async ({ page, workspace }) => {
      const shell = new ShellPage(page);
      const unlock = new UnlockPage(page);
      const settings = new SettingsPage(page);
      await settings.open();
      await settings.keychain.getByLabel('Passphrase', { exact: true }).fill(workspace?.passphrase ?? '');
      await settings.keychain.getByRole('button', { name: 'Turn on keychain unlocking' }).click();
      await expect(settings.keychain.getByText(/^On\. This computer’s keychain \(test\)/)).toBeVisible();

      await shell.lock();
      await unlock.keychainButton.click();
      await expect(shell.navigation).toBeVisible();
    });

    test('a backup taken now is listed and can be restored', async ({ page, workspace }) => {
      const shell = new ShellPage(page);
      const settings = new SettingsPage(page);
      await settings.open();
      await settings.backups.getByRole('button', { name: 'Back up now' }).click();
      await expect(settings.backups.getByRole('status').filter({ hasText: /^Backup taken / })).toBeVisible();
      await expect(settings.backups.getByRole('table').getByRole('row')).toHaveCount(2);

      await settings.backups.getByRole('button', { name: 'Restore from a backup' }).click();
      const restore = settings.main.getByRole('region', { name: 'Restore from a backup' });
      await restore.getByRole('radio').first().check();
      await restore.getByRole('button', { name: 'Continue' }).click();
      await restore.getByLabel('Passphrase', { exact: true }).fill(workspace?.passphrase ?? '');
      await restore.getByRole('button', { name: 'Restore this backup' }).click();

      await expect(page.getByText(/^The workspace has been restored from the backup taken /)).toBeVisible();
      await expect(shell.navigation).toBeVisible();
    });
  });

  test('first run offers the fictional demo workspace, which opens and can be unlocked with its public passphrase', async ({ page, host, dataDir }) => {
    const shell = new ShellPage(page);
    const unlock = new UnlockPage(page);
    const offer = page.getByRole('region', { name: 'New to the app?' });
    await expect(offer).toContainText(demoPassphrase);
    await offer.getByRole('button', { name: 'Open the demo workspace' }).click();
    // First run: the app does not know the user's name yet, so it asks before the workspace shows.
    await new AskNamePage(page).give('Robin Ashdown');
    await expect(shell.navigation).toBeVisible();
    expect(existsSync(path.join(dataDir, 'demo', 'Demo (fictional).review', 'keys.json'))).toBe(true);

    await shell.lock();
    await unlock.unlockWithPassphrase(demoPassphrase);
    await expect(shell.navigation).toBeVisible();
    expect(await host.call('workspace:status', {})).toMatchObject({ state: 'open', name: 'Demo (fictional)' });
  });

  test('a weak passphrase is refused with the reason, and nothing is created', async ({ page, dialogs, workspacesDir }) => {
    const welcome = new WelcomePage(page);
    const wizard = new CreateWizardPage(page);
    await welcome.createButton.click();
    await wizard.enterName('Review 2025-04');
    await wizard.chooseFolder(dialogs, workspacesDir);
    await wizard.enterPassphrase('password1234');
    await expect(wizard.strength).toContainText(/Strength: Very weak|Strength: Weak/);
    await expect(wizard.strength).toContainText('Not strong enough yet.');
    await wizard.createButton.click();

    await expect(wizard.errorSummary).toBeFocused();
    await expect(wizard.errorSummary).toContainText('This passphrase would be too easy to guess');
    await expect(wizard.heading('Choose a passphrase')).toBeVisible();
    expect(existsSync(path.join(workspacesDir, 'Review 2025-04.review'))).toBe(false);
  });

  test('recent workspaces open the unlock screen; a missing one can be removed from the list', async ({ page, host, workspacesDir }) => {
    const welcome = new WelcomePage(page);
    const unlock = new UnlockPage(page);
    const created = await host.call('workspace:create', { parentDir: workspacesDir, name: 'Review 2025-05', passphrase: testPassphrase });
    await host.call('workspace:lock', {});
    await page.reload();

    await welcome.recentWorkspace('Review 2025-05').click();
    await expect(unlock.headingFor('Review 2025-05')).toBeFocused();
    await page.getByRole('button', { name: 'Back', exact: true }).click();

    await rename(created.path, path.join(workspacesDir, 'Moved away'));
    await page.reload();
    await expect(welcome.recentEntry('Review 2025-05')).toContainText('Not found');
    await expect(welcome.recentWorkspace('Review 2025-05')).toHaveCount(0);
    await welcome.removeFromList('Review 2025-05').click();
    await expect(welcome.recentEntry('Review 2025-05')).toHaveCount(0);
    expect(await host.call('workspace:recent', {})).toEqual([]);
  });
});

test.describe('workspace faults', () => {
  test.use({ openWorkspace: true });

  test('a lock left by an app that is no longer running can be broken', async ({ page, host, workspace }) => {
    const shell = new ShellPage(page);
    const unlock = new UnlockPage(page);
    await shell.lock();
    if (!workspace) throw new Error('no workspace');
    // As if the app had crashed with the workspace open: a lock file naming a process that is gone.
    const taken = '2026-12-07T09:12:00.000Z';
    await writeFile(
      path.join(workspace.path, 'workspace.lock'),
      JSON.stringify({ pid: await deadPid(), processStart: '4242@boot', host: hostname(), instance: 'crashed', startedAt: taken, app: 'Practice Review Workspace' }),
    );

    await unlock.unlockWithPassphrase(workspace.passphrase);
    await expect(unlock.errorSummary).toBeFocused();
    // Who had it and when, so the user can judge whether that copy is really closed.
    await expect(unlock.errorSummary).toContainText(
      `Practice Review Workspace opened it on the computer “${hostname()}” on ${formatLockTime(taken)} and is no longer running.`,
    );
    await expect(shell.navigation).toHaveCount(0);
    await unlock.errorSummary.getByRole('button', { name: 'Open anyway (the other app is no longer running)' }).click();
    await expect(shell.navigation).toBeVisible();
    expect(await host.call('workspace:status', {})).toMatchObject({ state: 'open' });
  });

  test('a damaged workspace offers a restore from a backup, never deletion', async ({ page, host, workspace }) => {
    const shell = new ShellPage(page);
    const unlock = new UnlockPage(page);
    if (!workspace) throw new Error('no workspace');
    await host.call('backup:create', {});
    await shell.lock();
    await damage(path.join(workspace.path, 'workspace.db'));

    await unlock.unlockWithPassphrase(workspace.passphrase);
    await expect(unlock.errorSummary).toBeFocused();
    await expect(unlock.errorSummary).toContainText('workspace.db');
    await expect(unlock.errorSummary).not.toContainText(/delete (it|the workspace)|start again/i);
    await expect(page.getByRole('button', { name: /delete|start again/i })).toHaveCount(0);
    await unlock.errorSummary.getByRole('button', { name: 'Restore from a backup' }).click();
    const restore = page.getByRole('region', { name: 'Restore from a backup' });
    await restore.getByRole('radio').first().check();
    await restore.getByRole('button', { name: 'Continue' }).click();
    await restore.getByRole('button', { name: 'Restore this backup' }).click();

    await expect(page.getByText(/^The workspace has been restored from the backup taken /)).toBeVisible();
    await expect(shell.navigation).toBeVisible();
  });

  test('a page damaged in the middle is found just after unlocking: the workspace locks, says so, and offers the newest backup with its date', async ({
    page,
    host,
    dialogs,
    dataDir,
    workspace,
  }) => {
    const shell = new ShellPage(page);
    const unlock = new UnlockPage(page);
    if (!workspace) throw new Error('no workspace');
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const csv = path.join(dataDir, 'health-visiting.csv');
    await writeFile(csv, agencyCsv(3_000));
    await importFile(host, dialogs, review.id, csv, 'Health visiting');
    const { name } = await host.call('backup:create', {});
    const backup = (await host.call('backup:list', { path: workspace.path })).find((listed) => listed.name === name)!;
    await shell.lock();
    await damageMiddlePageOf(workspace.path, workspace.passphrase, 'chronology_entries');

    await unlock.unlockWithPassphrase(workspace.passphrase);
    await expect(shell.navigation).toBeVisible();
    // A moment later the check has read every page.
    await expect(unlock.heading).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('Part of this workspace is damaged, so it was locked. Nothing was changed.')).toBeVisible();

    await unlock.unlockWithPassphrase(workspace.passphrase);
    await expect(unlock.errorSummary).toBeFocused();
    await expect(unlock.errorSummary).toContainText('is damaged, so the workspace cannot be opened. Nothing was changed.');
    await expect(unlock.errorSummary).toContainText(`Restore it from the newest backup, taken on ${formatLockTime(backup.takenAt)}`);
    await unlock.errorSummary.getByRole('button', { name: 'Restore from a backup' }).click();
    const restore = page.getByRole('region', { name: 'Restore from a backup' });
    await restore.getByRole('radio').first().check();
    await restore.getByRole('button', { name: 'Continue' }).click();
    await restore.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(shell.navigation).toBeVisible();
    expect((await host.call('chronology:list', { reviewId: review.id, anonymised: false })).total).toBe(3_000);
  });
});

/** An agency's chronology long enough to fill many pages (fictional, no names). */
function agencyCsv(rows: number): string {
  const lines = ['Date,Details,Action'];
  for (let i = 0; i < rows; i++) lines.push(`${String((i % 28) + 1).padStart(2, '0')}/03/2019,Home visit number ${i} by the health visitor; the plan was discussed at length,Recorded`);
  return lines.join('\n');
}

/** The pid of a process that has exited (so the lock naming it is stale). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid;
  await new Promise((resolve) => child.once('exit', resolve));
  if (!pid) throw new Error('could not start a child process');
  return pid;
}

/** Overwrites the middle of the file's first page, as a failing disk or a stray tool might. */
async function damage(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.write(Buffer.alloc(2048, 0x5a), 0, 2048, 1024);
  } finally {
    await handle.close();
  }
}
