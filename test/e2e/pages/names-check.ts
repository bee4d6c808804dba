/**
 * The "Names not in the people register" dialog that an anonymised export opens when the names
 * check finds names the register does not know — found by role and name, as a screen reader
 * finds it.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface RegisterChoices {
  /** As the role list shows it, e.g. "Sibling"; "Other family member" is chosen already. */
  role?: string;
  relationship?: string;
  /** Typed over the suggestion; when absent, the suggestion is kept. */
  pseudonym?: string;
}

export class NamesCheckDialog {
  readonly dialog: Locator;
  readonly heading: Locator;
  readonly status: Locator;
  readonly reason: Locator;
  readonly exportAnywayButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Names not in the people register' });
    this.heading = this.dialog.getByRole('heading', { level: 2, name: 'Names not in the people register' });
    this.status = this.dialog.getByRole('status');
    this.reason = this.dialog.getByLabel('Why can the names stay?');
    this.exportAnywayButton = this.dialog.getByRole('button', { name: 'Export anyway', exact: true });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel: save nothing' });
  }

  /** One name the check found: its heading, where it appears, its buttons. */
  candidate(name: string): Locator {
    return this.dialog.getByRole('region', { name, exact: true });
  }

  /** The names listed, in order, once the dialog is open. */
  async names(): Promise<string[]> {
    const headings = this.dialog.getByRole('listitem').getByRole('heading', { level: 4 });
    await expect(headings.first()).toBeVisible();
    return headings.allTextContents();
  }

  addButton(name: string): Locator {
    return this.candidate(name).getByRole('button', { name: `Add to the people register: ${name}` });
  }

  notPersonButton(name: string): Locator {
    return this.candidate(name).getByRole('button', { name: `Not a person: ${name}` });
  }

  addForm(name: string): Locator {
    return this.dialog.getByRole('form', { name: `Add ${name} to the people register` });
  }

  /** Opens the add form under the name, fills what is given, and adds the person. */
  async addToRegister(name: string, choices: RegisterChoices = {}): Promise<void> {
    await this.addButton(name).click();
    const form = this.addForm(name);
    await expect(form.getByLabel('Real name')).toHaveValue(name);
    if (choices.role) await form.getByLabel('Role in the case').selectOption({ label: choices.role });
    if (choices.relationship) {
      await form.getByLabel('Relationship (optional)').fill(choices.relationship);
      await form.getByLabel('Relationship (optional)').blur();
    }
    if (choices.pseudonym) await form.getByLabel('Pseudonym').fill(choices.pseudonym);
    await form.getByRole('button', { name: 'Add person' }).click();
  }

  async markNotPerson(name: string): Promise<void> {
    await this.notPersonButton(name).click();
    await expect(this.candidate(name)).toHaveCount(0);
  }

  async exportAnyway(reason: string): Promise<void> {
    await this.reason.fill(reason);
    await this.exportAnywayButton.click();
  }
}
