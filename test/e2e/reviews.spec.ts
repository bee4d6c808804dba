/**
 * Issue #4 through the UI, against the real core: add a rapid review, see its deadlines with
 * the rule each came from, record decision (c) and a copy sent, add people with suggested
 * pseudonyms — then lock, and the page keeps none of it. Names are the fictional Hartwell case.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ReviewsPage } from './pages/reviews';
import { ShellPage } from './pages/shell';

const child = 'Maisie Hartwell';
const mother = 'Kerry Hartwell';

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
    await expect(notification).toContainText(/Rule: .*5 working days/i);
    await expect(notification).toContainText('Source:');
    await expect(notification).toContainText(/Overdue by \d+ working days/);
    await expect(notification.getByText('Overdue', { exact: true })).toBeVisible();
    await expect(reviews.milestones).toContainText('Monday 23 December 2019');
    await expectNoAxeViolations(page, 'the review overview');

    // The list shows the next deadline in words, not colour alone.
    await page.getByRole('button', { name: 'All reviews' }).click();
    const row = reviews.table.getByRole('row', { name: /Rapid review: Child M/ });
    await expect(row).toContainText('Child M');
    await expect(row).toContainText('Notified');
    await expect(row).toContainText(/due Thu 2 Jan 2020 — Overdue by \d+ working days/);
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
    await expectNoAxeViolations(page, 'the decision form');
    await reviews.logCopy('SVPP members', '2020-01-21');
    await expect(reviews.copies.getByRole('row', { name: /SVPP members/ })).toContainText('Tuesday 21 January 2020');
    await reviews.backToReview();
    await expect(reviews.main).toContainText('Outcome (c), agreed 2020-01-20');
    // Moving on: the lifecycle offers the next step, and going back asks why.
    await reviews.main.getByRole('button', { name: 'Move to Rapid review' }).click();
    await expect(reviews.main.getByRole('status').filter({ hasText: 'The status is now Rapid review.' })).toBeVisible();
    await expect(reviews.main.getByRole('heading', { name: 'Status' })).toBeFocused();
    await reviews.main.getByRole('button', { name: 'Back to Notified' }).click();
    await reviews.main.getByRole('button', { name: 'Go back a step' }).click();
    await expect(reviews.errorSummary.getByRole('link', { name: 'Enter why the review is going back a step.' })).toBeVisible();
    await reviews.main.getByLabel('Why is the review going back to Notified?').fill('Moved on by mistake.');
    await reviews.main.getByRole('button', { name: 'Go back a step' }).click();
    await expect(reviews.main.getByRole('status').filter({ hasText: 'The status is now Notified.' })).toBeVisible();
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
