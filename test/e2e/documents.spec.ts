/**
 * Issue #6's editor through the UI, against the real core: a new document typed into, autosaved
 * and still there after a reload of the page and after locking and unlocking; headings, lists,
 * bold and tables from the toolbar and the keyboard, stored as the model says; a reference to a
 * person and to a chronology entry; and a paste from Word that keeps its structure only.
 */
import type { DocNode } from '../../shared/documents/model';
import { expectNoAxeViolations } from './axe';
import { hartwellReview } from './chronology-setup';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents';
import { ShellPage } from './pages/shell';
import { UnlockPage } from './pages/unlock';

/** Every node type in the stored document, depth first. */
function typesIn(node: DocNode): string[] {
  return [node.type, ...(node.content ?? []).flatMap(typesIn)];
}

test.describe('documents', () => {
  test.use({ openWorkspace: true });

  test('text typed into a new document is saved, and is there after a reload and after locking', async ({ page, host, workspace }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const documents = new DocumentsPage(page);
    await documents.open();
    await expect(documents.main).toContainText('There are no documents in this review yet.');
    await documents.create('Overview report: Child M');
    await expect(documents.saveStatus).toHaveText('All changes saved');

    await documents.text.click();
    await page.keyboard.type('The review began in January 2020.');
    await documents.expectSaved();
    await expect(documents.main.getByText('6 words', { exact: true })).toBeVisible();

    const [summary] = await host.call('document:list', { reviewId: review.id });
    expect(summary).toMatchObject({ title: 'Overview report: Child M', kind: 'report', wordCount: 6, marking: 'OFFICIAL-SENSITIVE' });

    await page.reload();
    await documents.open();
    // The open document is not remembered across a reload of the page: the list is shown.
    await expect(documents.row('Overview report: Child M')).toContainText('6 words');
    await documents.openDocument('Overview report: Child M');
    await expect(documents.text).toHaveText('The review began in January 2020.');

    // Typing, then locking straight after the autosave: nothing is lost.
    await documents.caretToEnd();
    await page.keyboard.type(' Agencies were asked for chronologies.');
    await documents.expectSaved();
    const shell = new ShellPage(page);
    await shell.lock();
    await new UnlockPage(page).unlockWithPassphrase(workspace?.passphrase ?? '');
    await documents.open();
    await documents.openDocument('Overview report: Child M');
    await expect(documents.text).toHaveText('The review began in January 2020. Agencies were asked for chronologies.');
  });

  test('headings, lists, bold and tables from the toolbar and the keyboard are stored as the document model says', async ({ page, host }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const documents = new DocumentsPage(page);
    await documents.open();
    await documents.create('Terms of reference notes', 'General');

    // The toolbar is one tab stop; arrows move along it.
    await documents.text.click();
    await page.keyboard.press('Shift+Tab');
    await expect(documents.tool('Undo')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(documents.tool('Heading 1')).toBeFocused();
    await expect(documents.tool('Heading 1')).toHaveAttribute('tabindex', '0');
    await expect(documents.tool('Undo')).toHaveAttribute('tabindex', '-1');
    expect(await new ShellPage(page).focusIndicator(), 'the focused toolbar button shows a focus indicator').not.toBeNull();
    // Tab leaves the toolbar for the text; Shift+Tab comes back to the button last used.
    await page.keyboard.press('Tab');
    await expect(documents.text).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(documents.tool('Heading 1')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(documents.tool('Heading 2')).toHaveAttribute('aria-pressed', 'true');
    await expect(documents.text).toBeFocused();
    await page.keyboard.type('Scope');
    await page.keyboard.press('Enter');
    await expect(documents.tool('Heading 2')).toHaveAttribute('aria-pressed', 'false');

    // A bulleted list from the toolbar, bold with Ctrl+B, a numbered list with "1. ".
    await documents.tool('Bulleted list').click();
    await expect(documents.tool('Bulleted list')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.type('Police ');
    await page.keyboard.press('Control+B');
    await expect(documents.tool('Bold')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.type('and');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' health');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Education');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. First question');
    await documents.tool('Footnote').click();
    await expect(documents.main.getByLabel('Footnote text')).toBeFocused();
    await page.keyboard.type('Asked by the chair');
    await documents.main.getByRole('button', { name: 'Add footnote' }).click();
    await expect(documents.text.locator('[data-footnote]')).toHaveText('Asked by the chair');
    await expect(documents.text).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    // The table's row and column buttons appear only while the caret is in a table.
    await expect(documents.tool('Add row')).toHaveCount(0);
    await documents.tool('Table').click();
    await expect(documents.tool('Add row')).toBeVisible();
    await page.keyboard.type('Agency');
    await documents.tool('Add row').click();
    await expect(documents.text.locator('table tr')).toHaveCount(4);

    // A link on a chosen word: web and email addresses only.
    // A double click on the word itself (the paragraph is wider than its text).
    await documents.text.getByText('Education', { exact: true }).dblclick({ position: { x: 5, y: 5 } });
    await documents.tool('Link').click();
    const address = documents.main.getByLabel('Link address');
    await expect(address).toBeFocused();
    await address.fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await expect(documents.main.getByText('Enter a web address (starting https:// or http://) or an email address.')).toBeVisible();
    await address.fill('www.gov.uk');
    await page.keyboard.press('Enter');
    await expect(documents.text.locator('a[href="https://www.gov.uk"]')).toHaveText('Education');
    await documents.expectSaved();

    const [summary] = await host.call('document:list', { reviewId: review.id });
    const stored = (await host.call('document:load', { id: summary?.id ?? '' })).content;
    const [heading, bullets, numbers, table] = stored.content ?? [];
    expect(heading).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Scope' }] });
    expect(bullets?.type).toBe('bulletList');
    expect(bullets?.content?.map((item) => item.content?.[0]?.content?.map((run) => [run.text, run.marks?.map((mark) => mark.type) ?? []]))).toEqual([
      [
        ['Police ', []],
        ['and', ['bold']],
        [' health', []],
      ],
      [['Education', ['link']]],
    ]);
    expect(numbers?.type).toBe('orderedList');
    expect(numbers?.content?.[0]?.content?.[0]?.content).toEqual([
      { type: 'text', text: 'First question' },
      { type: 'footnote', content: [{ type: 'text', text: 'Asked by the chair' }] },
    ]);
    expect(table?.type).toBe('table');
    expect(table?.content).toHaveLength(4);
    expect(table?.content?.[0]?.content?.map((cell) => cell.type)).toEqual(['tableHeader', 'tableHeader', 'tableHeader']);
    expect(JSON.stringify(table?.content?.[0])).toContain('Agency');
    expect(typesIn(stored)).not.toContain('codeBlock');
  });

  test('a reference to a person and to a chronology entry is inserted from the dialog and stored with its id', async ({ page, host, dialogs }) => {
    const reviewId = await hartwellReview(host, dialogs);
    const maisie = (await host.call('people:list', { reviewId })).find((person) => person.name === 'Maisie Hartwell');
    const documents = new DocumentsPage(page);
    await documents.open();
    await documents.create('Practitioner event notes', 'General');
    await documents.text.click();
    await page.keyboard.type('Health visitor saw ');

    await documents.tool('Reference…').click();
    const dialog = documents.referenceDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Kerry Hartwell — Mother' })).toBeVisible();
    await expectNoAxeViolations(page, 'the reference dialog');
    // Escape closes it without inserting anything, back at the button that opened it.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(documents.text.locator('[data-reference]')).toHaveCount(0);
    await documents.caretToEnd();
    await documents.tool('Reference…').click();
    await dialog.getByRole('button', { name: 'Maisie Hartwell — Child M' }).click();
    await expect(dialog).toBeHidden();
    await expect(documents.text.locator('[data-reference]')).toHaveText('Maisie Hartwell');
    await expect(documents.text).toBeFocused();
    await page.keyboard.type('at home.');

    await documents.tool('Reference…').click();
    await dialog.getByLabel('Find entries').fill('strategy discussion');
    await expect(dialog.getByRole('status').filter({ hasText: /matching entr/ })).toBeVisible();
    await dialog.getByRole('button', { name: /Police: Strategy discussion/ }).click();
    await expect(documents.text.locator('[data-reference]')).toHaveCount(2);
    await expect(documents.text.locator('[data-reference]').nth(1)).toHaveText('11/03/2019 14:00, Police');
    await documents.expectSaved();

    const [summary] = await host.call('document:list', { reviewId });
    const paragraph = (await host.call('document:load', { id: summary?.id ?? '' })).content.content?.[0];
    const references = paragraph?.content?.filter((node) => node.type === 'reference');
    expect(references?.[0]).toEqual({ type: 'reference', attrs: { kind: 'person', id: maisie?.id, label: 'Maisie Hartwell' } });
    // The chip carries the entry's whole citation, not a cut-off excerpt of what happened.
    expect(references?.[1]?.attrs).toMatchObject({ kind: 'entry', label: '11/03/2019 14:00, Police' });
  });
});
