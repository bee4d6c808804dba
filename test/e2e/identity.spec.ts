/**
 * Issue #15: the app asks who the user is, so the audit log names a person — in the create
 * wizard, and after unlocking while this computer still has no name for them — and the name and
 * role can be changed in Settings.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test, testPassphrase } from './fixtures';
import { AskNamePage } from './pages/ask-name';
import { AuditLogPage } from './pages/audit-log';
import { CreateWizardPage } from './pages/create-wizard';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';
import { UnlockPage } from './pages/unlock';
import { WelcomePage } from './pages/welcome';

test('the create wizard asks for a name (required) and a role (optional); Settings shows both and can change them', async ({ page, dialogs, workspacesDir }) => {
  const welcome = new WelcomePage(page);
  const wizard = new CreateWizardPage(page);
  const shell = new ShellPage(page);
  const settings = new SettingsPage(page);

  await welcome.createButton.click();
  await wizard.enterName('Review 2026-11');
  await wizard.chooseFolder(dialogs, workspacesDir);
  await expect(wizard.heading('Your name and role')).toBeFocused();
  await expect(page.getByText('Create a workspace — step 3 of 4')).toBeVisible();
  await wizard.continueButton.click();
  await expect(wizard.errorSummary).toBeFocused();
  await expect(wizard.errorSummary.getByRole('link', { name: 'Enter your name as the audit log should record it.' })).toBeVisible();
  await expectNoAxeViolations(page, 'the name and role step with an error');

  await wizard.enterIdentity({ yourName: 'Harriet Okonkwo-Blake', role: 'Independent chair' });
  await wizard.enterPassphrase(testPassphrase);
  await wizard.createButton.click();
  await wizard.readRecoveryCode();
  await wizard.storedCheckbox.check();
  await wizard.continueToWorkspace.click();
  await expect(shell.areaHeading('Reviews')).toBeFocused();

  await settings.open();
  await expect(settings.displayName).toHaveValue('Harriet Okonkwo-Blake');
  await expect(page.getByRole('main').getByLabel('Your role (optional)')).toHaveValue('Independent chair');
  await page.getByRole('main').getByLabel('Your role (optional)').fill('PRG member');
  await settings.save.click();
  await expect(settings.saved).toBeVisible();
  await page.reload();
  await settings.open();
  await expect(page.getByRole('main').getByLabel('Your role (optional)')).toHaveValue('PRG member');
});

test('unlocking while this computer has no name for the user asks for one before the workspace shows, once', async ({ page, host, workspacesDir }) => {
  // Made outside the app, as `prw` or an older version would: the name is still the placeholder.
  const created = await host.call('workspace:create', { parentDir: workspacesDir, name: 'Review 2026-12', passphrase: testPassphrase });
  await host.call('workspace:lock', {});
  await page.reload();

  const welcome = new WelcomePage(page);
  const unlock = new UnlockPage(page);
  const askName = new AskNamePage(page);
  const shell = new ShellPage(page);
  const settings = new SettingsPage(page);
  const auditLog = new AuditLogPage(page);

  await welcome.recentWorkspace('Review 2026-12').click();
  await unlock.unlockWithPassphrase(testPassphrase);
  await expect(askName.heading).toBeFocused();
  await expect(shell.navigation).toHaveCount(0);
  await expect(askName.main).toContainText('it would record you as “Local user”');
  await expectNoAxeViolations(page, 'the name asked for after unlocking');

  // Required: the placeholder itself is not a name.
  await askName.continueButton.click();
  await expect(askName.errorSummary).toBeFocused();
  await askName.give('Local user');
  await expect(askName.errorSummary).toContainText('Enter your name as the audit log should record it.');
  await expect(shell.navigation).toHaveCount(0);

  await askName.give('Dev Raithatha', 'Independent reviewer');
  await expect(shell.areaHeading('Reviews')).toBeFocused();
  expect((await host.call('settings:get', {})).displayName).toBe('Dev Raithatha');

  // The next unlock goes straight in.
  await shell.lock();
  await unlock.unlockWithPassphrase(testPassphrase);
  await expect(shell.areaHeading('Reviews')).toBeFocused();
  await expect(askName.heading).toHaveCount(0);

  // The log names the user from the moment they gave their name: the unlock before it was the placeholder's.
  await settings.open();
  await expect(auditLog.rows.first()).toBeVisible();
  const cells = await auditLog.cells();
  const unlocks = cells.filter(([, , what]) => what === 'Unlocked the workspace').map(([, who]) => who);
  expect(unlocks).toHaveLength(2);
  expect(unlocks[0]).toContain('Dev Raithatha');
  expect(unlocks[1]).toBe('Local user');
  expect(created.path).toContain('Review 2026-12');
});

test('locking while the name is being asked for leaves nothing of the workspace on screen', async ({ page, host, workspacesDir }) => {
  await host.call('workspace:create', { parentDir: workspacesDir, name: 'Review 2026-13', passphrase: testPassphrase });
  await host.call('workspace:lock', {});
  await page.reload();
  const unlock = new UnlockPage(page);
  const askName = new AskNamePage(page);
  await new WelcomePage(page).recentWorkspace('Review 2026-13').click();
  await unlock.unlockWithPassphrase(testPassphrase);
  await expect(askName.heading).toBeVisible();
  await new ShellPage(page).lock();
  await expect(unlock.headingFor('Review 2026-13')).toBeFocused();
  await expect(askName.heading).toHaveCount(0);
});
