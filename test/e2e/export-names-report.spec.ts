/**
 * The names check before an anonymised export of a document or of the terms of reference,
 * against the real core: the same dialog as the chronology's, people added from it, and a PDF
 * read back that names no one. Named exports skip the check. All names are fictional.
 */
import path from 'node:path';
import { pdfFileText as pdfText } from '../unit/pdf-reader';
import { expect, test } from './fixtures';
import type { TestHost } from './host';
import { DocumentsPage } from './pages/documents';
import { NamesCheckDialog } from './pages/names-check';
import { TermsPage } from './pages/terms';

const familyNames = /\b(Maisie|Kerry|Dean|Farrow|Janet|Hartwell)\b/;

/** A review whose register knows only Maisie (Child M). */
async function reviewKnowingMaisie(host: TestHost): Promise<string> {
  const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  await host.call('people:add', { reviewId: review.id, name: 'Maisie Hartwell', role: 'child', pseudonym: 'Child M' });
  return review.id;
}

test.describe('the names check for documents and the terms of reference', () => {
  test.use({ openWorkspace: true });

  test('an anonymised document PDF waits for names the register does not know; added from the dialog, the PDF names no one', async ({ page, host, dialogs, dataDir }) => {
    const reviewId = await reviewKnowingMaisie(host);
    const text = 'Maisie stayed with her grandmother Janet Hartwell after the admission.';
    await host.call('document:create', { reviewId, title: 'Overview report: Child M', kind: 'report', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });
    const documents = new DocumentsPage(page);
    const names = new NamesCheckDialog(page);
    await documents.open();
    await documents.openDocument('Overview report: Child M');
    const panel = await documents.showPanel('Export to PDF');

    // Named: no check, straight to the save dialog.
    const named = path.join(dataDir, 'overview.pdf');
    dialogs.nextSavePath(named);
    await panel.getByRole('button', { name: 'Export PDF' }).click();
    await expect(panel.getByRole('status').filter({ hasText: /^Saved overview\.pdf: the working copy as a PDF\./ })).toContainText(named);
    await expect(names.dialog).toHaveCount(0);

    await panel.getByLabel('Anonymised').check();
    const anonymised = path.join(dataDir, 'overview-anonymised.pdf');
    dialogs.nextSavePath(anonymised);
    await panel.getByRole('button', { name: 'Export PDF' }).click();
    expect(await names.names()).toEqual(['Janet Hartwell']);
    await expect(names.candidate('Janet Hartwell')).toContainText('grandmother Janet Hartwell');
    await names.addToRegister('Janet Hartwell', { relationship: 'Maternal grandmother' });
    await expect(names.dialog).toBeHidden();
    await expect(panel.getByRole('status').filter({ hasText: /^Saved overview-anonymised\.pdf: the working copy as a PDF\./ })).toContainText(anonymised);
    const pdf = await pdfText(anonymised);
    expect(pdf).toContain('Maternal grandmother');
    expect(pdf).not.toMatch(familyNames);
    // The register holds her with the pseudonym the relationship suggested.
    const people = await host.call('people:list', { reviewId });
    expect(people.find((person) => person.name === 'Janet Hartwell')).toMatchObject({ role: 'other-family', relationship: 'Maternal grandmother', pseudonym: 'Maternal grandmother' });
  });

  test('the terms of reference offer an anonymised PDF, checked for names first; cancelling writes nothing', async ({ page, host, dialogs, dataDir }) => {
    const reviewId = await reviewKnowingMaisie(host);
    await host.call('terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    await host.call('terms:set', { reviewId, field: 'familyInvolvement', value: 'Kerry Hartwell, Maisie’s mother, will be invited to meet the reviewer.' });
    const terms = new TermsPage(page);
    const names = new NamesCheckDialog(page);
    await terms.open();
    const anonymisedChoice = terms.versions.getByRole('radio', { name: 'Anonymised (pseudonyms in place of names)' });
    await expect(terms.versions.getByRole('radio', { name: 'Named', exact: true })).toBeChecked();
    await anonymisedChoice.check();
    await expect(anonymisedChoice).toHaveAccessibleDescription(/looks for names the people register does not know/);

    const exportButton = terms.versions.getByRole('button', { name: 'Export PDF of version 1' });
    await exportButton.click();
    // The template's own words hold no names: only the one typed into a field.
    expect(await names.names()).toEqual(['Kerry Hartwell']);
    await names.cancelButton.click();
    await expect(names.dialog).toBeHidden();
    await expect(exportButton).toBeFocused();
    await expect(terms.exportNotice).toBeEmpty();
    expect(await host.call('export:list', { reviewId })).toEqual([]);

    const target = path.join(dataDir, 'terms-anonymised.pdf');
    dialogs.nextSavePath(target);
    await exportButton.click();
    await names.addToRegister('Kerry Hartwell', { role: 'Parent', relationship: 'Mother', pseudonym: 'Mother' });
    await expect(names.dialog).toBeHidden();
    await expect(terms.exportNotice).toContainText(/^Saved terms-anonymised\.pdf: version 1 of the terms of reference, a draft\./);
    await expect(terms.exportNotice).toContainText('marked DRAFT');
    await expect(terms.exportNotice).toContainText(target);
    const pdf = await pdfText(target);
    expect(pdf).toContain('will be invited to meet the reviewer');
    expect(pdf).toContain('Mother');
    expect(pdf).not.toMatch(familyNames);
    expect(pdf).not.toMatch(/\bMother,? Mother\b/i);
    const [record] = await host.call('export:list', { reviewId });
    expect(record).toMatchObject({ kind: 'terms', anonymised: true, version: 1 });
  });
});
