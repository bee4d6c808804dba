/**
 * Drafting the terms on a long page (issue #15): the contents rail (jump by keyboard, the entry
 * in view marked, folded into a button at 200% zoom), each field's save said beside it, the
 * review's own agencies and people offered in the agencies and panel fields, and a milestone's
 * day typed day first.
 */
import { expectNoAxeViolations } from './axe';
import { hartwellReview } from './chronology-setup';
import { expect, test } from './fixtures';
import { TermsPage } from './pages/terms';

const railName = 'Contents of the terms of reference';

test.describe('terms of reference: drafting', () => {
  test.use({ openWorkspace: true, viewport: { width: 1280, height: 720 } });

  test('the rail jumps by keyboard; agencies from the chronology, a panel member from the register, a milestone day first, each save said beside its field', async ({ page, host, dialogs }, testInfo) => {
    test.setTimeout(150_000);
    const reviewId = await hartwellReview(host, dialogs);
    await host.call('people:add', { reviewId, name: 'Priya Example', role: 'practitioner', practitionerRole: 'Health Visitor', agency: 'Health visiting team', pseudonym: 'Health Visitor' });
    await host.call('terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    const terms = new TermsPage(page);
    await terms.open();
    const rail = terms.main.getByRole('navigation', { name: railName });
    await expect(rail).toBeVisible();
    await expect(rail.getByRole('link', { name: 'Subject' })).toHaveAttribute('aria-current', 'location');

    // Jump to the panel by keyboard: focus lands in it, and the rail marks it.
    await rail.getByRole('link', { name: 'Panel', exact: true }).focus();
    await page.keyboard.press('Enter');
    const panel = terms.list('Panel');
    await expect(panel.getByLabel('Someone from this review’s people register')).toBeFocused();
    await expect(rail.getByRole('link', { name: 'Panel', exact: true })).toHaveAttribute('aria-current', 'location');
    await expect(rail.getByRole('link', { name: 'Subject' })).not.toHaveAttribute('aria-current', 'location');

    // A section of the template's (a heading in the sections): the caret goes to it.
    await rail.getByRole('link', { name: 'Purpose' }).focus();
    await page.keyboard.press('Enter');
    await expect(terms.sectionsText).toBeFocused();
    await expect(rail.getByRole('link', { name: 'Purpose' })).toHaveAttribute('aria-current', 'location');
    expect(await terms.sectionsText.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('h2')?.textContent)).toBe('Purpose');

    // Scrolling (not jumping) moves the mark to what is read.
    await page.evaluate(() => document.getElementById('tor-at-publication')?.scrollIntoView({ block: 'start' }));
    await expect(rail.getByRole('link', { name: 'Publication' })).toHaveAttribute('aria-current', 'location');

    // Panel: the register's professionals are offered (never the family), picked with their role and agency.
    const person = panel.getByLabel('Someone from this review’s people register');
    await expect(person.getByRole('option')).toHaveText(['Choose a person', 'Priya Example — Health Visitor, Health visiting team']);
    await person.selectOption({ label: 'Priya Example — Health Visitor, Health visiting team' });
    await panel.getByRole('button', { name: 'Add to the panel' }).click();
    await expect(panel.getByRole('group', { name: 'Panel member 1' }).getByRole('textbox', { name: 'Role' })).toHaveValue('Health Visitor');
    await expect(terms.statusBeside(panel)).toHaveText(/^Saved at \d{2}:\d{2}$/);
    await expect.poll(async () => (await host.call('terms:get', { reviewId })).current?.fields.panel).toEqual([{ name: 'Priya Example', role: 'Health Visitor', agency: 'Health visiting team' }]);

    // Agencies: the chronology's six and the register's, to tick; another typed in.
    const agencies = terms.list('Agencies');
    const known = agencies.getByRole('group', { name: 'Agencies in this review’s chronology and people register' });
    await expect(known.getByRole('checkbox')).toHaveCount(7);
    await expect(known.getByRole('checkbox', { name: 'Health visiting team' })).toBeVisible();
    const first = known.getByRole('checkbox').first();
    const firstName = (await known.locator('label').first().textContent()) ?? '';
    await first.check();
    await expect(terms.statusBeside(agencies)).toHaveText(/^Saved at \d{2}:\d{2}$/);
    await terms.addItems('Agencies', 'agency', ['Youth Justice Service']);
    await expect.poll(async () => (await host.call('terms:get', { reviewId })).current?.fields.agencies).toEqual([firstName, 'Youth Justice Service']);
    // The status is beside the list saved, not at the top of the page.
    await expect(terms.statusBeside(terms.field('Reviewer'))).toHaveText('');

    // A milestone's day typed day first, read back in words; a day that does not exist is refused beside its box.
    const milestones = terms.list('Milestones and timescales');
    await milestones.getByRole('button', { name: 'Add a milestone' }).click();
    await page.keyboard.type('Practitioner event');
    const due = milestones.getByLabel('Milestone 1 date');
    await due.fill('31/2/2020');
    await terms.leave(milestones);
    await expect(due).toHaveAccessibleDescription(/Error: Milestone 1’s date must be a real date: February 2020 has 29 days\./);
    await due.fill('2/3/2020');
    await expect(milestones.getByText('Reads as Monday 2 March 2020.')).toBeVisible();
    await terms.leave(milestones);
    await expect(terms.statusBeside(milestones)).toHaveText(/^Saved at \d{2}:\d{2}$/);
    expect((await host.call('terms:get', { reviewId })).current?.fields.milestones).toEqual([{ label: 'Practitioner event', due: '2020-03-02' }]);

    // A save the core refuses says so beside the field, with what to do.
    await terms.field('Reviewer').fill('R'.repeat(301));
    await terms.leave(terms.field('Reviewer'));
    await expect(terms.statusBeside(terms.field('Reviewer'))).toHaveText(/^Not saved\. What you wrote is still here/);
    await expect(terms.field('Reviewer')).toHaveAccessibleDescription(/Error: Reviewer: Keep this to 300 characters or fewer\.( |$)/);
    await expectNoAxeViolations(page, 'Terms of reference: drafting with the rail');
    // Kept with the results, to judge the layout: the rail stays in view beside the field being written.
    await page.screenshot({ path: testInfo.outputPath('terms-drafting-1280x720.png') });
  });

  test('at 200% zoom the rail folds into a Contents button that does not take the page’s width', async ({ page, host }, testInfo) => {
    test.setTimeout(90_000);
    // 1280×720 at 200% is 640×360 CSS pixels.
    await page.setViewportSize({ width: 640, height: 360 });
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await host.call('terms:start', { reviewId: review.id, template: 'lcspr-rapid-review-led' });
    const terms = new TermsPage(page);
    await terms.open();
    const rail = terms.main.getByRole('navigation', { name: railName });
    const toggle = rail.getByRole('button', { name: 'Contents' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(rail.getByRole('link', { name: 'Scope' })).toBeHidden();
    // The fields use the page's width: the rail is not beside them.
    const subject = terms.field('Subject (pseudonym)');
    expect((await subject.boundingBox())!.x).toBeLessThan((await toggle.boundingBox())!.x + 40);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await rail.getByRole('link', { name: 'Scope' }).focus();
    await page.keyboard.press('Enter');
    await expect(terms.field('Scope')).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expectNoAxeViolations(page, 'Terms of reference at 200% zoom');
    await page.screenshot({ path: testInfo.outputPath('terms-200-percent.png') });
  });
});
