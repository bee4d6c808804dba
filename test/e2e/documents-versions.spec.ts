/**
 * Issue #6's versions through the UI, against the real core: two versions taken with their
 * fingerprints, compared word by word (a changed word shown removed and added, not by colour
 * alone), a version against the current text, the document's settings, and axe on the list, the
 * editor with its versions panel and the comparison.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents';

test.describe('document versions', () => {
  test.use({ openWorkspace: true });

  test('two versions are taken and compared: the changed word is shown removed and added', async ({ page, host }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const created = await host.call('document:create', {
      reviewId: review.id,
      title: 'Overview report: Child M',
      kind: 'report',
      content: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Findings' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'The strategy meeting was held late.' }] }] },
    });
    await host.call('document:create', { reviewId: review.id, title: 'Briefing for the chair', kind: 'general' });
    const documents = new DocumentsPage(page);
    await documents.open();
    await expect(documents.row('Overview report: Child M')).toContainText('Report');
    await expect(documents.row('Overview report: Child M')).toContainText('7 words');
    await expect(documents.row('Briefing for the chair')).toContainText('General');
    await expectNoAxeViolations(page, 'the documents list');

    await documents.openDocument('Overview report: Child M');
    const panel = await documents.showPanel('Versions');
    await expect(panel).toContainText('No versions yet.');
    await panel.getByLabel('Label', { exact: true }).fill('First draft');
    await panel.getByRole('button', { name: 'Save a version' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Saved Version 1: First draft.' })).toBeVisible();
    // A version reads as its label, date and length: no hash to squint at.
    await expect(panel.getByRole('list', { name: 'Saved versions' })).not.toContainText(/Fingerprint|[0-9a-f]{12}/);
    await expectNoAxeViolations(page, 'the editor with the versions panel open');

    // "late." becomes "promptly.": typed at the end of the paragraph.
    await documents.caretToEnd();
    for (let i = 0; i < 'late.'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('promptly.');
    await documents.expectSaved();
    await panel.getByLabel('Label', { exact: true }).fill('Second draft');
    await panel.getByRole('button', { name: 'Save a version' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Saved Version 2: Second draft.' })).toBeVisible();
    const versions = await host.call('document:versions', { id: created.id });
    expect(versions.map((version) => version.label)).toEqual(['First draft', 'Second draft']);
    expect(versions[0]?.sha256).not.toBe(versions[1]?.sha256);

    await panel.getByLabel('From', { exact: true }).selectOption({ label: 'Version 1: First draft' });
    await panel.getByLabel('To', { exact: true }).selectOption({ label: 'Version 2: Second draft' });
    await panel.getByRole('button', { name: 'Compare', exact: true }).click();
    const comparison = documents.comparison;
    await expect(comparison.getByRole('heading', { name: 'Comparison' })).toBeFocused();
    await expect(comparison).toContainText('From Version 1: First draft to Version 2: Second draft');
    await expect(comparison).toContainText('1 changed, 0 added, 0 removed');
    const changed = comparison.getByRole('listitem').filter({ hasText: 'Changed' });
    await expect(changed).toHaveCount(1);
    await expect(changed.locator('del')).toHaveText('removed: late');
    await expect(changed.locator('ins')).toHaveText('added: promptly');
    // Not colour alone: struck through and underlined, and named for screen readers.
    await expect(changed.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
    await expect(changed.locator('ins')).toHaveCSS('text-decoration-line', 'underline');
    await expect(changed.locator('del .visually-hidden')).toHaveText('removed:');
    await expectNoAxeViolations(page, 'the comparison of two versions');

    // Unchanged text is left out until asked for.
    await expect(comparison).not.toContainText('Findings');
    await comparison.getByLabel('Show unchanged text too').check();
    await expect(comparison.getByRole('listitem').filter({ hasText: 'Unchanged' })).toContainText('# Findings');

    // A version against the text as it is now: a paragraph added since.
    await documents.caretToEnd();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Agencies agreed the actions.');
    await panel.getByLabel('From', { exact: true }).selectOption({ label: 'Version 2: Second draft' });
    await panel.getByLabel('To', { exact: true }).selectOption({ label: 'Current text' });
    await panel.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(comparison).toContainText('From Version 2: Second draft to Current text');
    await expect(comparison).toContainText('0 changed, 1 added, 0 removed');
    await expect(comparison.getByRole('listitem').filter({ hasText: 'Added' }).locator('ins')).toHaveText('added: Agencies agreed the actions.');
    await comparison.getByRole('button', { name: 'Close comparison' }).click();
    await expect(comparison).toBeHidden();

    // Back to the first draft: the text as it is now is kept as a version first.
    await documents.expectSaved();
    await panel.getByRole('button', { name: 'Restore this version (Version 1: First draft)' }).click();
    await panel.getByRole('button', { name: 'Restore version 1' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Version 1 is the current text again. The text it replaced is kept as a version.' })).toBeVisible();
    await expect(documents.main).not.toContainText('Agencies agreed the actions.');
    const restored = await host.call('document:load', { id: created.id });
    expect(JSON.stringify(restored.content)).toContain('late.');
    expect((await host.call('document:versions', { id: created.id })).map((version) => version.label)).toEqual(['First draft', 'Second draft', 'Before restoring version 1']);
    await expectNoAxeViolations(page, 'the versions panel after a restore');

    await documents.backToList();
    await expect(documents.row('Overview report: Child M')).toContainText('3');
  });

  test('the title and protective marking are changed in the settings, checked as the core checks them', async ({ page, host }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const created = await host.call('document:create', { reviewId: review.id, title: 'Draft report', kind: 'report' });
    const documents = new DocumentsPage(page);
    await documents.open();
    await documents.openDocument('Draft report');
    await expect(documents.main).toContainText('Marking: OFFICIAL-SENSITIVE');
    const panel = await documents.showPanel('Document settings');
    await expect(panel.getByLabel('Protective marking')).toHaveValue('OFFICIAL-SENSITIVE');

    // The classifications to choose from, or the partnership's own wording typed.
    await panel.getByLabel('Protective marking').selectOption({ label: 'Other wording…' });
    await panel.getByLabel('The marking, as your partnership writes it').fill('OFFICIAL <b>');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await expect(panel.getByRole('group', { name: 'There is a problem' })).toContainText('A protective marking can use letters, numbers, spaces and - : / ( ) only.');
    await expectNoAxeViolations(page, 'the document settings with an error');

    await panel.getByLabel('Title', { exact: true }).fill('Overview report: Child M');
    await panel.getByLabel('The marking, as your partnership writes it').fill('OFFICIAL-SENSITIVE PERSONAL');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
    await expect(documents.documentHeading('Overview report: Child M')).toBeVisible();
    await expect(documents.main).toContainText('Marking: OFFICIAL-SENSITIVE PERSONAL');
    expect(await host.call('document:load', { id: created.id })).toMatchObject({ title: 'Overview report: Child M', marking: 'OFFICIAL-SENSITIVE PERSONAL' });
  });
});
