/**
 * Issue #6's editor at its edges, against the real core: a PDF exported through the scripted save
 * dialog (and a cancelled one that does nothing), a paste from Word that keeps structure and not
 * styling, a save refused because another window saved first, and a failed save tried again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocNode } from '../../shared/documents/model';
import { wordClipboard } from '../unit/renderer/documents/word-sample';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import type { TestHost } from './host';
import { DocumentsPage } from './pages/documents';

/** A report starting with a reference to Maisie Hartwell (fictional) and some words. */
async function reportWithText(host: TestHost, text: string) {
  const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  const person = await host.call('people:add', { reviewId: review.id, name: 'Maisie Hartwell', role: 'child', pseudonym: 'Child M' });
  const content = {
    type: 'doc' as const,
    content: [{ type: 'paragraph', content: [{ type: 'reference', attrs: { kind: 'person', id: person.id, label: 'Maisie Hartwell' } }, { type: 'text', text }] }],
  };
  return host.call('document:create', { reviewId: review.id, title: 'Overview report: Child M', kind: 'report', content });
}

function typesIn(node: DocNode): string[] {
  return [node.type, ...(node.content ?? []).flatMap(typesIn)];
}

test.describe('documents: export, paste and saving problems', () => {
  test.use({ openWorkspace: true });

  test('exports a PDF through the save dialog; a cancelled dialog does nothing', async ({ page, host, dialogs, dataDir }) => {
    await reportWithText(host, ' was seen at home by the health visitor.');
    const documents = new DocumentsPage(page);
    await documents.open();
    await documents.openDocument('Overview report: Child M');
    const panel = await documents.showPanel('Export to PDF');
    await expect(panel.getByLabel('Mark every page DRAFT')).toBeChecked();
    await expect(panel.getByLabel('Protective marking')).toHaveValue('OFFICIAL-SENSITIVE');
    await expect(panel.getByLabel('Named')).toBeChecked();
    await expectNoAxeViolations(page, 'the export form');

    await panel.getByLabel('Anonymised').check();
    const target = path.join(dataDir, 'overview-anonymised.pdf');
    dialogs.nextSavePath(target);
    await panel.getByRole('button', { name: 'Export PDF' }).click();
    await expect(panel.getByRole('status').filter({ hasText: /^Saved overview-anonymised\.pdf: the working copy as a PDF\. Location: / })).toContainText(target);
    const bytes = await readFile(target);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(dialogs.shown.at(-1)).toMatchObject({ kind: 'save', options: { title: 'Save the anonymised PDF' } });

    dialogs.nextSavePath(null);
    await panel.getByLabel('Named').check();
    await panel.getByRole('button', { name: 'Export PDF' }).click();
    await expect(panel.getByRole('status').filter({ hasText: /^Saved / })).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
    expect(dialogs.shown.at(-1)).toMatchObject({ kind: 'save', answer: null });
  });

  test('a paste from Word keeps headings, lists, bold, the table and web links, and none of the styling', async ({ page, host }) => {
    const created = await reportWithText(host, ' is the subject of this review.');
    const documents = new DocumentsPage(page);
    await documents.open();
    await documents.openDocument('Overview report: Child M');
    await documents.caretToEnd();
    await page.keyboard.press('Enter');
    // What Word puts on the clipboard, pasted as the browser would hand it to the editor.
    await documents.text.evaluate((element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Background to the review');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, wordClipboard);
    await expect(documents.text.getByRole('heading', { name: 'Background to the review' })).toBeVisible();
    await expect(documents.text.locator('ul > li')).toHaveCount(3);
    await expect(documents.text.locator('ol > li')).toHaveCount(2);
    await expect(documents.text.locator('[style*="color"], [style*="font"], [class^="Mso"], span:not([data-reference])')).toHaveCount(0);
    await documents.expectSaved();

    const stored = (await host.call('document:load', { id: created.id })).content;
    const types = typesIn(stored);
    for (const type of ['heading', 'bulletList', 'orderedList', 'table', 'tableCell', 'reference']) expect(types).toContain(type);
    const json = JSON.stringify(stored);
    expect(json).toContain('"href":"https://www.gov.uk/government/publications/working-together-to-safeguard-children--2"');
    expect(json).not.toMatch(/file:|mso-|Calibri|MsoNormal|"style"/);
  });

  test('a save refused because another window saved first says so and offers to reload', async ({ page, host }) => {
    const created = await reportWithText(host, ' was seen.');
    const documents = new DocumentsPage(page);
    await documents.open();
    await documents.openDocument('Overview report: Child M');
    // Another window saves a newer text while this one is open.
    const newer = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Saved from the other window.' }] }] };
    await host.call('document:save', { id: created.id, content: newer, revision: created.revision });

    await documents.caretToEnd();
    await page.keyboard.type(' Typed here.');
    await expect(documents.saveStatus).toContainText('Not saved: This document was saved from another window since you opened it');
    await expectNoAxeViolations(page, 'the editor after a refused save');
    await documents.main.getByRole('button', { name: 'Reload the document' }).click();
    await expect(documents.text).toHaveText('Saved from the other window.');
    await expect(documents.saveStatus).toHaveText('All changes saved');
    expect((await host.call('document:load', { id: created.id })).content).toEqual(newer);
  });

  test('a save that fails is shown, kept waiting and saved by "Try saving again"', async ({ page, host, pageProblems }) => {
    const created = await reportWithText(host, ' was seen.');
    const documents = new DocumentsPage(page);
    await documents.open();
    await documents.openDocument('Overview report: Child M');
    await page.route('**/__host/ipc', async (route) => {
      if ((route.request().postDataJSON() as { channel?: string }).channel !== 'document:save') return route.continue();
      await route.fulfill({ json: { ok: false, error: { code: 'unavailable', message: 'The workspace could not be written to: the disk may be full.' } } });
    });
    await documents.caretToEnd();
    await page.keyboard.type(' At home.');
    await expect(documents.saveStatus).toHaveText('Not saved: The workspace could not be written to: the disk may be full.');

    // Leaving would lose the text: the editor says so and stays.
    await documents.backLink.click();
    await expect(documents.main.getByRole('alert')).toContainText('The latest changes are not saved');
    await page.unroute('**/__host/ipc');
    await documents.main.getByRole('button', { name: 'Try saving again' }).first().click();
    await documents.expectSaved();
    expect(JSON.stringify((await host.call('document:load', { id: created.id })).content)).toContain('was seen. At home.');
    await documents.backToList();
    pageProblems.take();
  });
});
