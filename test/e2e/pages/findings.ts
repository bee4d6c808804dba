/**
 * The Findings area (issue #18): findings and their evidence, recommendations, actions with their
 * progress and history, and the 7-minute briefings — found by role and name, as a screen reader
 * finds them.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell';

export interface ActionFields {
  text: string;
  agency: string;
  leadRole: string;
  /** As typed, day first. */
  due: string;
  measure?: string;
}

export class FindingsPage {
  readonly main: Locator;
  readonly status: Locator;
  private readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    // What the last change did, said under the heading (the editor's panels have statuses of their own).
    this.status = this.main.getByRole('status').and(this.main.locator('.fd-notice'));
  }

  heading(name: string | RegExp): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  /** Opens the area from the navigation and waits for its heading to take focus. */
  async open(): Promise<void> {
    await this.shell.area('Findings').click();
    await expect(this.heading('Findings')).toBeFocused();
  }

  /** Back to the first screen from any other. */
  async back(): Promise<void> {
    await this.button('Findings and recommendations').click();
    await expect(this.heading('Findings')).toBeFocused();
  }

  /** A finding's or a recommendation's card on the first screen, by its heading ("Finding 1"). */
  card(name: string): Locator {
    return this.main.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  async addFinding(statement: string, pattern: string, category: string): Promise<void> {
    await this.button('Add a finding').click();
    await expect(this.heading('Add a finding')).toBeFocused();
    await this.main.getByLabel('Statement').fill(statement);
    await this.main.getByLabel('Underlying pattern (optional)').fill(pattern);
    await this.main.getByLabel('Category').selectOption({ label: category });
    await this.button('Add the finding').click();
  }

  /** On a finding's evidence screen: finds a chronology entry by words and adds it. */
  async addEntryEvidence(words: string, label: RegExp): Promise<void> {
    await this.main.getByLabel('Kind of evidence').selectOption({ label: 'Chronology entry' });
    await this.main.getByLabel('Find by words').fill(words);
    const choice = this.main.getByRole('list', { name: 'Chronology entry to add' }).getByRole('listitem').filter({ hasText: label });
    await choice.getByRole('button', { name: /^Add / }).click();
  }

  async addAction(recommendation: string, fields: ActionFields): Promise<void> {
    await this.card(recommendation).getByRole('button', { name: `Add an action to ${recommendation}` }).click();
    await expect(this.heading(`Add an action to ${recommendation}`)).toBeFocused();
    await this.main.getByLabel('What will be done').fill(fields.text);
    await this.main.getByLabel('Lead agency').fill(fields.agency);
    await this.main.getByLabel('Lead officer’s role').fill(fields.leadRole);
    await this.main.getByLabel('Target date').fill(fields.due);
    if (fields.measure) await this.main.getByLabel('Success measure (optional)').fill(fields.measure);
    await this.button('Add the action').click();
    await expect(this.heading(fields.text)).toBeFocused();
  }

  /** On an action's screen: a progress update. */
  async recordProgress(status: string, rag: string, note: string): Promise<void> {
    const form = this.main.getByRole('form', { name: 'Record progress' });
    await form.getByRole('radio', { name: status, exact: true }).check();
    await form.getByLabel('RAG rating (optional)').selectOption({ label: rag });
    await form.getByLabel('Progress note (optional)').fill(note);
    await form.getByRole('button', { name: 'Record the progress' }).click();
  }

  /** On a briefing's screen: one line of the dissemination log. */
  async logDelivery(agency: string, received: string, used?: string): Promise<void> {
    const form = this.main.getByRole('form', { name: 'Log an agency' });
    await form.getByLabel('Agency').fill(agency);
    await form.getByLabel('Received on').fill(received);
    if (used) {
      await form.getByRole('checkbox', { name: 'Confirmed use' }).check();
      await form.getByLabel('How the agency used it').fill(used);
    }
    await form.getByRole('button', { name: 'Log the agency' }).click();
    await expect(this.status).toHaveText(`Logged the briefing as received by ${agency}.`);
  }
}
