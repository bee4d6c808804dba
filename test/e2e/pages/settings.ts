/** The settings page: preferences, and for an open workspace its security, backups and audit log. */
import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly displayName: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  readonly changePassphrase: Locator;
  readonly recoveryCode: Locator;
  readonly keychain: Locator;
  readonly backups: Locator;
  /** Inside Backups: the second folder every backup is also copied to. */
  readonly secondBackupFolder: Locator;
  readonly audit: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Settings' });
    this.displayName = this.main.getByLabel('Your name');
    this.save = this.main.getByRole('button', { name: 'Save settings' });
    this.saved = this.main.getByRole('status').filter({ hasText: 'Your settings have been saved.' });
    this.changePassphrase = this.main.getByRole('region', { name: 'Change passphrase' });
    this.recoveryCode = this.main.getByRole('region', { name: 'Recovery code' });
    this.keychain = this.main.getByRole('region', { name: 'Keychain unlocking' });
    this.backups = this.main.getByRole('region', { name: 'Backups' });
    this.secondBackupFolder = this.backups.getByRole('region', { name: 'Second backup folder' });
    this.audit = this.main.getByRole('region', { name: 'Audit log' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
    await this.heading.waitFor();
  }

  async setDisplayName(name: string): Promise<void> {
    await this.displayName.fill(name);
    await this.save.click();
    await this.saved.waitFor();
  }

  async changePassphraseTo(current: string, next: string): Promise<void> {
    const section = this.changePassphrase;
    await section.getByLabel('Current passphrase').fill(current);
    await section.getByLabel('New passphrase', { exact: true }).fill(next);
    await section.getByLabel('Type the new passphrase again').fill(next);
    await section.getByRole('button', { name: 'Change passphrase' }).click();
  }

  get passphraseChanged(): Locator {
    return this.changePassphrase.getByRole('status').filter({ hasText: 'The passphrase has been changed.' });
  }
}
