/**
 * Issue #15: a document is archived out of the list (kept, restorable from Archived documents),
 * and only an archived one can be deleted for good, after the user confirms — through the UI
 * against the real core, with the audit log in words and without the document's title.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents';

test.describe('archiving and deleting documents', () => {
  test.use({ openWorkspace: true });

  test('archive, restore, archive again, refuse then confirm deleting for good; audited without the title', async ({ page, host }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await host.call('document:create', { reviewId: review.id, title: 'Draft report', kind: 'report' });
    const notes = await host.call('document:create', { reviewId: review.id, title: 'Notes on Kerry Hartwell’s visit' });
    await host.call('document:snapshot', { id: notes.id, label: 'After the visit' });
    const documents = new DocumentsPage(page);
    await documents.open();
    await expect(documents.list.getByRole('row')).toHaveCount(3);
    await expect(documents.archived).toHaveCount(0);

    // Archive: out of the list, into Archived documents, with who and when; the status line says so and has focus.
    await documents.list.getByRole('button', { name: 'Archive Notes on Kerry Hartwell’s visit' }).click();
    await expect(documents.notice).toHaveText('Archived “Notes on Kerry Hartwell’s visit”. It is kept under Archived documents, where it can be restored.');
    await expect(documents.notice).toBeFocused();
    await expect(documents.list.getByRole('row')).toHaveCount(2);
    await expect(documents.row('Draft report')).toBeVisible();
    const archivedRow = documents.archived.getByRole('row', { name: /Notes on Kerry Hartwell’s visit/ });
    await expect(archivedRow).toContainText('1');
    await expect(archivedRow).toContainText(/ by /);
    await expectNoAxeViolations(page, 'the documents with one archived');

    // Restore, then archive it again.
    await archivedRow.getByRole('button', { name: 'Restore Notes on Kerry Hartwell’s visit' }).click();
    await expect(documents.notice).toHaveText('Restored “Notes on Kerry Hartwell’s visit” to the list of documents.');
    await expect(documents.list.getByRole('row')).toHaveCount(3);
    await expect(documents.archived).toHaveCount(0);
    await documents.list.getByRole('button', { name: 'Archive Notes on Kerry Hartwell’s visit' }).click();
    await expect(documents.list.getByRole('row')).toHaveCount(2);

    // Delete for good asks first; "No" keeps it.
    await archivedRow.getByRole('button', { name: 'Delete for good Notes on Kerry Hartwell’s visit' }).click();
    const question = documents.main.getByRole('group', { name: 'Delete “Notes on Kerry Hartwell’s visit” for good?' });
    await expect(question.getByRole('heading')).toBeFocused();
    await expect(question).toContainText('Its text and its saved version are removed from the workspace. This cannot be undone.');
    await expectNoAxeViolations(page, 'the question before deleting a document');
    await question.getByRole('button', { name: 'No, keep it' }).click();
    await expect(question).toHaveCount(0);
    await expect(archivedRow).toBeVisible();
    await archivedRow.getByRole('button', { name: 'Delete for good Notes on Kerry Hartwell’s visit' }).click();
    await question.getByRole('button', { name: 'Yes, delete it for good' }).click();
    await expect(documents.notice).toHaveText('Deleted “Notes on Kerry Hartwell’s visit” and its versions for good.');
    await expect(documents.archived).toHaveCount(0);
    expect(await host.call('document:list-archived', { reviewId: review.id })).toEqual([]);

    // The audit log says what happened, in words, and never the title.
    const log = await host.call('audit:list', { kinds: ['documents'] });
    expect(log.rows.slice(0, 4).map((row) => row.what)).toEqual(['Deleted an archived document for good', 'Archived a document', 'Brought back an archived document', 'Archived a document']);
    expect(JSON.stringify(log.rows)).not.toMatch(/Kerry|Hartwell|Notes on/);
  });
});
