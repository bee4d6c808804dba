/**
 * Issue #4 through the UI, against the real core: add a rapid review, see its deadlines with
 * the rule each came from, record decision (c) and a copy sent, add people with suggested
 * pseudonyms — then lock, and the page keeps none of it. Then the edits after creation: the
 * agencies and people involved, a person's pseudonym and aliases, removing a person, and an
 * escalation moved on a stage and resolved. Names are the fictional Hartwell case.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ReviewsPage } from './pages/reviews';
import { ShellPage } from './pages/shell';

const child = 'Maisie Hartwell';
const mother = 'Kerry Hartwell';
const sibling = 'Tyler Hartwell';

test.describe('reviews register', () => {
  test.use({ openWorkspace: true });

  test('add a rapid review → deadlines → decision (c) → people with pseudonyms → lock drops every name', async ({ page }) => {
    const shell = new ShellPage(page);
    const reviews = new ReviewsPage(page);

    await expect(shell.areaHeading('Reviews')).toBeFocused();
    await expect(reviews.main).toContainText('There are no reviews in this workspace yet.');
    await expectNoAxeViolations(page, 'the empty reviews list');

    // The add form refuses a missing type and title, each linked from the summary.
    await reviews.addButton.click();
    await expect(reviews.heading('Add a review')).toBeFocused();
    await reviews.main.getByRole('button', { name: 'Add review' }).click();
    await expect(reviews.errorSummary).toBeFocused();
    await expect(reviews.errorSummary.getByRole('link', { name: 'Enter a title for the review.' })).toBeVisible();
    await expect(reviews.main.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'the add-review form with errors');
    await reviews.main.getByRole('button', { name: 'Cancel' }).click();
    await expect(shell.areaHeading('Reviews')).toBeFocused();

    await reviews.addReview({ type: 'Serious incident notification and rapid review', title: 'Rapid review: Child M', subject: 'Child M', aware: '2019-12-23' });
    await expect(reviews.heading('Rapid review: Child M')).toBeFocused();

    // Aware Monday 23 December 2019: five working days, skipping Christmas, Boxing Day and New Year's Day.
    const notification = reviews.deadlines.getByRole('listitem').filter({ hasText: 'Thursday 2 January 2020' });
    await expect(notification).toHaveCount(1);
    await expect(notification).toContainText("Counted as 5 working days from becoming aware of the incident, under the partnership's plan.");
    await expect(notification).not.toContainText(/local:|Rule:/);
    await expect(notification).toContainText('Source:');
    // Years past its day with no notification date: said as not recorded, not as 1,700 working days overdue.
    await expect(notification).toContainText(
      'Not recorded as done: it was due Thu 2 Jan 2020. If it has been done, add the date the notification was sent to the key dates; if not, it is overdue.',
    );
    await expect(notification.getByText('Not recorded', { exact: true })).toBeVisible();
    await expect(reviews.milestones).toContainText('Monday 23 December 2019');
    await expectNoAxeViolations(page, 'the review overview');

    // The list shows the next deadline in words, not colour alone.
    await page.getByRole('button', { name: 'All reviews' }).click();
    const row = reviews.table.getByRole('row', { name: /Rapid review: Child M/ });
    await expect(row).toContainText('Child M');
    await expect(row).toContainText('Notified');
    await expect(row).toContainText('due Thu 2 Jan 2020 — Not recorded as done');
    await expectNoAxeViolations(page, 'the reviews list');
    await row.getByRole('button', { name: 'Rapid review: Child M' }).click();
    await expect(reviews.heading('Rapid review: Child M')).toBeFocused();

    // The decision: (c) asks for a methodology and indicative terms of reference.
    await reviews.recordDecisionC({
      rationale: 'Learning about information sharing between health and children’s social care.',
      name: 'Alex Morgan',
      role: 'Independent Chair, SVPP',
      on: '2020-01-20',
      methodology: 'Appreciative inquiry',
      terms: 'Scope: the twelve months before the incident.',
    });
    // Recorded: it reads as a record, not as fields one keystroke would change.
    await expect(reviews.main.getByLabel('Rationale')).toHaveCount(0);
    await expect(reviews.main).toContainText('Alex Morgan, Independent Chair, SVPP, on Monday 20 January 2020');
    await expect(reviews.main.getByRole('button', { name: 'Correct the decision' })).toBeVisible();
    await expectNoAxeViolations(page, 'the recorded decision');
    await reviews.logCopy('SVPP members', '2020-01-21');
    await expect(reviews.copies.getByRole('row', { name: /SVPP members/ })).toContainText('Tuesday 21 January 2020');
    await reviews.backToReview();
    await expect(reviews.main).toContainText('Outcome (c), agreed Monday 20 January 2020');
    await expect(reviews.milestones).toContainText('reason: The rapid review decision was recorded.');
    // Moving on: the lifecycle offers the next step, and going back asks why.
    await reviews.main.getByRole('button', { name: 'Move to LCSPR commissioned' }).click();
    await expect(reviews.main.getByRole('status').filter({ hasText: 'The status is now LCSPR commissioned.' })).toBeVisible();
    await expect(reviews.main.getByRole('heading', { name: 'Status' })).toBeFocused();
    await reviews.main.getByRole('button', { name: 'Back to Decision' }).click();
    await reviews.main.getByRole('button', { name: 'Go back a step' }).click();
    await expect(reviews.errorSummary.getByRole('link', { name: 'Enter why the review is going back a step.' })).toBeVisible();
    await reviews.main.getByLabel('Why is the review going back to Decision?').fill('Moved on by mistake.');
    await reviews.main.getByRole('button', { name: 'Go back a step' }).click();
    await expect(reviews.main.getByRole('status').filter({ hasText: 'The status is now Decision.' })).toBeVisible();
    await expect(reviews.milestones).toContainText('reason: Moved on by mistake.');

    // People: the role suggests a pseudonym, which stays editable.
    await reviews.openPeople();
    await reviews.addPerson({ name: child, role: 'Child', aliases: 'Maisy Hartwell, Maisie Hartwel' });
    await expect(reviews.pseudonymField).not.toHaveValue('');
    // The first child is suggested the review's subject label.
    await expect(reviews.pseudonymField).toHaveValue('Child M');
    const childPseudonym = 'Child M';
    await reviews.submitPerson();
    await reviews.addPerson({ name: mother, role: 'Parent', relationship: 'Mother' });
    await expect(reviews.pseudonymField).toHaveValue('Mother');
    await reviews.submitPerson();
    await expect(reviews.peopleTable.getByRole('row', { name: new RegExp(child) })).toContainText(childPseudonym);
    await expect(reviews.peopleTable.getByRole('row', { name: new RegExp(child) })).toContainText('Maisy Hartwell');
    await expect(reviews.peopleTable.getByRole('row', { name: new RegExp(mother) })).toContainText('Mother');
    await expectNoAxeViolations(page, 'the people register');

    await shell.lock();
    const html = await page.content();
    expect(html).not.toContain(child);
    expect(html).not.toContain(mother);
    expect(html).not.toContain('Child M');
    expect(html).not.toContain('Maisy');
  });

  test('an escalation shows the stage due date the core worked out, with its rule', async ({ page }) => {
    const reviews = new ReviewsPage(page);
    await reviews.addReview({ type: 'Local child safeguarding practice review (LCSPR)', title: 'LCSPR: Child M', subject: 'Child M' });
    await reviews.main.getByRole('button', { name: 'Escalations' }).click();
    await expect(reviews.heading('Escalations')).toBeFocused();

    await reviews.main.getByRole('button', { name: 'Raise escalation' }).click();
    await expect(reviews.errorSummary.getByRole('link', { name: 'Describe the issue.' })).toBeVisible();

    await reviews.main.getByLabel('Stage').selectOption({ label: 'Stage 1: practitioner to practitioner' });
    await reviews.main.getByLabel('Raised by').fill('Health Visitor, Community health');
    await reviews.main.getByLabel('Agencies involved').fill('Community health, Children’s social care');
    await reviews.main.getByLabel('Issue').fill('Referral not acknowledged');
    // Raised Monday 23 December 2019: two working days on, past Christmas and Boxing Day.
    await reviews.main.getByLabel('Raised on').fill('2019-12-23');
    await reviews.main.getByRole('button', { name: 'Raise escalation' }).click();
    await expect(reviews.main.getByRole('status').filter({ hasText: 'This stage is due Friday 27 December 2019.' })).toBeVisible();
    const row = reviews.main.getByRole('table', { name: 'Escalations for this review' }).getByRole('row', { name: /Referral not acknowledged/ });
    await expect(row).toContainText('Friday 27 December 2019');
    await expect(row).toContainText('2 working days');
    await expectNoAxeViolations(page, 'the escalations screen');
  });

  test('the agencies and people involved are edited after creation and kept', async ({ page }) => {
    const reviews = new ReviewsPage(page);
    await reviews.addReview({ type: 'Local child safeguarding practice review (LCSPR)', title: 'LCSPR: Child M', subject: 'Child M' });
    await expect(reviews.involvedEntry('Agencies')).toHaveText('None recorded');

    await reviews.editInvolved();
    // Opening the form lands on its first control; a new row's first field takes focus.
    await expect(reviews.addRowButton('agency')).toBeFocused();
    await reviews.addRowButton('agency').click();
    await expect(reviews.involved.getByLabel('Agency 1', { exact: true })).toBeFocused();
    await reviews.involved.getByLabel('Agency 1', { exact: true }).fill('Wiltshire Police');
    await reviews.addRow('agency', 'Children’s Social Care');
    await reviews.addRow('reviewer', 'Dean Farrow', 'Independent reviewer');
    await reviews.addRow('panel member', 'Janet Hartwell', 'Detective Inspector', 'Wiltshire Police');
    await reviews.addRow('parallel process', 'Inquest', 'Opened and adjourned');
    await reviews.addRow('parallel process', 'Criminal proceedings');
    await expectNoAxeViolations(page, 'the agencies and people form');

    // A row filled in without its name is refused, linked to the field; removing the row clears it.
    await reviews.addRow('reviewer', '', 'Practice reviewer');
    await reviews.saveInvolved();
    await expect(reviews.errorSummary).toBeFocused();
    await reviews.errorSummary.getByRole('link', { name: 'Enter the reviewer’s name for reviewer 2, or remove the row.' }).click();
    await expect(reviews.involved.getByLabel('Reviewer 2 name', { exact: true })).toBeFocused();
    await expect(reviews.involved.getByLabel('Reviewer 2 name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'the agencies and people form with an error');
    await reviews.involved.getByRole('button', { name: 'Remove reviewer 2' }).click();
    await expect(reviews.addRowButton('reviewer')).toBeFocused();

    await reviews.saveInvolved();
    await expect(reviews.status('The agencies and people involved have been saved.')).toBeVisible();
    await expect(reviews.involved.getByRole('heading', { name: 'Agencies and people involved' })).toBeFocused();

    // Reopened from the list, the review shows what was saved.
    await reviews.openReview('LCSPR: Child M');
    await expect(reviews.involvedEntry('Agencies').getByRole('listitem')).toHaveText(['Wiltshire Police', 'Children’s Social Care']);
    await expect(reviews.involvedEntry('Reviewers')).toHaveText('Dean Farrow, Independent reviewer');
    await expect(reviews.involvedEntry('Panel members')).toHaveText('Janet Hartwell, Detective Inspector, Wiltshire Police');
    await expect(reviews.involvedEntry('Parallel processes').getByRole('listitem')).toHaveText(['Inquest: Opened and adjourned', 'Criminal proceedings']);
    await expectNoAxeViolations(page, 'the review overview with agencies and people');

    // Cancel changes nothing and returns to the Edit button.
    await reviews.editInvolved();
    await reviews.involved.getByRole('button', { name: 'Remove agency 1' }).click();
    await reviews.involved.getByRole('button', { name: 'Cancel' }).click();
    await expect(reviews.involved.getByRole('button', { name: 'Edit agencies and people' })).toBeFocused();
    await expect(reviews.involvedEntry('Agencies')).toContainText('Wiltshire Police');

    // Removing every row of a list clears it; the other lists stay as they were.
    await reviews.editInvolved();
    await reviews.involved.getByRole('button', { name: 'Remove parallel process 2' }).click();
    await reviews.involved.getByRole('button', { name: 'Remove parallel process 1' }).click();
    await reviews.involved.getByRole('button', { name: 'Remove agency 1' }).click();
    await reviews.saveInvolved();
    await expect(reviews.status('The agencies and people involved have been saved.')).toBeVisible();
    await reviews.openReview('LCSPR: Child M');
    await expect(reviews.involvedEntry('Parallel processes')).toHaveText('None recorded');
    await expect(reviews.involvedEntry('Agencies')).toHaveText('Children’s Social Care');
    await expect(reviews.involvedEntry('Panel members')).toHaveText('Janet Hartwell, Detective Inspector, Wiltshire Police');
  });

  test('a person’s pseudonym and aliases are edited, and a person is removed only once confirmed', async ({ page }) => {
    const shell = new ShellPage(page);
    const reviews = new ReviewsPage(page);
    await reviews.addReview({ type: 'Serious incident notification and rapid review', title: 'Rapid review: Child M', subject: 'Child M' });
    await reviews.openPeople();
    await reviews.addPerson({ name: child, role: 'Child' });
    await expect(reviews.pseudonymField).toHaveValue('Child M');
    await reviews.submitPerson();
    await reviews.addPerson({ name: mother, role: 'Parent', relationship: 'Mother' });
    await expect(reviews.pseudonymField).toHaveValue('Mother');
    await reviews.submitPerson();
    await reviews.addPerson({ name: sibling, role: 'Sibling' });
    await expect(reviews.pseudonymField).not.toHaveValue('');
    await reviews.submitPerson();
    await expect(reviews.peopleTable.getByRole('row')).toHaveCount(4);

    // Edit: the form holds the person as saved; only the pseudonym and aliases change.
    await reviews.personButton('Edit', child).click();
    await expect(reviews.main.getByRole('heading', { name: `Edit ${child}` })).toBeFocused();
    await expect(reviews.main.getByLabel('Real name')).toHaveValue(child);
    await expect(reviews.pseudonymField).toHaveValue('Child M');
    await reviews.pseudonymField.fill('Child A');
    await reviews.main.getByLabel('Aliases and spelling variants (optional)').fill('Maisy Hartwell\nMaisie Hartwel');
    await expectNoAxeViolations(page, 'the edit-person form');
    await reviews.main.getByRole('button', { name: 'Save changes' }).click();
    await expect(reviews.status(`The changes to ${child} (Child A) have been saved.`)).toBeFocused();
    await expect(reviews.personRow(child)).toContainText('Child A');
    await expect(reviews.personRow(child)).toContainText('Maisy Hartwell, Maisie Hartwel');
    await expect(reviews.personRow(child)).toContainText('Child');

    // An empty pseudonym is refused: everyone published needs one.
    await reviews.personButton('Edit', mother).click();
    await reviews.pseudonymField.fill('');
    await reviews.main.getByRole('button', { name: 'Save changes' }).click();
    await expect(reviews.errorSummary.getByRole('link', { name: 'Enter the pseudonym used for the person in anything published.' })).toBeVisible();
    await expectNoAxeViolations(page, 'the edit-person form with an error');
    await reviews.main.getByRole('button', { name: 'Cancel' }).click();
    await expect(reviews.personButton('Edit', mother)).toBeFocused();
    await expect(reviews.personRow(mother)).toContainText('Mother');

    // Remove asks first; Cancel keeps the person and returns to their Remove button.
    await reviews.personButton('Remove', sibling).click();
    await expect(reviews.main.getByRole('heading', { name: `Remove ${sibling}?` })).toBeFocused();
    await expect(reviews.peopleTable).toBeHidden();
    await expectNoAxeViolations(page, 'the remove-person confirmation');
    await reviews.main.getByRole('button', { name: 'Cancel' }).click();
    await expect(reviews.personButton('Remove', sibling)).toBeFocused();
    await expect(reviews.personRow(sibling)).toBeVisible();

    // Confirmed from the keyboard, the person goes.
    await page.keyboard.press('Enter');
    await expect(reviews.main.getByRole('heading', { name: `Remove ${sibling}?` })).toBeFocused();
    await shell.tabTo(reviews.main.getByRole('button', { name: `Yes, remove ${sibling}` }));
    expect(await shell.focusIndicator()).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect(reviews.status(new RegExp(`^${sibling} \\(.+\\) has been removed from the register\\.$`))).toBeFocused();
    await expect(reviews.personRow(sibling)).toHaveCount(0);
    await expect(reviews.peopleTable.getByRole('row')).toHaveCount(3);

    // Reopened, the register shows the edits and not the removed person.
    await reviews.backToReview();
    await reviews.openPeople();
    await expect(reviews.personRow(child)).toContainText('Child A');
    await expect(reviews.personRow(child)).toContainText('Maisy Hartwell');
    await expect(reviews.personRow(sibling)).toHaveCount(0);
    await expect(reviews.personRow(mother)).toBeVisible();
  });

  test('an escalation moves to its next stage, due from the day that stage began, and records its outcome', async ({ page }) => {
    const reviews = new ReviewsPage(page);
    await reviews.addReview({ type: 'Local child safeguarding practice review (LCSPR)', title: 'LCSPR: Child M', subject: 'Child M' });
    await reviews.openEscalations();
    await reviews.raiseEscalation({
      raisedBy: 'Social Worker, Children’s Social Care',
      agencies: 'Wiltshire Police, Children’s Social Care',
      issue: 'Strategy discussion not convened',
      raisedOn: '2019-12-23',
    });
    const row = reviews.escalationsTable.getByRole('row', { name: /Strategy discussion not convened/ });
    await expect(row).toContainText('Stage 1: practitioner to practitioner');
    await expect(row).toContainText('Open');

    // Moving on a stage needs the day it began: the due date counts from there.
    await reviews.openEscalationUpdate('Strategy discussion not convened');
    await expect(reviews.main.getByRole('heading', { name: 'Update the escalation' })).toBeFocused();
    await reviews.main.getByLabel('Move it on to Stage 2: manager to manager').check();
    await reviews.main.getByRole('button', { name: 'Save escalation' }).click();
    await expect(reviews.errorSummary.getByRole('link', { name: /Enter the date stage 2 began/ })).toBeVisible();
    await expectNoAxeViolations(page, 'the update-escalation form with an error');
    // Monday 6 January 2020 plus five working days.
    await reviews.main.getByLabel('Date stage 2 began').fill('2020-01-06');
    await reviews.main.getByRole('button', { name: 'Save escalation' }).click();
    await expect(reviews.status('The escalation is now at Stage 2: manager to manager. This stage is due Monday 13 January 2020.')).toBeFocused();
    await expect(row).toContainText('Stage 2: manager to manager');
    await expect(row).toContainText('Since Monday 6 January 2020');
    await expect(row).toContainText('Monday 13 January 2020');
    await expect(row).toContainText('5 working days');

    // The outcome and the day it was resolved; Cancel first leaves everything as it was.
    await reviews.openEscalationUpdate('Strategy discussion not convened');
    await reviews.main.getByLabel('Outcome (optional)').fill('Changed my mind');
    await reviews.main.getByRole('button', { name: 'Cancel' }).click();
    await expect(reviews.main.getByRole('button', { name: 'Update the escalation: Strategy discussion not convened' })).toBeFocused();
    await expect(row).not.toContainText('Changed my mind');
    await reviews.openEscalationUpdate('Strategy discussion not convened');
    await reviews.main.getByLabel('Outcome (optional)').fill('Strategy discussion held with Wiltshire Police on 9 January.');
    await reviews.main.getByLabel('Resolved on (optional)').fill('2020-01-09');
    await expectNoAxeViolations(page, 'the update-escalation form');
    await reviews.main.getByRole('button', { name: 'Save escalation' }).click();
    await expect(reviews.status('The escalation has been updated.')).toBeFocused();
    await expect(row).toContainText('Resolved Thursday 9 January 2020');
    await expect(row).toContainText('Strategy discussion held with Wiltshire Police on 9 January.');

    // Every review's escalations in one list, each with its review.
    await reviews.backToReview();
    await page.getByRole('button', { name: 'All reviews' }).click();
    await reviews.main.getByRole('button', { name: 'Escalations across all reviews' }).click();
    await expect(reviews.heading('Escalations across all reviews')).toBeFocused();
    const everywhere = reviews.main.getByRole('table', { name: 'Escalations in this workspace' }).getByRole('row', { name: /Strategy discussion not convened/ });
    await expect(everywhere).toContainText('LCSPR: Child M');
    await expect(everywhere).toContainText('Stage 2: manager to manager');
    await expect(everywhere).toContainText('Resolved Thursday 9 January 2020');
    await expectNoAxeViolations(page, 'the escalations across all reviews');
  });

  test('a review can be added and opened from the keyboard alone', async ({ page }) => {
    const shell = new ShellPage(page);
    const reviews = new ReviewsPage(page);
    await expect(shell.areaHeading('Reviews')).toBeFocused();

    await shell.tabTo(reviews.addButton);
    expect(await shell.focusIndicator()).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect(reviews.heading('Add a review')).toBeFocused();
    await shell.tabTo(reviews.main.getByLabel('Type of review'));
    await reviews.main.getByLabel('Type of review').selectOption({ label: 'Safeguarding adults review (SAR)' });
    await shell.tabTo(reviews.main.getByLabel('Title'));
    await page.keyboard.type('SAR: Adult K');
    await page.keyboard.press('Enter');
    await expect(reviews.heading('SAR: Adult K')).toBeFocused();

    // The back link sits just above the heading, as on GOV.UK pages: one Shift+Tab away.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'All reviews' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.areaHeading('Reviews')).toBeFocused();
    const open = reviews.table.getByRole('button', { name: 'SAR: Adult K' });
    await shell.tabTo(open);
    expect(await shell.focusIndicator()).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect(reviews.heading('SAR: Adult K')).toBeFocused();
  });
});
