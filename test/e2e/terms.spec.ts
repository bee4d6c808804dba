/**
 * Issue #7's done-when, through the UI against the real core: terms of reference filled from a
 * template, submitted, signed off by the chair, exported to PDF and verified; an edit after
 * sign-off is refused until version 2 is started explicitly, as a draft that shows what changed; the old PDF still verifies, a
 * draft's PDF does not, and version 2 verifies once it is signed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { TermsPage } from './pages/terms';

const chair = { by: 'Pat Example', role: 'Independent Chair, SVPP' };
const lcsprTemplate = /^Local child safeguarding practice review/;

test.describe('terms of reference', () => {
  test.use({ openWorkspace: true });

  test('filled from a template, signed off, exported and verified; version 2 is started explicitly, and verifies only once signed', async ({ page, host, dialogs, dataDir }) => {
    // Four exports, four verifications and two sign-offs: past the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const terms = new TermsPage(page);
    await terms.open();

    // No terms yet: the templates, with what each is for and where it comes from.
    await expect(terms.main.getByRole('heading', { level: 2, name: 'Start from a template' })).toBeVisible();
    await expect(terms.main.getByRole('radio', { name: lcsprTemplate })).toHaveAccessibleDescription(/rapid review.*Comes with the app\./);
    await terms.startFrom(lcsprTemplate);
    await terms.expectVersion('Version 1: Draft');
    // The template's fields and the review's subject are filled in.
    await expect(terms.field('Subject (pseudonym)')).toHaveValue('Child M');
    await expect(terms.field('Methodology')).toHaveValue('appreciative-inquiry');
    await expect(terms.list('Key lines of enquiry').getByRole('textbox')).toHaveCount(3);

    await terms.setText('Scope', 'The involvement of agencies with Child M and her family from birth until the incident.');
    await terms.setText('From', '2018-10-08');
    await terms.setText('To', '2019-12-23');
    await terms.addItems('Agencies', 'agency', ['Police', 'Health visiting', 'School']);
    await expect(terms.statusBeside(terms.list('Agencies'))).toHaveText(/^Saved at \d{2}:\d{2}$/);
    await terms.setText('Reviewer', 'Sam Reviewer');
    const milestones = terms.list('Milestones and timescales');
    await milestones.getByRole('button', { name: 'Add a milestone' }).click();
    await page.keyboard.type('Practitioner event');
    await milestones.getByLabel('Milestone 1 date').fill('2020-03-02');
    await terms.leave(milestones);
    await expect(terms.statusBeside(milestones)).toHaveText(/^Saved at \d{2}:\d{2}$/);

    await terms.typeAtEndOfSections(' The family will be offered a meeting before the panel.');
    await terms.expectSectionsSaved();
    await terms.writeOverGuidance('Child M was seriously harmed at home in December 2019.');

    // What the UI saved is what the core holds.
    const stored = await host.call('terms:get', { reviewId: review.id });
    expect(stored.current?.fields).toMatchObject({
      periodFrom: '2018-10-08',
      periodTo: '2019-12-23',
      agencies: ['Police', 'Health visiting', 'School'],
      reviewer: 'Sam Reviewer',
      milestones: [{ label: 'Practitioner event', due: '2020-03-02' }],
    });
    expect(JSON.stringify(stored.current?.sections)).toContain('offered a meeting before the panel');

    // A draft shows no fingerprint: it changes with every keystroke, and is fixed on submitting.
    await expect(terms.banner.locator('code')).toHaveCount(0);
    await terms.submit();
    await terms.expectVersion('Version 1: Submitted for sign-off');
    const fingerprint = await terms.fingerprint();
    expect(fingerprint).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
    await expect(terms.signOff).toContainText(`Deciding on version 1, fingerprint ${fingerprint}`);
    await terms.decide(chair.by, chair.role);
    await terms.expectVersion('Version 1: Signed off');
    await expect(terms.signOff.getByRole('listitem')).toContainText(`Approved by Pat Example, Independent Chair, SVPP, on`);
    await expect(terms.signOff.getByRole('listitem')).toContainText(`On fingerprint ${fingerprint}`);

    const version1Pdf = path.join(dataDir, 'terms-v1.pdf');
    dialogs.nextSavePath(version1Pdf);
    await terms.exportVersion(1);
    await expect(terms.exportNotice).toContainText(version1Pdf);
    expect(existsSync(version1Pdf)).toBe(true);

    await terms.verifyFile(version1Pdf);
    await expect(terms.verifyResult).toContainText('Verified: this PDF matches a signed version');
    await expect(terms.verifyResult).toContainText('Matches signed version 1 of LCSPR: Child M, signed by Pat Example (Independent Chair, SVPP)');

    // A signed version is text, not fields: the next version is started explicitly.
    await expect(terms.field('Scope')).toHaveCount(0);
    await terms.startVersion(2);
    await terms.setText('Scope', 'The work of agencies with Child M and her family from her birth until the incident in December 2019.');
    await terms.expectVersion('Version 2: Draft');
    await expect(terms.changes).toBeVisible();
    const scopeChange = terms.changes.getByRole('listitem').filter({ hasText: /^Changed/ });
    await expect(scopeChange.getByRole('insertion')).toHaveText(['added: work', 'added: her', 'added: in December 2019']);
    await expect(scopeChange.getByRole('deletion')).toHaveText('removed: involvement');
    await expect(terms.versions.getByRole('row', { name: /^Version 1 Signed off/ })).toContainText('Pat Example');
    await expect(terms.versions.getByRole('row', { name: /^Version 2 Draft/ })).toBeVisible();

    // The old PDF still verifies against version 1.
    await terms.verifyFile(version1Pdf);
    await expect(terms.verifyResult).toContainText('Matches signed version 1');

    // Version 2 exported as a draft does not match.
    const draftPdf = path.join(dataDir, 'terms-v2-draft.pdf');
    dialogs.nextSavePath(draftPdf);
    await terms.exportVersion(2);
    await expect(terms.exportNotice).toContainText('marked DRAFT and will not verify');
    await terms.verifyFile(draftPdf);
    await expect(terms.verifyResult).toContainText('Not verified: this PDF does not match a signed version');
    await expect(terms.verifyResult).toContainText('made before it was signed off');

    // Submitted and signed, version 2's new PDF matches version 2.
    await terms.submit();
    await terms.decide(chair.by, chair.role);
    await terms.expectVersion('Version 2: Signed off');
    await expect(terms.changes).toBeHidden();
    const version2Pdf = path.join(dataDir, 'terms-v2.pdf');
    dialogs.nextSavePath(version2Pdf);
    await terms.exportVersion(2);
    await terms.verifyFile(version2Pdf);
    await expect(terms.verifyResult).toContainText('Matches signed version 2 of LCSPR: Child M, signed by Pat Example');
    await terms.verifyFile(version1Pdf);
    await expect(terms.verifyResult).toContainText('Matches signed version 1');
  });

  test('a sign-off is refused when the text changed after it was submitted, and the core says why', async ({ page, host }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await host.call('terms:start', { reviewId: review.id, template: 'lcspr-rapid-review-led' });
    await host.call('terms:set-sections', { reviewId: review.id, sections: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Child M was seriously harmed in December 2019.' }] }] } });
    const terms = new TermsPage(page);
    await terms.open();
    await terms.submit();

    // Edited in this window after submitting: the banner warns, and the core refuses the sign-off.
    await expect(terms.main.getByText(/waiting for sign-off\. Changing anything here means it must be submitted again/).first()).toBeVisible();
    await terms.setText('Reviewer', 'Sam Reviewer');
    await terms.expectVersion('Version 1: Submitted for sign-off');
    await expect(terms.banner).toContainText('Changed since it was submitted: submit again before sign-off');
    await terms.decide(chair.by, chair.role);
    await expect(terms.signOffErrors).toContainText(/Version 1 changed after it was submitted \(submitted as [0-9a-f]{12}, now [0-9a-f]{12}\)\. Nothing was signed/);
    await terms.expectVersion('Version 1: Submitted for sign-off');

    // Submitted again; then changed elsewhere (the command line, another window) while the chair reads.
    await terms.submit('Submit again');
    await expect(terms.banner).not.toContainText('Changed since it was submitted');
    await expect(terms.signOffErrors).toBeHidden();
    await expect(terms.signOff.getByLabel('Name of the person who decided')).toHaveValue(chair.by);
    const shown = await terms.fingerprint();
    await host.call('terms:set', { reviewId: review.id, field: 'publication', value: 'Published after the inquest.' });
    await terms.decide(chair.by, chair.role);
    await expect(terms.signOffErrors).toContainText(`you were shown ${shown.replaceAll(' ', '')}`);
    expect((await host.call('terms:get', { reviewId: review.id })).current?.status).toBe('submitted');
  });

  test('returning the terms needs a comment, which the reviewer then sees', async ({ page, host }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await host.call('terms:start', { reviewId: review.id, template: 'lcspr-rapid-review-led' });
    const terms = new TermsPage(page);
    await terms.open();
    await terms.submit();
    await terms.decide(chair.by, chair.role, 'Return with comments');
    await expect(terms.signOffErrors).toContainText('Say why the terms of reference are returned, in a comment.');
    await terms.signOff.getByRole('link', { name: 'Say why the terms of reference are returned, in a comment.' }).click();
    await expect(terms.signOff.getByRole('textbox', { name: 'Comments' })).toBeFocused();
    await page.keyboard.type('Add the school nurse to the agencies.');
    await terms.signOff.getByRole('button', { name: 'Record the decision' }).click();
    await terms.expectVersion('Version 1: Returned with comments');
    await expect(terms.signOff.getByRole('listitem')).toContainText('Returned by Pat Example, Independent Chair, SVPP, on');
    await expect(terms.signOff.getByRole('listitem')).toContainText('Add the school nurse to the agencies.');
    await expect(terms.signOff.getByRole('button', { name: 'Submit for sign-off' })).toBeVisible();
  });
});
