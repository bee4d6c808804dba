/**
 * Issue #15: Settings → Backups → Second backup folder. Every backup is also copied, still
 * encrypted, to a folder on another drive; an unplugged drive never costs the backup and the user
 * is told what to do; a backup there can be restored.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { AuditLogPage } from './pages/audit-log';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';

test.use({ openWorkspace: true });
// Two backups, a restore and two axe runs each: more than the default on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** The workspace's own folder inside the chosen one, and the backups in it. */
async function copiesIn(drive: string): Promise<string[]> {
  const [own] = await readdir(drive);
  return own ? (await readdir(path.join(drive, own))).sort() : [];
}

test('choose a second folder, back up, and find the encrypted copy there; restore from it', async ({ page, dialogs, dataDir, workspace }) => {
  const drive = path.join(dataDir, 'usb-drive');
  await mkdir(drive);
  const settings = new SettingsPage(page);
  await settings.open();
  const second = settings.secondBackupFolder;
  await expect(second).toContainText('Backups are kept only in the workspace folder.');

  dialogs.nextFolder(drive);
  await second.getByRole('button', { name: 'Choose a second folder' }).click();
  await expect(second.getByRole('status')).toHaveText('From now on, every backup is also copied to that folder.');
  await expect(second).toContainText(`Backups are also copied to: ${drive}`);

  await settings.backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(settings.backups.getByRole('status').filter({ hasText: /^Backup taken .*\. A copy is in the second backup folder\.$/ })).toBeVisible();
  const copies = await copiesIn(drive);
  expect(copies).toHaveLength(1);
  const [own] = await readdir(drive);
  const copy = await readFile(path.join(drive, own!, copies[0]!));
  const original = await readFile(path.join(workspace!.path, 'backups', copies[0]!));
  expect(copy.equals(original)).toBe(true);
  expect(copy.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  await expect(settings.backups.getByRole('row', { name: /Second backup folder/ })).toHaveCount(1);
  await expectNoAxeViolations(page, 'Settings → Backups with a second folder');

  // The choice is in the audit log, in words.
  const auditLog = new AuditLogPage(page);
  await auditLog.kind.selectOption({ label: 'Backups and restores' });
  await auditLog.showEntries.click();
  await expect(auditLog.rowsWhere('Chose a second folder for backups')).toHaveCount(1);

  // Restore the copy in the second folder.
  await settings.backups.getByRole('button', { name: 'Restore from a backup' }).click();
  const restore = settings.main.getByRole('region', { name: 'Restore from a backup' });
  const fromDrive = restore.getByRole('radio', { description: /In the second backup folder/ });
  await fromDrive.check();
  await restore.getByRole('button', { name: 'Continue' }).click();
  await restore.getByLabel('Passphrase', { exact: true }).fill(workspace!.passphrase);
  await restore.getByRole('button', { name: 'Restore this backup' }).click();
  // A restore checks every page of the backup first: slow on a busy machine.
  await expect(page.getByText(/^The workspace has been restored from the backup taken /)).toBeVisible({ timeout: 30_000 });
  await expect(new ShellPage(page).navigation).toBeVisible();
});

test('an unplugged drive: the backup is still taken in the workspace, and the user is told plainly what to do', async ({ page, dialogs, dataDir, workspace }) => {
  const drive = path.join(dataDir, 'usb-drive');
  await mkdir(drive);
  const settings = new SettingsPage(page);
  await settings.open();
  dialogs.nextFolder(drive);
  await settings.secondBackupFolder.getByRole('button', { name: 'Choose a second folder' }).click();
  await expect(settings.secondBackupFolder.getByRole('status')).toHaveText('From now on, every backup is also copied to that folder.');

  await rm(drive, { recursive: true });
  await settings.backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(settings.backups.getByRole('status').filter({ hasText: /^Backup taken .*\. The second copy could not be written: see Second backup folder below\.$/ })).toBeVisible();
  const problem = `The backup is safe in the workspace folder, but the second copy could not be written to “${drive}”. Check that the drive is plugged in or the network folder is reachable, then choose Back up now. If the folder has moved, choose it again in Settings, under Backups.`;
  await expect(settings.secondBackupFolder.getByText(problem)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(problem);
  expect(await readdir(path.join(workspace!.path, 'backups'))).toHaveLength(1);
  await expectNoAxeViolations(page, 'Settings → Backups with an unreachable second folder');

  // Plugged back in: the next backup reaches it and the warning goes.
  await mkdir(drive);
  await settings.backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(settings.backups.getByRole('status').filter({ hasText: /A copy is in the second backup folder\.$/ })).toBeVisible();
  await expect(settings.secondBackupFolder.getByText(problem)).toHaveCount(0);
  expect(await copiesIn(drive)).toHaveLength(1);

  await settings.secondBackupFolder.getByRole('button', { name: 'Stop copying backups to this folder' }).click();
  await expect(settings.secondBackupFolder).toContainText('Backups are kept only in the workspace folder.');
});
