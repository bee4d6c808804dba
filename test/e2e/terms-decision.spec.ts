/**
 * Issue #15 through the UI against the real core: the chair's approval given by email three days
 * ago is recorded with the email attached, by the app's user; template guidance is shown as
 * guidance and refused at approval; the signed version is text, not fields, and version 2 starts
 * only from its own button.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { TermsPage } from './pages/terms';

const longDay = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

test.describe('terms of reference: the recorded decision', () => {
  test.use({ openWorkspace: true });

  test('record the chair’s approval given by email three days ago (with an evidence file); the signed version is read-only; starting version 2 is explicit', async ({ page, host, dialogs, dataDir }) => {
    // Several axe runs, an upload and a save: past the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await host.call('terms:start', { reviewId: review.id, template: 'lcspr-rapid-review-led' });
    const terms = new TermsPage(page);
    await terms.open();

    // The template's guidance is guidance: the field starts empty with it as its hint; the section's is marked.
    await expect(terms.field('Parallel processes')).toHaveValue('');
    await expect(terms.field('Parallel processes')).toHaveAccessibleDescription(/Guidance: Any criminal proceedings, inquest or other review running alongside will be recorded here/);
    await expect(terms.sectionsText.locator('p.tor-guidance')).toHaveText(/^Why the review is being held/);
    await terms.submit();
    await expect(terms.signOff).toContainText('Not ready to approve: Background still holds the template’s guidance, not terms for this review.');
    await terms.decide('Pat Example', 'Independent Chair, SVPP');
    await expect(terms.signOffErrors).toContainText('Nothing was recorded: Background still holds the template’s guidance');
    await terms.expectVersion('Version 1: Submitted for sign-off');
    await expectNoAxeViolations(page, 'Terms of reference: an approval refused for the template’s guidance');

    await terms.writeOverGuidance('Child M was seriously harmed at home in December 2019.');
    await terms.submit('Submit again');
    await expect(terms.signOff).not.toContainText('Not ready to approve');

    // A day in the future is refused beside its field, before anything is sent.
    const now = new Date();
    const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const threeDaysAgo = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 3);
    const dayFirst = (date: Date) => `${date.getDate()}/${date.getMonth() + 1}/${date.getFullYear()}`;
    await terms.decide('Pat Example', 'Independent Chair, SVPP', 'Approve and sign off', '', { on: dayFirst(tomorrow), how: 'By email' });
    await expect(terms.signOff.getByLabel('Date of the decision')).toHaveAccessibleDescription(new RegExp(`Error: The decision cannot have been made on ${longDay(tomorrow)}: that is in the future`));
    await expect(terms.signOff.getByLabel('Date of the decision')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'Terms of reference: the decision form with a date in the future');

    const email = path.join(dataDir, 'Chair approval.eml');
    writeFileSync(email, 'From: Pat Example <chair@example.org>\r\nSubject: Terms of reference, Child M\r\n\r\nI approve version 1 of the terms of reference.\r\n');
    await terms.decide('Pat Example', 'Independent Chair, SVPP', 'Approve and sign off', '', { on: dayFirst(threeDaysAgo), how: 'By email', evidence: email });
    await terms.expectVersion('Version 1: Signed off');
    const decision = terms.signOff.getByRole('listitem');
    await expect(decision).toContainText(`Approved by Pat Example, Independent Chair, SVPP, on ${longDay(threeDaysAgo)} (by email); recorded by Robin Ashdown on ${longDay(now)}`);
    await expect(decision).toContainText('Evidence: Chair approval.eml');

    // The evidence saves again, byte for byte, where the user chooses.
    const copy = path.join(dataDir, 'approval-copy.eml');
    dialogs.nextSavePath(copy);
    await decision.getByRole('button', { name: 'Save a copy of Chair approval.eml' }).click();
    await expect(terms.signOff.getByRole('status').filter({ hasText: 'Saved Chair approval.eml.' })).toBeVisible();
    expect(readFileSync(copy).equals(readFileSync(email))).toBe(true);

    // The signed version is text, not fields: nothing to type into, so no keystroke starts version 2.
    const signed = terms.main.getByRole('region', { name: 'The terms as signed' });
    await expect(signed).toContainText('Child M was seriously harmed at home in December 2019.');
    await expect(signed).toContainText('Version 1 is signed off. It is shown as it was signed and cannot be edited.');
    await expect(terms.field('Scope')).toHaveCount(0);
    await expect(terms.sectionsText).toHaveCount(0);
    await signed.click();
    await page.keyboard.type('an accidental keystroke');
    await expect(terms.main.getByText('Version 1 stays exactly as it was signed. Starting version 2 makes a draft copied from it, which must be submitted and signed off again.')).toBeVisible();
    // Its contents rail lists the text's headings as the PDF has them; a jump lands on the heading.
    const rail = terms.main.getByRole('navigation', { name: 'Contents of the terms of reference' });
    await rail.getByRole('link', { name: 'Background' }).focus();
    await page.keyboard.press('Enter');
    await expect(signed.getByRole('heading', { name: 'Background' })).toBeFocused();
    await expect(rail.getByRole('link', { name: 'Background' })).toHaveAttribute('aria-current', 'location');
    await expectNoAxeViolations(page, 'Terms of reference: a signed version, read-only');
    expect((await host.call('terms:get', { reviewId: review.id })).history.map((version) => [version.number, version.status])).toEqual([[1, 'signed-off']]);

    await terms.startVersion(2);
    await expect(terms.sectionsText).toContainText('Child M was seriously harmed at home in December 2019.');
    await expect(terms.versions.getByRole('row', { name: /^Version 1 Signed off/ })).toContainText(`Pat Example, ${longDay(threeDaysAgo)}`);
    const stored = await host.call('terms:get', { reviewId: review.id });
    expect(stored.history.map((version) => [version.number, version.status])).toEqual([
      [2, 'draft'],
      [1, 'signed-off'],
    ]);
  });
});
