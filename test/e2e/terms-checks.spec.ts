/**
 * The Terms of reference area around the main path: the core's validation messages beside their
 * fields, list fields by keyboard, templates saved from one review and offered to the next,
 * verifying files that are not ours (or not PDFs) through the drop zone and the file input,
 * a cancelled export, and axe on each state of the screen.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { TermsPage } from './pages/terms';

test.describe('terms of reference: checks', () => {
  test.use({ openWorkspace: true });

  test('the core’s messages show beside their fields, and lists are edited by keyboard', async ({ page, host }) => {
    // Many keyboard steps: slow on a busy machine, not wrong.
    test.setTimeout(90_000);
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await host.call('terms:start', { reviewId: review.id, template: 'lcspr-rapid-review-led' });
    const terms = new TermsPage(page);
    await terms.open();

    await terms.setText('From', '2019-06-01');
    await terms.field('To').fill('2019-01-31');
    await terms.leave(terms.field('To'));
    const to = terms.field('To');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(to).toHaveAccessibleDescription(/The period under review must end on or after the day it starts\./);
    expect((await host.call('terms:get', { reviewId: review.id })).current?.fields.periodTo).toBeNull();
    await terms.setText('To', '2019-12-23');
    await expect(to).not.toHaveAttribute('aria-invalid', 'true');

    // The panel by keyboard: a member added by hand (name, role, agency), left (saved); one removed (saved at once, focus on "Add").
    const panel = terms.list('Panel');
    const addMember = panel.getByRole('button', { name: 'Add a panel member by hand' });
    await expect(panel).toContainText('None yet.');
    // The new row takes focus on the next render: wait for it, or the first key can land elsewhere.
    for (const [index, member] of [['Alex Example', 'Designated Nurse', 'ICB'], ['Jo Example', 'Detective Inspector', 'Police']].entries()) {
      await addMember.focus();
      await page.keyboard.press('Enter');
      const row = panel.getByRole('group', { name: `Panel member ${index + 1}` });
      await expect(row.getByRole('textbox', { name: 'Name' })).toBeFocused();
      await page.keyboard.type(member[0]!);
      await page.keyboard.press('Tab');
      await page.keyboard.type(member[1]!);
      await page.keyboard.press('Tab');
      await page.keyboard.type(member[2]!);
    }
    await terms.leave(panel);
    await expect(terms.statusBeside(panel)).toHaveText(/^Saved at \d{2}:\d{2}$/);
    await panel.getByRole('button', { name: 'Remove panel member 1' }).focus();
    await page.keyboard.press('Enter');
    await expect(addMember).toBeFocused();
    await expect(panel.getByRole('group', { name: 'Panel member 1' }).getByRole('textbox', { name: 'Name' })).toHaveValue('Jo Example');
    await expect.poll(async () => (await host.call('terms:get', { reviewId: review.id })).current?.fields.panel).toEqual([{ name: 'Jo Example', role: 'Detective Inspector', agency: 'Police' }]);

    // A member added and left empty is not saved, and is not an error; one with a role but no name is refused beside the list.
    await addMember.click();
    await terms.leave(panel);
    await expect(panel).not.toContainText('Error');
    await panel.getByRole('group', { name: 'Panel member 2' }).getByRole('textbox', { name: 'Role' }).fill('Head of Service');
    await terms.leave(panel);
    await expect(panel).toHaveAccessibleDescription(/Error: Give panel member 2 a name, or remove them\./);
    await panel.getByRole('button', { name: 'Remove panel member 2' }).click();

    // A milestone with a date but no name is not saved, and the row is named.
    const milestones = terms.list('Milestones and timescales');
    await milestones.getByRole('button', { name: 'Add a milestone' }).click();
    await milestones.getByLabel('Milestone 1 date').fill('2020-03-02');
    await terms.leave(milestones);
    await expect(milestones).toHaveAccessibleDescription(/Error: Give milestone 1 a name, or remove it\.$/);
    await expect(milestones.getByLabel('Milestone 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect((await host.call('terms:get', { reviewId: review.id })).current?.fields.milestones).toEqual([]);
    await milestones.getByLabel('Milestone 1', { exact: true }).fill('Practitioner event');
    await terms.leave(milestones);
    await expect(terms.statusBeside(milestones)).toHaveText(/^Saved at \d{2}:\d{2}$/);
    await expect(milestones).not.toHaveAccessibleDescription(/Error/);

    // Too long for the core: its message, with the field's name, beside the field.
    await terms.field('Reviewer').fill('R'.repeat(301));
    await terms.leave(terms.field('Reviewer'));
    await expect(terms.field('Reviewer')).toHaveAccessibleDescription(/^Error: Reviewer: /);

    // "Other" methodology asks for its name.
    await terms.field('Methodology').selectOption('other');
    await expect(terms.statusBeside(terms.field('Methodology'))).toHaveText(/^Saved at \d{2}:\d{2}$/);
    await terms.setText('Name the methodology', 'Systems review with practitioner workshops');
    await expect(terms.field('Methodology')).toHaveValue('other');
  });

  test('a template saved from one review starts the next one', async ({ page, host }) => {
    const first = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await host.call('terms:start', { reviewId: first.id, template: 'sar' });
    await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child K', subject: 'Child K' });
    const terms = new TermsPage(page);
    await terms.open();
    await terms.field('Review').selectOption({ label: 'LCSPR: Child M' });
    await terms.expectVersion('Version 1: Draft');
    await terms.setText('Publication', 'Published on the partnership website after the family has been told.');

    // Typing, then choosing another review at once: the text is saved to the review it was typed in.
    await terms.typeAtEndOfSections(' Agreed with the Safeguarding Adults Board.');
    await terms.field('Review').selectOption({ label: 'LCSPR: Child K' });
    await expect(terms.main.getByRole('heading', { level: 2, name: 'Start from a template' })).toBeVisible();
    await expect.poll(async () => JSON.stringify((await host.call('terms:get', { reviewId: first.id })).current?.sections)).toContain('Agreed with the Safeguarding Adults Board.');
    await terms.field('Review').selectOption({ label: 'LCSPR: Child M' });
    await expect(terms.sectionsText).toContainText('Agreed with the Safeguarding Adults Board.');

    const form = terms.main.getByRole('region', { name: 'Save as a template' });
    await form.getByRole('button', { name: 'Save as template' }).click();
    await expect(form.getByRole('alert')).toContainText('Give the template a name.');
    await form.getByLabel('Template name').fill('Partnership LCSPR');
    await form.getByRole('button', { name: 'Save as template' }).click();
    await expect(form.getByRole('status')).toContainText('Saved the template “Partnership LCSPR”.');

    await terms.field('Review').selectOption({ label: 'LCSPR: Child K' });
    await expect(terms.main.getByRole('radio', { name: 'Partnership LCSPR' })).toHaveAccessibleDescription(/Saved in this workspace\./);
    await terms.main.getByRole('button', { name: 'Start the terms of reference' }).click();
    await expect(terms.main.getByRole('alert')).toContainText('Choose a template to start from.');
    await terms.startFrom('Partnership LCSPR');
    await expect(terms.field('Publication')).toHaveValue('Published on the partnership website after the family has been told.');
    await expect(terms.field('Subject (pseudonym)')).toHaveValue('Child K');
  });

  test('verifying a file that is not a PDF, or a PDF that is not ours, says so; a cancelled export does nothing', async ({ page, host, dialogs, dataDir }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await host.call('terms:start', { reviewId: review.id, template: 'lcspr-rapid-review-led' });
    const terms = new TermsPage(page);
    await terms.open();

    const notPdf = path.join(dataDir, 'minutes.docx');
    await writeFile(notPdf, 'PK\u0003\u0004 not a PDF at all');
    await terms.verifyFile(notPdf);
    await expect(terms.verifyResult).toContainText('Could not check minutes.docx');
    await expect(terms.verifyResult).toContainText('That file is not a PDF. Choose the PDF of the terms of reference you were sent.');

    // Through the drop zone: a PDF from elsewhere, with no verification code.
    const otherPdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'from-elsewhere.pdf', { type: 'application/pdf' }));
      return data;
    }, otherPdf);
    const zone = terms.verify.locator('.tor-drop');
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(terms.verifyResult).toContainText('Not verified: this PDF does not match a signed version');
    await expect(terms.verifyResult).toContainText('carries no verification code');
    await expect(terms.verifyResult).toContainText('File: from-elsewhere.pdf');

    dialogs.nextSavePath(null);
    await terms.versions.getByRole('button', { name: 'Export PDF of version 1' }).click();
    await expect(terms.versions.getByRole('button', { name: 'Export PDF of version 1' })).toBeEnabled();
    await expect(terms.exportNotice).toBeEmpty();
  });

  test('the terms screens have no accessibility violations', async ({ page, host, dialogs, dataDir }) => {
    // Six axe runs, the guidance written over, a sign-off and an export: past 60 s on a busy two-core machine.
    test.setTimeout(120_000);
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const terms = new TermsPage(page);
    await terms.open();
    await expect(terms.main.getByRole('radio').first()).toBeVisible();
    await expectNoAxeViolations(page, 'Terms of reference: start from a template');
    await terms.main.getByRole('button', { name: 'Start the terms of reference' }).click();
    await expectNoAxeViolations(page, 'Terms of reference: no template chosen');

    await terms.startFrom(/^Local child safeguarding practice review/);
    await terms.addItems('Agencies', 'agency', ['Police']);
    await expectNoAxeViolations(page, 'Terms of reference: the form');
    await terms.writeOverGuidance('Child M was seriously harmed in December 2019.');

    await terms.submit();
    await terms.signOff.getByRole('button', { name: 'Record the decision' }).click();
    await expect(terms.signOffErrors).toBeVisible();
    await expectNoAxeViolations(page, 'Terms of reference: the sign-off form with errors');
    await terms.decide('Pat Example', 'Independent Chair, SVPP');
    await terms.expectVersion('Version 1: Signed off');

    const pdf = path.join(dataDir, 'terms.pdf');
    dialogs.nextSavePath(pdf);
    await terms.exportVersion(1);
    await terms.verifyFile(pdf);
    await expect(terms.verifyResult).toContainText('Verified');
    await expectNoAxeViolations(page, 'Terms of reference: signed, with a verified PDF');

    await terms.startVersion(2);
    await terms.setText('Reviewer', 'Sam Reviewer');
    await expect(terms.changes).toBeVisible();
    await terms.verifyFile(path.join(dataDir, 'terms.pdf'));
    await expectNoAxeViolations(page, 'Terms of reference: version 2 with what changed');
    expect((await host.call('terms:get', { reviewId: review.id })).history).toHaveLength(2);
  });
});
