/**
 * The Chronology area's export and scale, against the real core and the fictional Hartwell
 * fixtures: CSV exports (named and anonymised) parsed back, the anonymised PDF read back, the review choice kept across areas,
 * an import through the wizard reloading the composite, and a grid that renders only the rows
 * in view.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expectNoAxeViolations } from './axe';
import { fixtures, hartwellReview, importFile, realNames } from './chronology-setup';
import { expect, test } from './fixtures';
import { ChronologyPage } from './pages/chronology';
import { ChronologyImportPage } from './pages/chronology-import';
import { NamesCheckDialog } from './pages/names-check';
import { ShellPage } from './pages/shell';
import { PdfReader } from '../unit/pdf-reader';

test.describe('chronology area: export and scale', () => {
  test.use({ openWorkspace: true });

  test('exports the composite to CSV, named and anonymised, that parses back to every entry, and to an anonymised PDF', async ({ page, host, dialogs, dataDir }) => {
    // Imports, exports and axe runs: more than the default 30 s on a busy two-core machine.
    test.setTimeout(120_000);
    await hartwellReview(host, dialogs);
    const chronology = new ChronologyPage(page);
    await chronology.open();
    await chronology.expectCount(33, 33);
    const named = path.join(dataDir, 'chronology.csv');
    dialogs.nextSavePath(named);
    await chronology.main.getByRole('button', { name: 'Export CSV' }).click();
    await expect(chronology.main.getByRole('status').filter({ hasText: /^Saved chronology\.csv: 33 entries from 6 agencies\. Location: / })).toContainText(named);
    const rows = parse(await readFile(named, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(rows).toHaveLength(33);
    expect(rows.map((row) => Object.values(row).join(' ')).join('\n')).toContain('Kerry Hartwell');

    await chronology.anonymised.check();
    await chronology.expectCount(33, 33);
    const anonymised = path.join(dataDir, 'chronology-anonymised.csv');
    dialogs.nextSavePath(anonymised);
    await chronology.main.getByRole('button', { name: 'Export CSV' }).click();
    // With the whole family registered, the names check finds only the town: not a person.
    const names = new NamesCheckDialog(page);
    expect(await names.names()).toEqual(['Melksham']);
    await names.markNotPerson('Melksham');
    await expect(names.dialog).toBeHidden();
    await expect(chronology.main.getByRole('status').filter({ hasText: /^Saved chronology-anonymised\.csv: 33 entries from 6 agencies\. Location: / })).toContainText(anonymised);
    const text = await readFile(anonymised, 'utf8');
    expect(parse(text, { columns: true, bom: true, skip_empty_lines: true })).toHaveLength(33);
    expect(text).not.toMatch(realNames);

    // The anonymised PDF: a table of every entry, read back with pdf.js.
    const pdf = path.join(dataDir, 'chronology-anonymised.pdf');
    dialogs.nextSavePath(pdf);
    await chronology.main.getByRole('button', { name: 'Export PDF' }).click();
    // A guard against a hang, not a speed check: on a busy two-core machine the PDF takes a while.
    await expect(chronology.main.getByRole('status').filter({ hasText: /^Saved chronology-anonymised\.pdf: 33 entries from 6 agencies\. Location: / })).toContainText(pdf, { timeout: 60_000 });
    const reader = PdfReader.fromFile(pdf);
    const pdfText = (await reader.text()).replace(/\s+/g, ' ');
    await reader.close();
    expect(pdfText).toContain('33 entries from 6 agencies');
    expect(pdfText).not.toMatch(realNames);

    dialogs.nextSavePath(null);
    await chronology.main.getByRole('button', { name: 'Export Excel' }).click();
    await expect(chronology.main.getByRole('status').filter({ hasText: 'Export cancelled: nothing was saved.' })).toBeVisible();
  });

  test('the review chosen is kept while the workspace is open; an import through the wizard reloads the composite', async ({ page, host, dialogs }) => {
    // Imports, exports and axe runs: more than the default 30 s on a busy two-core machine.
    test.setTimeout(120_000);
    const child = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await importFile(host, dialogs, child.id, path.join(fixtures, 'gp.tsv'));
    const other = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child K', subject: 'Child K' });
    const shell = new ShellPage(page);
    const chronology = new ChronologyPage(page);
    await chronology.open();
    await chronology.reviewPicker.selectOption({ label: 'LCSPR: Child M' });
    await chronology.expectCount(4, 4);
    await shell.area('Reviews').click();
    await expect(shell.areaHeading('Reviews')).toBeFocused();
    await chronology.open();
    await expect(chronology.reviewPicker).toHaveValue(child.id);
    await chronology.expectCount(4, 4);

    await chronology.reviewPicker.selectOption({ label: 'LCSPR: Child K' });
    await expect(chronology.main).toContainText('No entries yet.');
    await expectNoAxeViolations(page, 'an empty chronology');
    // Importing shows files as sent, names and all: not from the anonymised view.
    await chronology.anonymised.check();
    await expect(chronology.importButton).toBeDisabled();
    await expect(chronology.main).toContainText('Switch to Named to import');
    await chronology.named.check();

    const wizard = new ChronologyImportPage(page);
    await chronology.importButton.click();
    await expect(wizard.heading('Import an agency submission')).toBeFocused();
    await wizard.chooseFiles(dialogs, [path.join(fixtures, 'police.csv')]);
    await wizard.preview('police.csv');
    await wizard.importAndWait('police.csv');
    await wizard.done();
    await expect(chronology.heading).toBeFocused();
    await expect(chronology.reviewPicker).toHaveValue(other.id);
    await chronology.expectCount(8, 8);
    await expect(chronology.row('Call from neighbour reporting shouting')).toHaveCount(1);
  });

  test('the composite renders only the rows in view: 5,000 entries, far fewer rows in the page, the last reached by End and by scrolling', async ({ page, host, dialogs, dataDir }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Large', subject: 'Child L' });
    const file = path.join(dataDir, 'probation.csv');
    const day = (index: number) => new Date(Date.UTC(2010, 0, 1) + index * 86_400_000);
    const rows = Array.from({ length: 5000 }, (_, index) => {
      const date = day(index);
      const written = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
      return `${written},Supervision contact ${String(index + 1).padStart(4, '0')}`;
    });
    await writeFile(file, ['Date,Event', ...rows].join('\n'));
    await importFile(host, dialogs, review.id, file, 'Probation');

    const chronology = new ChronologyPage(page);
    await chronology.open();
    await chronology.expectCount('5,000', '5,000');
    await expect(chronology.grid).toHaveAttribute('aria-rowcount', '5001');
    await expect(chronology.row('Supervision contact 0001')).toHaveCount(1);
    expect(await chronology.rows().count()).toBeLessThan(60);

    await chronology.grid.scrollIntoViewIfNeeded();
    await chronology.rows().first().focus();
    await page.keyboard.press('End');
    const last = chronology.grid.locator('[role="row"][aria-rowindex="5001"]');
    await expect(last).toBeFocused();
    await expect(last).toContainText('Supervision contact 5000');
    await expect(last).toBeInViewport();
    expect(await chronology.rows().count()).toBeLessThan(60);

    // Scrolling, as a pointer does: back to the top, then to the end.
    await chronology.grid.evaluate((grid) => (grid.scrollTop = 0));
    await expect(chronology.row('Supervision contact 0001')).toBeInViewport();
    await chronology.grid.evaluate((grid) => (grid.scrollTop = grid.scrollHeight));
    await expect(chronology.row('Supervision contact 5000')).toBeInViewport();
    await expect(chronology.row('Supervision contact 2500')).toHaveCount(0);
    expect(await chronology.rows().count()).toBeLessThan(60);
  });
});
