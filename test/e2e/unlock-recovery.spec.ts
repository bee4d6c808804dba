/**
 * Issue #15, a reviewer's working day, against the real core: the recovery code leads straight to
 * a new passphrase (and a new code), or to keeping the old one knowingly; a weak passphrase's error
 * goes once a strong one is typed, wherever a new passphrase is chosen; the keychain is offered
 * only for a workspace that has a keychain slot.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test, testPassphrase } from './fixtures';
import { CreateWizardPage, recoveryCodePattern } from './pages/create-wizard';
import { NewPassphrasePage } from './pages/new-passphrase';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';
import { UnlockPage } from './pages/unlock';
import { WelcomePage } from './pages/welcome';

const newPassphrase = 'quartz harbour violet thimble';
const weak = 'password1234';
const tooEasy = 'This passphrase would be too easy to guess';

test.describe('with a workspace open', () => {
  test.use({ openWorkspace: true });

  test('the recovery code leads to a new passphrase; afterwards only the new passphrase and the new code open the workspace', async ({ page, host, workspace }) => {
    test.setTimeout(90_000);
    if (!workspace) throw new Error('no workspace');
    const shell = new ShellPage(page);
    const unlock = new UnlockPage(page);
    const step = new NewPassphrasePage(page);
    await shell.lock();
    await unlock.unlockWithRecoveryCode(workspace.recoveryCode);

    // Straight to the new passphrase, not into the workspace; what leaving means is said on the page.
    await expect(step.heading).toBeFocused();
    await expect(shell.navigation).toHaveCount(0);
    await expect(step.main).toContainText('the old one still unlocks this workspace');
    await expectNoAxeViolations(page, 'choosing a new passphrase after a recovery-code unlock');

    // The same rules as creating: a weak one is refused, and its error goes once a strong one is typed.
    await step.enter(weak);
    await step.replaceButton.click();
    await expect(step.errorSummary).toBeFocused();
    await expect(step.errorSummary).toContainText(tooEasy);
    await step.passphraseField.fill(newPassphrase);
    await step.confirmationField.fill(newPassphrase);
    await expect(step.strength).toContainText('This passphrase is strong enough.');
    await expect(step.errorSummary).toHaveCount(0);
    await expect(step.passphraseField).not.toHaveAttribute('aria-invalid', 'true');
    await expect(step.confirmationField).toBeFocused();

    await step.replaceButton.click();
    const newCode = await step.readRecoveryCode();
    expect(newCode).toMatch(recoveryCodePattern);
    expect(newCode).not.toBe(workspace.recoveryCode);
    await expect(step.continueButton).toBeDisabled();
    await expectNoAxeViolations(page, 'the new recovery code after a reset');
    await step.storedCheckbox.check();
    await step.continueButton.click();
    await expect(shell.navigation).toBeVisible();
    await expect(page.getByText(/^The passphrase has been replaced\./)).toBeVisible();

    const audit = await host.call('audit:list', { kinds: ['security'] });
    expect(audit.rows.map((row) => row.what)).toEqual(
      expect.arrayContaining(['Unlocked the workspace with the recovery code', 'Changed the passphrase', 'Made a new recovery code']),
    );

    await shell.lock();
    await unlock.unlockWithPassphrase(workspace.passphrase);
    await expect(unlock.errorLink('The passphrase does not unlock this workspace.')).toBeVisible();
    await unlock.unlockWithRecoveryCode(workspace.recoveryCode);
    await expect(unlock.errorLink('The recovery code does not unlock this workspace.')).toBeVisible();
    await expect(shell.navigation).toHaveCount(0);
    await unlock.unlockWithPassphrase(newPassphrase);
    await expect(shell.navigation).toBeVisible();
    await expect(step.heading).toHaveCount(0);
  });

  test('keeping the old passphrase is a choice the user is told about, and the old passphrase still opens the workspace', async ({ page, workspace }) => {
    if (!workspace) throw new Error('no workspace');
    const shell = new ShellPage(page);
    const unlock = new UnlockPage(page);
    const step = new NewPassphrasePage(page);
    await shell.lock();
    await unlock.unlockWithRecoveryCode(workspace.recoveryCode);
    await step.keepButton.click();

    await expect(shell.navigation).toBeVisible();
    await expect(page.getByText(/^The old passphrase still unlocks this workspace, and so does the recovery code you used\./)).toBeVisible();
    await shell.lock();
    await unlock.unlockWithPassphrase(workspace.passphrase);
    await expect(shell.navigation).toBeVisible();
  });

  test('changing the passphrase in Settings: errors go as each is put right', async ({ page, workspace }) => {
    test.setTimeout(60_000);
    if (!workspace) throw new Error('no workspace');
    const settings = new SettingsPage(page);
    await settings.open();
    const section = settings.changePassphrase;
    const summary = section.getByRole('group', { name: 'There is a problem' });
    const next = section.getByLabel('New passphrase', { exact: true });
    await next.fill(weak);
    await section.getByLabel('Type the new passphrase again').fill(weak);
    await section.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Enter the current passphrase.');
    await expect(summary).toContainText(tooEasy);

    await section.getByLabel('Current passphrase').fill(workspace.passphrase);
    await expect(summary).not.toContainText('Enter the current passphrase.');
    await expect(summary).toContainText(tooEasy);
    await next.fill(newPassphrase);
    await expect(summary).toHaveCount(0);
    await expect(next).toBeFocused();
    // Only the field that had an error is checked as it is typed: the unmatched confirmation waits for the submit.
    await section.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(summary).toContainText('The passphrases do not match.');
    await section.getByLabel('Type the new passphrase again').fill(newPassphrase);
    await expect(summary).toHaveCount(0);
    await section.getByRole('button', { name: 'Change passphrase' }).click();
    // Two key derivations at full cost (the current passphrase, then the new one): seconds on a busy machine.
    await expect(settings.passphraseChanged).toBeVisible({ timeout: 20_000 });
  });

  test('no keychain button for a workspace without a keychain slot; offered once keychain unlocking is on', async ({ page, workspace }) => {
    if (!workspace) throw new Error('no workspace');
    const shell = new ShellPage(page);
    const unlock = new UnlockPage(page);
    const settings = new SettingsPage(page);
    await shell.lock();
    await expect(unlock.passphraseField).toBeVisible();
    await expect(unlock.keychainButton).toHaveCount(0);
    await expect(unlock.main.getByRole('heading', { name: 'Keychain' })).toHaveCount(0);

    await unlock.unlockWithPassphrase(workspace.passphrase);
    await settings.open();
    await settings.keychain.getByLabel('Passphrase', { exact: true }).fill(workspace.passphrase);
    await settings.keychain.getByRole('button', { name: 'Turn on keychain unlocking' }).click();
    await expect(settings.keychain.getByText(/^On\./)).toBeVisible();
    await shell.lock();
    await expect(unlock.keychainButton).toBeVisible();
  });
});

test('creating a workspace: the weak-passphrase error goes once a strong passphrase is typed', async ({ page, dialogs, workspacesDir }) => {
  const welcome = new WelcomePage(page);
  const wizard = new CreateWizardPage(page);
  await welcome.createButton.click();
  await wizard.enterName('Review 2025-08');
  await wizard.chooseFolder(dialogs, workspacesDir);
  await wizard.enterPassphrase(weak);
  await wizard.createButton.click();
  await expect(wizard.errorSummary).toBeFocused();
  await expect(wizard.errorSummary).toContainText(tooEasy);
  await expect(wizard.passphraseField).toHaveAttribute('aria-invalid', 'true');

  await wizard.passphraseField.fill(testPassphrase);
  await wizard.confirmationField.fill(testPassphrase);
  await expect(wizard.strength).toContainText('This passphrase is strong enough.');
  await expect(wizard.errorSummary).toHaveCount(0);
  await expect(wizard.passphraseField).not.toHaveAttribute('aria-invalid', 'true');
  await expect(wizard.main.getByText(tooEasy)).toHaveCount(0);
  await expect(wizard.confirmationField).toBeFocused();
});
