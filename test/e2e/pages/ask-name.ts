/** After unlocking, while this computer has no name for the user: the question that asks for one. */
import type { Locator, Page } from '@playwright/test';

export class AskNamePage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly nameField: Locator;
  readonly roleField: Locator;
  readonly continueButton: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Before you go on: your name' });
    this.nameField = this.main.getByLabel('Your name');
    this.roleField = this.main.getByLabel('Your role (optional)');
    this.continueButton = this.main.getByRole('button', { name: 'Continue to the workspace' });
    this.errorSummary = this.main.getByRole('group', { name: 'There is a problem' });
  }

  async give(name: string, role?: string): Promise<void> {
    await this.nameField.fill(name);
    if (role !== undefined) await this.roleField.fill(role);
    await this.continueButton.click();
  }
}
