/** The unlock screen for a chosen, recent or just-locked workspace. */
import type { Locator, Page } from '@playwright/test';

export class UnlockPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly passphraseField: Locator;
  readonly recoveryCodeField: Locator;
  readonly unlockButton: Locator;
  readonly useRecoveryCode: Locator;
  readonly usePassphrase: Locator;
  readonly keychainButton: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: /^Unlock / });
    this.passphraseField = this.main.getByLabel('Passphrase', { exact: true });
    this.recoveryCodeField = this.main.getByLabel('Recovery code', { exact: true });
    this.unlockButton = this.main.getByRole('button', { name: 'Unlock', exact: true });
    this.useRecoveryCode = this.main.getByRole('button', { name: 'Use recovery code instead' });
    this.usePassphrase = this.main.getByRole('button', { name: 'Use passphrase instead' });
    this.keychainButton = this.main.getByRole('button', { name: 'Unlock with this computer’s keychain' });
    this.errorSummary = this.main.getByRole('group', { name: 'There is a problem' });
  }

  headingFor(name: string): Locator {
    return this.main.getByRole('heading', { level: 1, name: `Unlock “${name}”` });
  }

  /** The summary's link to a field's error (GOV.UK: each message links to its field). */
  errorLink(message: string): Locator {
    return this.errorSummary.getByRole('link', { name: message });
  }

  async unlockWithPassphrase(passphrase: string): Promise<void> {
    if (await this.usePassphrase.isVisible()) await this.usePassphrase.click();
    await this.passphraseField.fill(passphrase);
    await this.unlockButton.click();
  }

  async unlockWithRecoveryCode(code: string): Promise<void> {
    if (await this.useRecoveryCode.isVisible()) await this.useRecoveryCode.click();
    await this.recoveryCodeField.fill(code);
    await this.unlockButton.click();
  }
}
