/** The create-workspace wizard, one question a page, then the recovery code shown once. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ScriptedDialogs } from '../dialogs';

export const recoveryCodePattern = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$/;

export class CreateWizardPage {
  readonly main: Locator;
  readonly continueButton: Locator;
  readonly nameField: Locator;
  readonly chooseFolderButton: Locator;
  readonly passphraseField: Locator;
  readonly confirmationField: Locator;
  readonly createButton: Locator;
  readonly strength: Locator;
  readonly errorSummary: Locator;
  readonly creatingMessage: Locator;
  readonly recoveryCode: Locator;
  readonly storedCheckbox: Locator;
  readonly continueToWorkspace: Locator;
  readonly yourNameField: Locator;
  readonly yourRoleField: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.continueButton = this.main.getByRole('button', { name: 'Continue', exact: true });
    this.nameField = this.main.getByLabel('Workspace name');
    this.chooseFolderButton = this.main.getByRole('button', { name: 'Choose folder…' });
    this.passphraseField = this.main.getByLabel('Passphrase', { exact: true });
    this.confirmationField = this.main.getByLabel('Type the passphrase again');
    this.createButton = this.main.getByRole('button', { name: 'Create workspace' });
    this.strength = this.main.getByText(/^Strength: /);
    this.errorSummary = this.main.getByRole('group', { name: 'There is a problem' });
    this.creatingMessage = this.main.getByRole('status').filter({ hasText: 'Creating the encrypted workspace…' });
    this.recoveryCode = this.main.getByText(recoveryCodePattern);
    this.storedCheckbox = this.main.getByRole('checkbox', { name: 'I have stored the recovery code safely' });
    this.continueToWorkspace = this.main.getByRole('button', { name: 'Continue to workspace' });
    this.yourNameField = this.main.getByLabel('Your name');
    this.yourRoleField = this.main.getByLabel('Your role (optional)');
  }

  heading(name: string | RegExp): Locator {
    return this.main.getByRole('heading', { level: 1, name });
  }

  async enterName(name: string): Promise<void> {
    await expect(this.heading('Name the workspace')).toBeFocused();
    await this.nameField.fill(name);
    await this.continueButton.click();
  }

  /** Chooses `dir` through the (scripted) native folder dialog, then continues. */
  async chooseFolder(dialogs: ScriptedDialogs, dir: string): Promise<void> {
    await expect(this.heading('Choose where to keep the workspace')).toBeFocused();
    dialogs.nextFolder(dir);
    await this.chooseFolderButton.click();
    await expect(this.main.getByText(dir, { exact: true })).toBeVisible();
    await this.continueButton.click();
  }

  /**
   * Who is creating the workspace (the audit log names them). A name this computer already has is
   * kept unless one is given; with none, a fictional one is typed.
   */
  async enterIdentity(options: { yourName?: string; role?: string } = {}): Promise<void> {
    await expect(this.heading('Your name and role')).toBeVisible();
    if (options.yourName !== undefined) await this.yourNameField.fill(options.yourName);
    else if ((await this.yourNameField.inputValue()) === '') await this.yourNameField.fill('Robin Ashdown');
    if (options.role !== undefined) await this.yourRoleField.fill(options.role);
    await this.continueButton.click();
  }

  async enterPassphrase(passphrase: string, confirmation = passphrase): Promise<void> {
    // Straight from the folder step, the wizard asks who is creating the workspace first.
    await expect(this.heading('Your name and role').or(this.heading('Choose a passphrase'))).toBeVisible();
    if (await this.heading('Your name and role').isVisible()) await this.enterIdentity();
    await expect(this.heading('Choose a passphrase')).toBeFocused();
    await this.passphraseField.fill(passphrase);
    await this.confirmationField.fill(confirmation);
  }

  /** Reads the recovery code off the page, as the user would copy it down. */
  async readRecoveryCode(): Promise<string> {
    // Creating derives the keys (scrypt at full cost) after saving the user's name: seconds on a busy machine.
    await expect(this.heading('Store your recovery code')).toBeVisible({ timeout: 15_000 });
    return ((await this.recoveryCode.textContent()) ?? '').trim();
  }

  /** The whole wizard; returns the recovery code it showed. */
  async createWorkspace(dialogs: ScriptedDialogs, options: { name: string; dir: string; passphrase: string; yourName?: string; role?: string }): Promise<string> {
    await this.enterName(options.name);
    await this.chooseFolder(dialogs, options.dir);
    await this.enterIdentity({ yourName: options.yourName, role: options.role });
    await this.enterPassphrase(options.passphrase);
    await this.createButton.click();
    const code = await this.readRecoveryCode();
    await this.storedCheckbox.check();
    await this.continueToWorkspace.click();
    return code;
  }
}
