/**
 * axe over every workspace screen — welcome, each wizard step (the busy one included), the
 * recovery code, unlock with an error showing, settings — and the wizard by keyboard alone.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test, testPassphrase } from './fixtures';
import { CreateWizardPage } from './pages/create-wizard';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';
import { UnlockPage } from './pages/unlock';
import { WelcomePage } from './pages/welcome';

test('the workspace screens have no accessibility violations', async ({ page, dialogs, workspacesDir }) => {
  // Eight axe runs of about 3.5 s each on a busy two-core machine: more than the default 30 s.
  test.setTimeout(90_000);
  const welcome = new WelcomePage(page);
  const wizard = new CreateWizardPage(page);
  const shell = new ShellPage(page);
  const unlock = new UnlockPage(page);
  const settings = new SettingsPage(page);

  await expect(welcome.heading).toBeFocused();
  await expectNoAxeViolations(page, 'Welcome');

  await welcome.createButton.click();
  await wizard.continueButton.click();
  await expect(wizard.errorSummary).toBeFocused();
  await expectNoAxeViolations(page, 'the name step with an error');
  await wizard.nameField.fill('Review 2025-06');
  await wizard.continueButton.click();

  await expect(wizard.heading('Choose where to keep the workspace')).toBeFocused();
  await expectNoAxeViolations(page, 'the folder step');
  await wizard.chooseFolder(dialogs, workspacesDir);

  // axe looks at this step (with an error showing) in identity.spec.ts.
  await expect(wizard.heading('Your name and role')).toBeFocused();
  await wizard.enterIdentity({ yourName: 'Robin Ashdown', role: 'Independent reviewer' });

  await wizard.enterPassphrase(testPassphrase);
  await expect(wizard.strength).toContainText('This passphrase is strong enough.');
  await expectNoAxeViolations(page, 'the passphrase step with strength feedback');

  // Hold the create call so the busy step stays on screen while axe looks at it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/__host/ipc', async (route) => {
    if ((route.request().postDataJSON() as { channel?: string }).channel === 'workspace:create') await held;
    await route.continue();
  });
  await wizard.createButton.click();
  await expect(wizard.creatingMessage).toBeVisible();
  await expect(page.getByRole('region', { name: /^Creating / })).toHaveAttribute('aria-busy', 'true');
  await expectNoAxeViolations(page, 'the creating step');
  release();

  await wizard.readRecoveryCode();
  await expect(wizard.continueToWorkspace).toBeDisabled();
  await expectNoAxeViolations(page, 'the recovery code');
  await wizard.storedCheckbox.check();
  await expect(wizard.continueToWorkspace).toBeEnabled();
  await wizard.continueToWorkspace.click();
  await page.unroute('**/__host/ipc');

  await settings.open();
  await expectNoAxeViolations(page, 'Settings with a workspace open');

  await shell.lock();
  await unlock.unlockWithPassphrase('this is not the passphrase');
  await expect(unlock.errorSummary).toBeFocused();
  await expectNoAxeViolations(page, 'Unlock with an error');
});

test('a workspace can be created with the keyboard alone', async ({ page, dialogs, workspacesDir }) => {
  const welcome = new WelcomePage(page);
  const wizard = new CreateWizardPage(page);
  const shell = new ShellPage(page);
  await expect(welcome.heading).toBeFocused();

  await shell.tabTo(welcome.createButton);
  expect(await shell.focusIndicator(), 'the focused button shows a focus indicator').not.toBeNull();
  await page.keyboard.press('Enter');

  await expect(wizard.heading('Name the workspace')).toBeFocused();
  await shell.tabTo(wizard.nameField);
  await page.keyboard.type('Review 2025-08');
  await page.keyboard.press('Enter');

  await expect(wizard.heading('Choose where to keep the workspace')).toBeFocused();
  dialogs.nextFolder(workspacesDir);
  await shell.tabTo(wizard.chooseFolderButton);
  await page.keyboard.press('Enter');
  await expect(wizard.main.getByText(workspacesDir, { exact: true })).toBeVisible();
  await shell.tabTo(wizard.continueButton);
  await page.keyboard.press('Enter');

  await expect(wizard.heading('Your name and role')).toBeFocused();
  await shell.tabTo(wizard.yourNameField);
  await page.keyboard.type('Robin Ashdown');
  await shell.tabTo(wizard.yourRoleField);
  await page.keyboard.type('PRG member');
  await page.keyboard.press('Enter');

  await expect(wizard.heading('Choose a passphrase')).toBeFocused();
  await shell.tabTo(wizard.passphraseField);
  await page.keyboard.type(testPassphrase);
  await shell.tabTo(wizard.confirmationField);
  await page.keyboard.type(testPassphrase);
  await page.keyboard.press('Enter');

  await expect(wizard.heading('Store your recovery code')).toBeFocused();
  await shell.tabTo(wizard.storedCheckbox);
  await page.keyboard.press('Space');
  await shell.tabTo(wizard.continueToWorkspace);
  await page.keyboard.press('Enter');
  await expect(shell.areaHeading('Reviews')).toBeFocused();
});
