/** After a recovery-code unlock: choose a new passphrase (or keep the old one), then store the new recovery code. */
import { expect, type Locator, type Page } from '@playwright/test';
import { recoveryCodePattern } from './create-wizard';

export class NewPassphrasePage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly passphraseField: Locator;
  readonly confirmationField: Locator;
  readonly strength: Locator;
  readonly replaceButton: Locator;
  readonly keepButton: Locator;
  readonly errorSummary: Locator;
  readonly codeHeading: Locator;
  readonly recoveryCode: Locator;
  readonly storedCheckbox: Locator;
  readonly continueButton: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Choose a new passphrase' });
    this.passphraseField = this.main.getByLabel('New passphrase', { exact: true });
    this.confirmationField = this.main.getByLabel('Type the new passphrase again');
    this.strength = this.main.getByText(/^Strength: /);
    this.replaceButton = this.main.getByRole('button', { name: 'Replace the passphrase' });
    this.keepButton = this.main.getByRole('button', { name: 'Keep the old passphrase and continue' });
    this.errorSummary = this.main.getByRole('group', { name: 'There is a problem' });
    this.codeHeading = this.main.getByRole('heading', { level: 1, name: 'Store your new recovery code' });
    this.recoveryCode = this.main.getByText(recoveryCodePattern);
    this.storedCheckbox = this.main.getByRole('checkbox', { name: 'I have stored the recovery code safely' });
    this.continueButton = this.main.getByRole('button', { name: 'Continue to the workspace' });
  }

  async enter(passphrase: string, confirmation = passphrase): Promise<void> {
    await this.passphraseField.fill(passphrase);
    await this.confirmationField.fill(confirmation);
  }

  /** Reads the new recovery code off the page, as the user would copy it down. */
  async readRecoveryCode(): Promise<string> {
    // Replacing derives a key with scrypt at full cost: seconds on a busy machine.
    await expect(this.codeHeading).toBeFocused({ timeout: 15_000 });
    return ((await this.recoveryCode.textContent()) ?? '').trim();
  }

  /** Chooses `passphrase`, stores the new code and goes on to the workspace; returns the code. */
  async replaceWith(passphrase: string): Promise<string> {
    await this.enter(passphrase);
    await this.replaceButton.click();
    const code = await this.readRecoveryCode();
    await this.storedCheckbox.check();
    await this.continueButton.click();
    return code;
  }
}
