/**
 * Issue #15 through the UI, against the real core and the fictional Hartwell fixtures: a wrong
 * import removed with a reason and brought back with "Undo removal"; an entry added by hand and
 * seen in the composite, then corrected (its history shown) and deleted (kept, restorable).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { fixtures, importFile } from './chronology-setup';
import { expect, test } from './fixtures';
import type { TestHost } from './host';
import type { ScriptedDialogs } from './dialogs';
import { ChronologyEntriesPage } from './pages/chronology-entries';
import { ChronologyImportPage } from './pages/chronology-import';

async function threeAgencies(host: TestHost, dialogs: ScriptedDialogs): Promise<string> {
  const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  for (const file of ['police.csv', 'health-visiting.xlsx', 'gp.tsv']) await importFile(host, dialogs, review.id, path.join(fixtures, file));
  return review.id;
}

test.describe('chronology entries by hand and submissions removed', () => {
  test.use({ openWorkspace: true });

  test('a removed submission’s entries leave the composite, and Undo removal brings them back', async ({ page, host, dialogs }) => {
    // Three imports and several axe runs: far more than the default 30 s on a busy two-core machine.
    test.setTimeout(180_000);
    await threeAgencies(host, dialogs);
    const chronology = new ChronologyEntriesPage(page);
    await chronology.open();
    await chronology.expectCount(19, 19);

    let row = await chronology.submission('health-visiting.xlsx');
    await row.getByRole('button', { name: 'Remove health-visiting.xlsx' }).click();
    const form = chronology.form('Remove health-visiting.xlsx');
    await expect(form).toContainText('Its 7 entries and 1 rejected row leave the chronology.');
    await form.getByRole('button', { name: 'Remove file' }).click();
    await expect(chronology.errorSummary()).toBeFocused();
    await chronology.errorSummary().getByRole('link', { name: /Give a reason for removing the file/ }).click();
    await expect(form.getByLabel('Reason for removing it')).toBeFocused();
    await page.keyboard.type('Sent for the wrong child');
    await expectNoAxeViolations(page, 'removing a submission');
    await form.getByRole('button', { name: 'Remove file' }).click();
    await expect(chronology.main.getByRole('status').filter({ hasText: /^health-visiting\.xlsx.* removed: its entries and rejected rows are out of the chronology/ })).toBeVisible();
    row = await chronology.submission('health-visiting.xlsx');
    await expect(row).toContainText(/Removed on \d{1,2} [A-Z][a-z]+ \d{4} by .+: Sent for the wrong child/);
    await expectNoAxeViolations(page, 'a removed submission');

    await chronology.showTab('Composite');
    await chronology.expectCount(12, 12);
    await expect(chronology.row(/Health Visiting/)).toHaveCount(0);
    const rejected = await chronology.showTab('Rejected rows');
    await expect(rejected).toContainText('No rejected rows.');

    row = await chronology.submission('health-visiting.xlsx');
    await row.getByRole('button', { name: 'Undo removal of health-visiting.xlsx' }).click();
    await expect(chronology.main.getByRole('status').filter({ hasText: /^health-visiting\.xlsx.* is back/ })).toBeVisible();
    await expect(row.getByRole('button', { name: 'Remove health-visiting.xlsx' })).toBeVisible();
    await chronology.showTab('Composite');
    await chronology.expectCount(19, 19);
  });

  test('Save a copy gives the file as sent; Replace imports the agency’s corrected file and takes the old one out as it goes in, undoably', async ({ page, host, dialogs, dataDir }) => {
    test.setTimeout(180_000);
    await threeAgencies(host, dialogs);
    const corrected = path.join(dataDir, 'gp-corrected.tsv');
    await writeFile(corrected, ['Date\tEvent\tAction', '03/12/2018\tHV call: EPDS 14, mother declined appointment.\tLetter sent'].join('\n'));
    const chronology = new ChronologyEntriesPage(page);
    await chronology.open();
    await chronology.expectCount(19, 19);

    // The file as the agency sent it, saved where the reviewer chooses.
    const row = await chronology.submission('gp.tsv');
    const copy = path.join(dataDir, 'gp as sent.tsv');
    dialogs.nextSavePath(copy);
    await row.getByRole('button', { name: 'Save a copy of gp.tsv as sent' }).click();
    await expect(chronology.main.getByRole('status').filter({ hasText: 'Saved a copy of gp.tsv as the agency sent it:' })).toContainText(copy);
    expect((await readFile(copy)).equals(await readFile(path.join(fixtures, 'gp.tsv')))).toBe(true);
    await expectNoAxeViolations(page, 'the submissions with Replace and Save a copy');

    await row.getByRole('button', { name: 'Replace gp.tsv with a corrected file' }).click();
    const wizard = new ChronologyImportPage(page);
    await expect(wizard.heading('Import an agency submission')).toBeFocused();
    await expect(wizard.main).toContainText('Replacing gp.tsv (GP). Choose the corrected file.');
    await expectNoAxeViolations(page, 'replacing a submission');
    await wizard.chooseFiles(dialogs, [corrected]);
    await expect(wizard.agencyField).toHaveValue('GP');
    await wizard.preview('gp-corrected.tsv');
    await wizard.importAndWait('gp-corrected.tsv');
    await expect(wizard.confirmation()).toHaveText(
      'Imported 1 entry from GP; no rows rejected. It replaces gp.tsv, whose entries are out of the chronology: Undo removal in Submissions brings them back until the next import.',
    );
    await wizard.done();

    await chronology.showTab('Composite');
    await chronology.expectCount(16, 16);
    const replaced = await chronology.submission('gp.tsv');
    await expect(replaced).toContainText(/Removed on \d{1,2} [A-Z][a-z]+ \d{4} by .+: Replaced by gp-corrected\.tsv/);
    await replaced.getByRole('button', { name: 'Undo removal of gp.tsv' }).click();
    await chronology.showTab('Composite');
    await chronology.expectCount(20, 20);
  });

  test('an entry added by hand is in the composite; corrected, it shows its history; deleted, it can be restored', async ({ page, host, dialogs }) => {
    // Three imports and several axe runs: far more than the default 30 s on a busy two-core machine.
    test.setTimeout(180_000);
    await threeAgencies(host, dialogs);
    const chronology = new ChronologyEntriesPage(page);
    await chronology.open();
    await chronology.expectCount(19, 19);

    await chronology.addEntryButton.click();
    const add = chronology.form('Add an entry');
    await chronology.fill(add, { date: 'the week after half term', agency: 'Early Help', event: 'Home visit by the family support worker' });
    await add.getByRole('button', { name: 'Add entry' }).click();
    await expect(chronology.errorSummary()).toContainText('is not a date we can read: write it as 14/06/2019');
    await expect(chronology.errorSummary()).toBeFocused();
    await expectNoAxeViolations(page, 'adding an entry, with an unreadable date');
    await chronology.fill(add, { date: 'w/c 18 February 2019', action: 'Offered a parenting course' });
    await add.getByRole('button', { name: 'Add entry' }).click();
    await expect(chronology.main.getByRole('status').filter({ hasText: /^Entry added: / })).toContainText('Early Help');
    await chronology.expectCount(20, 20);
    await expect(chronology.row('Home visit by the family support worker')).toContainText('w/c 18 February 2019');

    await chronology.openEntry('Home visit by the family support worker');
    const detail = chronology.detail;
    await expect(detail).toContainText(/Early Help — entered by hand by .+, \d{1,2} [A-Z][a-z]{2} \d{4}/);
    await expect(detail).toContainText(/Entered by hand by .+ on \d{1,2} [A-Z][a-z]+ \d{4}/);
    await expectNoAxeViolations(page, 'an entry written by hand');

    await detail.getByRole('button', { name: 'Correct this entry' }).click();
    const correct = chronology.form('Correct this entry');
    await expect(correct.getByLabel('Date', { exact: true })).toHaveValue('w/c 18 February 2019');
    await chronology.fill(correct, { event: 'Home visit by the family support worker; the mother was not in' });
    await correct.getByRole('button', { name: 'Save correction' }).click();
    await expect(chronology.errorSummary()).toContainText('Give a reason for the correction.');
    await chronology.fill(correct, { reason: 'The worker’s notes say no one answered' });
    await correct.getByRole('button', { name: 'Save correction' }).click();
    await expect(detail.getByRole('list', { name: 'Changes to this entry' })).toContainText(/Corrected on \d{1,2} [A-Z][a-z]+ \d{4} by .+: The worker’s notes say no one answered/);
    await expect(chronology.row('the mother was not in')).toHaveCount(1);
    await detail.getByText('The entry before this correction').click();
    await expect(detail.getByRole('list', { name: 'Changes to this entry' })).toContainText('Home visit by the family support worker');
    await expectNoAxeViolations(page, 'a corrected entry');

    await detail.getByRole('button', { name: 'Delete this entry' }).click();
    const remove = chronology.form('Delete this entry');
    await remove.getByLabel('Reason for deleting it').fill('Recorded twice');
    await remove.getByRole('button', { name: 'Delete entry' }).click();
    await chronology.expectCount(19, 19);
    await expect(chronology.detail).toHaveCount(0);
    await chronology.main.getByText('Deleted entries (1)').click();
    const deleted = chronology.main.getByRole('list', { name: 'Deleted entries' });
    await expect(deleted).toContainText(/deleted on \d{1,2} [A-Z][a-z]+ \d{4} by .+: Recorded twice/);
    await deleted.getByRole('button', { name: /^Restore/ }).click();
    await chronology.expectCount(20, 20);
  });
});
