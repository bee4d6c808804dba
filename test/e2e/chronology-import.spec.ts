/**
 * Issue #5's import wizard through the UI, against the real core and the fictional Hartwell
 * fixtures: choose agencies' files, check how each was read (header row, agency, column mapping),
 * preview every row's fate before anything is written, import with progress, cancel, and fix a
 * rejected row until it becomes an entry.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import type { TestHost } from './host';
import { ChronologyImportPage } from './pages/chronology-import';
import { ShellPage } from './pages/shell';
import { chronologyFixtures } from '../fixtures/paths';

const fixtures = chronologyFixtures;
const fixture = (name: string) => path.join(fixtures, name);

async function addReview(host: TestHost): Promise<string> {
  const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  return review.id;
}

async function entryCount(host: TestHost, reviewId: string): Promise<number> {
  return (await host.call('chronology:list', { reviewId, anonymised: false })).total;
}

test.describe('chronology import wizard', () => {
  test.use({ openWorkspace: true });

  test('imports two agencies’ files one after another: police.csv, then health-visiting.xlsx with its title rows and blank row', async ({ page, host, dialogs }) => {
    // Two imports and seven axe runs: more than the default 30 s on a busy two-core machine.
    test.setTimeout(60_000);
    const reviewId = await addReview(host);
    const wizard = new ChronologyImportPage(page);
    await wizard.open();
    await expectNoAxeViolations(page, 'choosing files');

    await wizard.chooseFiles(dialogs, [fixture('police.csv'), fixture('health-visiting.xlsx')]);
    await expect(wizard.main).toContainText('Import agency submission — step 2 of 4 — file 1 of 2');
    await expect(wizard.heading('Check police.csv')).toBeVisible();
    await expect(wizard.main.getByRole('definition').filter({ hasText: /^CSV, UTF-8/ })).toBeVisible();
    await expect(wizard.agencyField).toHaveValue('Police');
    await expect(wizard.headerRow(1)).toBeChecked();
    // Suggested from the header names: the date, the event, the action.
    await expect(wizard.column('Date/Time')).toHaveValue('date');
    await expect(wizard.column('Details')).toHaveValue('event');
    await expect(wizard.column('Action Taken')).toHaveValue('action');
    await expectNoAxeViolations(page, 'checking police.csv');

    await wizard.preview('police.csv');
    await expect(wizard.main).toContainText('8 rows will become entries, 0 will be rejected, 0 flagged.');
    await expect(wizard.main).toContainText('Nothing has been added yet.');
    await expect(wizard.previewRow(2)).toContainText('2 Feb 2019 at 23:10');
    await expect(wizard.previewRow(2)).toContainText('Written: 02/02/2019 23:10');
    await expect(wizard.previewRow(2)).toContainText('Call from neighbour reporting shouting');
    expect(await entryCount(host, reviewId)).toBe(0);
    await expectNoAxeViolations(page, 'the preview of police.csv');

    await wizard.importAndWait('police.csv');
    await expect(wizard.confirmation()).toHaveText('Imported 8 entries from Police; no rows rejected.');
    expect(await entryCount(host, reviewId)).toBe(8);
    await expectNoAxeViolations(page, 'police.csv imported');

    // The second file: the title rows and the blank row above the header are skipped.
    await wizard.main.getByRole('button', { name: 'Continue to file 2 of 2: health-visiting.xlsx' }).click();
    await expect(wizard.heading('Check health-visiting.xlsx')).toBeFocused();
    await expect(wizard.main).toContainText('file 2 of 2');
    await expect(wizard.main.getByRole('definition').filter({ hasText: 'Excel workbook' })).toBeVisible();
    await expect(wizard.headerRow(3)).toBeChecked();
    await expect(wizard.agencyField).toHaveValue('Health Visiting');
    await expect(wizard.column('Date')).toHaveValue('date');
    await expectNoAxeViolations(page, 'checking health-visiting.xlsx');

    await wizard.preview('health-visiting.xlsx');
    await expect(wizard.main.getByText(/^7 rows will become entries, 1 will be rejected, \d+ flagged\.$/)).toBeVisible();
    await expect(wizard.previewRow(7)).toContainText(/Rejected: .*blank row/i);
    await expect(wizard.previewTable).toContainText('March 2019 (month, approximate)');
    await expectNoAxeViolations(page, 'the preview of health-visiting.xlsx');

    await wizard.importAndWait('health-visiting.xlsx');
    await expect(wizard.confirmation()).toHaveText('Imported 7 entries from Health Visiting; 1 row rejected — see Rejected rows.');
    const blank = wizard.rejectedRows.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '7', exact: true }) });
    await expect(blank).toContainText('health-visiting.xlsx');
    await expect(blank).toContainText(/blank row/i);
    await expectNoAxeViolations(page, 'health-visiting.xlsx imported, with its rejected row');
    await wizard.done();
    await expect(wizard.importButton).toBeVisible();
    expect(await entryCount(host, reviewId)).toBe(15);
  });

  test('a changed column mapping changes the preview; a mapping without a date or with a field twice is refused beside the columns', async ({ page, host, dialogs }) => {
    const reviewId = await addReview(host);
    const wizard = new ChronologyImportPage(page);
    await wizard.open();
    await wizard.chooseFiles(dialogs, [fixture('police.csv')]);

    // The header row can be chosen from the keyboard: the columns follow the row chosen.
    const shell = new ShellPage(page);
    await shell.tabTo(wizard.headerRow(1));
    expect(await shell.focusIndicator()).not.toBeNull();
    await page.keyboard.press('ArrowDown');
    await expect(wizard.headerRow(2)).toBeChecked();
    await expect(wizard.column('02/02/2019 23:10')).toBeVisible();
    await expect(wizard.headerRow(2)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(wizard.headerRow(1)).toBeChecked();
    await expect(wizard.column('Date/Time')).toHaveValue('date');

    await wizard.preview('police.csv');
    await expect(wizard.previewRow(2)).toContainText('Call from neighbour reporting shouting');

    await wizard.main.getByRole('button', { name: 'Back to check' }).click();
    await expect(wizard.heading('Check police.csv')).toBeFocused();
    await wizard.mapColumn('Date/Time', 'Keep as other column');
    await wizard.mapColumn('Action Taken', 'Event');
    await wizard.main.getByRole('button', { name: 'Preview import' }).click();
    await expect(wizard.errorSummary).toBeFocused();
    await expect(wizard.errorSummary.getByRole('link', { name: /^Map one column to Date/ })).toBeVisible();
    await expect(wizard.errorSummary.getByRole('link', { name: '“Details” and “Action Taken” are both mapped to Event: map Event from one column only.' })).toBeVisible();
    await expect(wizard.column('Details')).toHaveAttribute('aria-invalid', 'true');
    await expect(wizard.column('Action Taken')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'the check step with mapping errors');

    // The error links take the keyboard to the column.
    await wizard.errorSummary.getByRole('link', { name: /both mapped to Event/ }).click();
    await expect(wizard.column('Action Taken')).toBeFocused();

    await wizard.mapColumn('Date/Time', 'Date');
    await wizard.mapColumn('Details', 'Keep as other column');
    await wizard.preview('police.csv');
    await expect(wizard.previewRow(2)).toContainText('No offences disclosed. DASH not completed.');
    await expect(wizard.previewRow(2)).not.toContainText('Call from neighbour');
    expect(await entryCount(host, reviewId)).toBe(0);
  });

  test('an impossible UK date is rejected with the reason, and the fixed row becomes an entry', async ({ page, host, dialogs, dataDir }) => {
    const reviewId = await addReview(host);
    const file = path.join(dataDir, 'us-date.csv');
    await writeFile(file, 'Date,Event\n04/13/2019,Dated the American way\n12/04/2019,Fine\n');
    const wizard = new ChronologyImportPage(page);
    await wizard.open();
    await wizard.chooseFiles(dialogs, [file]);
    await wizard.agencyField.fill('');
    await wizard.main.getByRole('button', { name: 'Preview import' }).click();
    await expect(wizard.errorSummary.getByRole('link', { name: 'Enter the agency that sent this file, for example Police.' })).toBeVisible();
    await wizard.agencyField.fill('Probation');
    await wizard.preview('us-date.csv');
    await expect(wizard.main).toContainText('1 row will become an entry, 1 will be rejected, 0 flagged.');
    await expect(wizard.previewRow(2)).toContainText(/Rejected: .*day first/i);
    await expect(wizard.previewRow(3)).toContainText('12 Apr 2019');

    await wizard.importAndWait('us-date.csv');
    await expect(wizard.confirmation()).toHaveText('Imported 1 entry from Probation; 1 row rejected — see Rejected rows.');
    const rejected = wizard.rejectedRows.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2', exact: true }) });
    await expect(rejected).toContainText(/day first/i);

    // Still wrong: the core's reason shows in the form and the edit is kept.
    let form = await wizard.openFix(2, 'us-date.csv');
    await expect(form.getByLabel('Event')).toHaveValue('Dated the American way');
    await form.getByLabel('Date').fill('31/02/2019');
    await form.getByRole('button', { name: 'Import corrected row' }).click();
    await expect(form.getByRole('alert')).toContainText(/row 2 still cannot be imported/i);
    await expect(form.getByLabel('Date')).toHaveValue('31/02/2019');
    await expectNoAxeViolations(page, 'fixing a rejected row, with the core’s error');

    form = wizard.rejectedRows.getByRole('form', { name: 'Fix row 2 of us-date.csv' });
    await form.getByLabel('Date').fill('13/04/2019');
    await form.getByRole('button', { name: 'Import corrected row' }).click();
    await expect(wizard.rejectedRows.getByRole('status').filter({ hasText: 'Row 2 of us-date.csv is now an entry.' })).toBeVisible();
    await expect(rejected).toHaveCount(0);
    await expect(wizard.rejectedRows).toContainText('No rejected rows.');
    expect(await entryCount(host, reviewId)).toBe(2);
    expect(await host.call('chronology:rejected', { reviewId })).toEqual([]);
  });

  test('the same file a second time is refused, naming when it was imported; “Import it again” imports it on purpose', async ({ page, host, dialogs }) => {
    const reviewId = await addReview(host);
    const wizard = new ChronologyImportPage(page);
    await wizard.open();
    await wizard.chooseFiles(dialogs, [fixture('gp.tsv')]);
    await wizard.preview('gp.tsv');
    await wizard.importAndWait('gp.tsv');
    await wizard.done();
    expect(await entryCount(host, reviewId)).toBe(4);

    await wizard.open();
    await wizard.chooseFiles(dialogs, [fixture('gp.tsv')]);
    await wizard.preview('gp.tsv');
    await wizard.startImport();
    await expect(wizard.errorSummary).toContainText(/gp\.tsv was already imported into this review on \d{1,2} [A-Z][a-z]+ \d{4} \(as GP\)\. Importing it again would add every entry twice\./);
    await expectNoAxeViolations(page, 'a file imported before');
    expect(await entryCount(host, reviewId)).toBe(4);

    await wizard.errorSummary.getByRole('button', { name: 'Import it again' }).click();
    await expect(wizard.heading('Imported gp.tsv')).toBeFocused();
    expect(await entryCount(host, reviewId)).toBe(8);
  });

  test('cancelling an import adds nothing', async ({ page, host, dialogs, dataDir }) => {
    const reviewId = await addReview(host);
    const file = path.join(dataDir, 'large.csv');
    // Enough rows that the core checks them in several slices, so a cancel has turns to land in.
    const rows = Array.from({ length: 50_000 }, (_, index) => `${String((index % 28) + 1).padStart(2, '0')}/03/2019,Event ${index}`);
    await writeFile(file, ['Date,Event', ...rows].join('\n'));
    const wizard = new ChronologyImportPage(page);
    await wizard.open();
    await wizard.chooseFiles(dialogs, [file]);
    await wizard.agencyField.fill('Probation');
    await wizard.preview('large.csv');
    await expect(wizard.main).toContainText('50,000 rows will become entries, 0 will be rejected, 0 flagged.');
    await expect(wizard.main).toContainText(/Showing 500 of 50,000 rows/);

    expect(await wizard.importThenCancelAtOnce(), 'the progress bar, labelled, was showing').toBe(true);
    await expect(wizard.main.getByRole('status').filter({ hasText: 'Import cancelled: nothing from the file was added.' })).toBeVisible();
    await expect(wizard.heading('Import of large.csv cancelled')).toBeFocused();
    await expectNoAxeViolations(page, 'a cancelled import');
    expect(await entryCount(host, reviewId)).toBe(0);
    expect(await host.call('chronology:submissions', { reviewId })).toEqual([]);

    // Nothing was lost either: the same settings can be imported after all.
    await wizard.main.getByRole('button', { name: 'Back to preview' }).click();
    await expect(wizard.heading('Preview large.csv')).toBeFocused();
  });
});
