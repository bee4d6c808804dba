/** The Reviews area: the register, the add form, a review's overview, its decision, its people and its escalations. */
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

export interface NewEscalation {
  raisedBy: string;
  agencies: string;
  issue: string;
  raisedOn: string;
}

/** The lists of the "Agencies and people involved" form, by the noun its buttons and labels use. */
export type InvolvedNoun = 'agency' | 'reviewer' | 'panel member' | 'parallel process';

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
  readonly involved: Locator;
  readonly escalationsTable: Locator;

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
    this.involved = this.main.getByRole('region', { name: 'Agencies and people involved' });
    this.escalationsTable = this.main.getByRole('table', { name: 'Escalations for this review' });
  }

  /** A status message on screen, by its text. */
  status(text: string | RegExp): Locator {
    return this.main.getByRole('status').filter({ hasText: text });
  }

  async openReview(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'All reviews' }).click();
    await this.table.getByRole('button', { name: title }).click();
    await this.heading(title).waitFor();
  }

  async editInvolved(): Promise<void> {
    await this.involved.getByRole('button', { name: 'Edit agencies and people' }).click();
    await this.involved.getByRole('form', { name: 'Edit agencies and people involved' }).waitFor();
  }

  addRowButton(noun: InvolvedNoun): Locator {
    return this.involved.getByRole('button', { name: `Add ${noun === 'agency' ? 'an' : 'a'} ${noun}`, exact: true });
  }

  /** Adds a row to one list and fills it: the values go to the row's fields in order (a kind is chosen by its label). */
  async addRow(noun: InvolvedNoun, ...values: string[]): Promise<void> {
    await this.addRowButton(noun).click();
    const rows = await this.involved.getByRole('button', { name: new RegExp(`^Remove ${noun} \\d+$`, 'i') }).count();
    const labels: Record<InvolvedNoun, string[]> = {
      agency: [''],
      reviewer: [' name', ' role (optional)'],
      'panel member': [' name', ' role (optional)', ' agency (optional)'],
      'parallel process': [' kind', ' note (optional)'],
    };
    const prefix = `${noun[0]!.toUpperCase()}${noun.slice(1)} ${rows}`;
    for (const [index, value] of values.entries()) {
      const field = this.involved.getByLabel(`${prefix}${labels[noun][index] ?? ''}`, { exact: true });
      if (noun === 'parallel process' && index === 0) await field.selectOption({ label: value });
      else await field.fill(value);
    }
  }

  async saveInvolved(): Promise<void> {
    await this.involved.getByRole('button', { name: 'Save agencies and people' }).click();
  }

  /** One entry of the read-only summary: its list of values under a term such as "Panel members". */
  involvedEntry(term: string): Locator {
    return this.involved.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  personRow(name: string): Locator {
    return this.peopleTable.getByRole('row', { name: new RegExp(`^${name}`) });
  }

  personButton(action: 'Edit' | 'Remove', name: string): Locator {
    return this.peopleTable.getByRole('button', { name: new RegExp(`^${action} ${name} \\(`) });
  }

  async openEscalations(): Promise<void> {
    await this.main.getByRole('button', { name: 'Escalations', exact: true }).click();
    await this.heading('Escalations').waitFor();
  }

  async raiseEscalation(escalation: NewEscalation): Promise<void> {
    await this.main.getByLabel('Stage', { exact: true }).selectOption({ label: 'Stage 1: practitioner to practitioner' });
    await this.main.getByLabel('Raised by').fill(escalation.raisedBy);
    await this.main.getByLabel('Agencies involved').fill(escalation.agencies);
    await this.main.getByLabel('Issue').fill(escalation.issue);
    await this.main.getByLabel('Raised on').fill(escalation.raisedOn);
    await this.main.getByRole('button', { name: 'Raise escalation' }).click();
    await this.status('The escalation has been added.').waitFor();
  }

  async openEscalationUpdate(issue: string): Promise<void> {
    await this.main.getByRole('button', { name: `Update the escalation: ${issue}` }).click();
    await this.main.getByRole('heading', { name: 'Update the escalation' }).waitFor();
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
    await this.main.getByRole('status').filter({ hasText: 'The decision has been recorded. The review is at “Decision”.' }).waitFor();
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
