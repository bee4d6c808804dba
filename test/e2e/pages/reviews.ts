/** The Reviews area: the register, the add form, a review's overview, its decision and its people. */
import type { Locator, Page } from '@playwright/test';

export interface NewReview {
  type: string;
  title: string;
  subject?: string;
  aware?: string;
}

export interface NewPerson {
  name: string;
  role: string;
  relationship?: string;
  aliases?: string;
}

export class ReviewsPage {
  readonly main: Locator;
  readonly table: Locator;
  readonly addButton: Locator;
  readonly errorSummary: Locator;
  readonly deadlines: Locator;
  readonly milestones: Locator;
  readonly copies: Locator;
  readonly peopleTable: Locator;
  readonly pseudonymField: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.table = this.main.getByRole('table', { name: 'Reviews in this workspace' });
    this.addButton = this.main.getByRole('button', { name: 'Add a review' });
    this.errorSummary = this.main.getByRole('group', { name: 'There is a problem' });
    this.deadlines = this.main.getByRole('region', { name: 'Deadlines' });
    this.milestones = this.main.getByRole('region', { name: 'Milestones' });
    this.copies = this.main.getByRole('region', { name: 'Copies sent' });
    this.peopleTable = this.main.getByRole('table', { name: 'People in this review' });
    this.pseudonymField = this.main.getByLabel('Pseudonym', { exact: true });
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  async addReview(review: NewReview): Promise<void> {
    await this.addButton.click();
    await this.heading('Add a review').waitFor();
    await this.main.getByLabel('Type of review').selectOption({ label: review.type });
    await this.main.getByLabel('Title').fill(review.title);
    if (review.subject) await this.main.getByLabel('Subject label (optional)').fill(review.subject);
    if (review.aware) await this.main.getByLabel(/became aware/).fill(review.aware);
    await this.main.getByRole('button', { name: 'Add review' }).click();
    await this.heading(review.title).waitFor();
  }

  async recordDecisionC(decision: { rationale: string; name: string; role: string; on: string; methodology: string; terms: string }): Promise<void> {
    await this.main.getByRole('button', { name: 'Record the rapid review decision' }).click();
    await this.heading('Rapid review decision').waitFor();
    await this.main.getByRole('radio', { name: /^\(c\)/ }).check();
    await this.main.getByLabel('Rationale').fill(decision.rationale);
    await this.main.getByLabel('Name', { exact: true }).fill(decision.name);
    await this.main.getByLabel('Role', { exact: true }).fill(decision.role);
    await this.main.getByLabel('Agreed on').fill(decision.on);
    await this.main.getByLabel('Methodology').fill(decision.methodology);
    await this.main.getByLabel('Indicative terms of reference').fill(decision.terms);
    await this.main.getByRole('button', { name: 'Record decision' }).click();
    await this.main.getByRole('status').filter({ hasText: 'The decision has been recorded.' }).waitFor();
  }

  async logCopy(sentTo: string, sentOn: string): Promise<void> {
    await this.main.getByLabel('Sent to').fill(sentTo);
    await this.main.getByLabel('Sent on').fill(sentOn);
    await this.main.getByRole('button', { name: 'Log copy' }).click();
  }

  async backToReview(): Promise<void> {
    await this.main.getByRole('button', { name: 'Back to the review' }).click();
  }

  async openPeople(): Promise<void> {
    await this.main.getByRole('button', { name: 'People and pseudonyms' }).click();
    await this.heading('People and pseudonyms').waitFor();
  }

  /** Choosing a role asks the core for a pseudonym, which fills the Pseudonym field. */
  async choosePersonRole(role: string): Promise<void> {
    await this.main.getByLabel('Role in the case').selectOption({ label: role });
  }

  async addPerson(person: NewPerson): Promise<void> {
    await this.main.getByLabel('Real name').fill(person.name);
    await this.choosePersonRole(person.role);
    if (person.relationship) {
      await this.main.getByLabel('Relationship (optional)').fill(person.relationship);
      await this.main.getByLabel('Relationship (optional)').blur();
    }
    if (person.aliases) await this.main.getByLabel('Aliases and spelling variants (optional)').fill(person.aliases);
  }

  async submitPerson(): Promise<void> {
    await this.main.getByRole('button', { name: 'Add person' }).click();
    await this.main.getByRole('status').filter({ hasText: /^Added as / }).waitFor();
  }
}
