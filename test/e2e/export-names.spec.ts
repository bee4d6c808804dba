/**
 * The names check before an anonymised export, end to end against the real core and the
 * fictional Hartwell fixtures: names the people register does not know stop the export before
 * anything is written; the user adds the people or marks what is not a person from the dialog,
 * and the CSV, Excel and PDF then name no one. "Export anyway" needs a reason, which is recorded;
 * a filtered view exports what it shows; a wrong "not a person" can be taken back.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { pdfFileText as pdfText } from '../unit/pdf-reader';
import { expectNoAxeViolations } from './axe';
import { hartwellReview, realNames } from './chronology-setup';
import { expect, test } from './fixtures';
import { ChronologyPage } from './pages/chronology';
import { NamesCheckDialog } from './pages/names-check';
import { SettingsPage } from './pages/settings';

/** Only these three are in the register at first; Tyler and Janet are named in the agencies' text too. */
const registered = ['Maisie Hartwell', 'Kerry Hartwell', 'Dean Farrow'];
/** A pseudonym put beside a word it repeats ("her mother Mother") reads as a slip, and gives the relationship away twice. */
const doubledMother = /\bMother,? Mother\b/i;
/** The focus style every button shares (styles.css): yellow behind the text. */
const focusYellow = 'rgb(255, 221, 0)';

async function excelText(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.text))));
  return cells.join('\n');
}

function expectNoOneNamed(text: string, what: string): void {
  expect(text, what).not.toMatch(realNames);
  expect(text, what).not.toMatch(doubledMother);
}

test.describe('the names check before an anonymised export', () => {
  test.use({ openWorkspace: true, viewport: { width: 1280, height: 720 } });
  // Each test imports the six agencies' files through the core first.
  test.describe.configure({ timeout: 60_000 });

  test('names the register does not know stop the export before anything is written; added from the dialog, or marked not a person, the CSV, Excel and PDF name no one', async ({
    page,
    host,
    dialogs,
    dataDir,
  }) => {
    test.setTimeout(90_000);
    const reviewId = await hartwellReview(host, dialogs, registered);
    const chronology = new ChronologyPage(page);
    const names = new NamesCheckDialog(page);
    await chronology.open();
    await chronology.anonymised.check();
    await chronology.expectCount(33, 33);
    await expect(chronology.main.getByText('Export all 33 entries, anonymised (pseudonyms in place of names):')).toBeVisible();

    const csv = path.join(dataDir, 'chronology-anonymised.csv');
    dialogs.nextSavePath(csv);
    await chronology.main.getByRole('button', { name: 'Export CSV' }).click();
    await expect(names.dialog).toBeVisible();
    await expect(names.heading).toBeFocused();
    const found = await names.names();
    expect(found).toEqual(expect.arrayContaining(['Tyler Hartwell', 'Janet Hartwell']));
    // Nothing is written, and where to save is not even asked, until every name is dealt with.
    expect(existsSync(csv)).toBe(false);
    expect(dialogs.shown.filter((shown) => shown.kind === 'save')).toHaveLength(0);
    // Each name says how often and where it appears, in the agencies' own words.
    await expect(names.candidate('Janet Hartwell')).toContainText('Appears twice:');
    await expect(names.candidate('Janet Hartwell')).toContainText('grandmother Janet Hartwell');
    await expect(names.candidate('Tyler Hartwell')).toContainText(/Appears \d+ times; the first 5:/);
    await expectNoAxeViolations(page, 'the names check dialog');

    // By keyboard: Tab from the heading reaches the first name's first button, and shows where focus is.
    await page.keyboard.press('Tab');
    await expect(names.addButton(found[0]!)).toBeFocused();
    expect(await names.addButton(found[0]!).evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(focusYellow);

    // Tyler, as a sibling, with the pseudonym the family chose typed over the suggestion.
    await names.addToRegister('Tyler Hartwell', { role: 'Sibling', pseudonym: 'Sibling T' });
    await expect(names.status).toHaveText(`Added Tyler Hartwell to the people register as Sibling T. ${found.length - 1} ${found.length - 1 === 1 ? 'name is' : 'names are'} left to check.`);
    await expect(names.candidate('Tyler Hartwell')).toHaveCount(0);
    await expect(names.heading).toBeFocused();

    // Janet, by keyboard alone: the relationship suggests her pseudonym.
    await names.addButton('Janet Hartwell').focus();
    await page.keyboard.press('Enter');
    const janet = names.addForm('Janet Hartwell');
    await expect(janet.getByLabel('Real name')).toBeFocused();
    await expect(janet.getByLabel('Role in the case')).toHaveValue('other-family');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(janet.getByLabel('Relationship (optional)')).toBeFocused();
    await page.keyboard.type('Maternal grandmother');
    await page.keyboard.press('Tab');
    await expect(janet.getByLabel('Pseudonym')).toBeFocused();
    await expect(janet.getByLabel('Pseudonym')).toHaveValue('Maternal grandmother');
    await page.keyboard.press('Enter');
    await expect(names.candidate('Janet Hartwell')).toHaveCount(0);

    // Whatever else the check found is not a person (a town); the last one lets the export go ahead.
    const rest = found.filter((name) => name !== 'Tyler Hartwell' && name !== 'Janet Hartwell');
    expect(rest.length).toBeGreaterThan(0);
    for (const name of rest) await names.markNotPerson(name);
    await expect(names.dialog).toBeHidden();
    const csvStatus = chronology.main.getByRole('status').filter({ hasText: /^Saved chronology-anonymised\.csv: 33 entries from 6 agencies\./ });
    await expect(csvStatus).toContainText(csv);
    const csvText = await readFile(csv, 'utf8');
    expect(parse(csvText, { columns: true, bom: true, skip_empty_lines: true })).toHaveLength(33);
    expectNoOneNamed(csvText, 'the CSV');

    // The register now holds them, as the dialog added them; the words marked stay marked.
    const people = await host.call('people:list', { reviewId });
    expect(people.map(({ name, pseudonym }) => `${name}: ${pseudonym}`)).toEqual(
      expect.arrayContaining(['Tyler Hartwell: Sibling T', 'Janet Hartwell: Maternal grandmother']),
    );
    expect((await host.call('export:not-people', {})).map((entry) => entry.name).sort()).toEqual([...rest].sort());
    // And the anonymised view on screen, read again with the new register, names no one either.
    expect(await chronology.pageText()).not.toMatch(realNames);

    // Nothing left to check: Excel and PDF go straight to the save dialog.
    const xlsx = path.join(dataDir, 'chronology-anonymised.xlsx');
    dialogs.nextSavePath(xlsx);
    await chronology.main.getByRole('button', { name: 'Export Excel' }).click();
    await expect(chronology.main.getByRole('status').filter({ hasText: /^Saved chronology-anonymised\.xlsx: 33 entries/ })).toContainText(xlsx);
    expectNoOneNamed(await excelText(xlsx), 'the Excel workbook');

    const pdf = path.join(dataDir, 'chronology-anonymised.pdf');
    dialogs.nextSavePath(pdf);
    await chronology.main.getByRole('button', { name: 'Export PDF' }).click();
    await expect(chronology.main.getByRole('status').filter({ hasText: /^Saved chronology-anonymised\.pdf: 33 entries/ })).toContainText(pdf);
    const text = await pdfText(pdf);
    expect(text).toContain('33 entries from 6 agencies');
    expectNoOneNamed(text, 'the PDF');
    await expect(names.dialog).toHaveCount(0);

    const exports = await host.call('export:list', { reviewId });
    expect(exports.map((record) => [record.format, record.anonymised, record.unresolvedReason])).toEqual([
      ['pdf', true, null],
      ['xlsx', true, null],
      ['csv', true, null],
    ]);
  });

  test('Escape leaves nothing written and focus on the export button; "Export anyway" needs a reason, and the reason is recorded', async ({ page, host, dialogs, dataDir }) => {
    const reviewId = await hartwellReview(host, dialogs, registered);
    const chronology = new ChronologyPage(page);
    const names = new NamesCheckDialog(page);
    await chronology.open();
    await chronology.anonymised.check();
    await chronology.expectCount(33, 33);

    const exportCsv = chronology.main.getByRole('button', { name: 'Export CSV' });
    await exportCsv.click();
    await expect(names.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(names.dialog).toBeHidden();
    await expect(exportCsv).toBeFocused();
    await expect(chronology.main.getByRole('status').filter({ hasText: 'Export cancelled: nothing was saved.' })).toBeVisible();
    expect(dialogs.shown).toHaveLength(6); // the six imports' open dialogs, and no save dialog
    expect(await host.call('export:list', { reviewId })).toEqual([]);

    const target = path.join(dataDir, 'chronology-anyway.csv');
    dialogs.nextSavePath(target);
    await exportCsv.click();
    await expect(names.dialog).toBeVisible();
    await names.exportAnywayButton.click();
    await expect(names.reason).toBeFocused();
    await expect(names.reason).toHaveAccessibleDescription(/Say why the names can stay/);
    expect(existsSync(target)).toBe(false);

    const reason = 'Shared only with the panel chair, who knows the family; agreed at the PRG meeting.';
    await names.exportAnyway(reason);
    await expect(names.dialog).toBeHidden();
    const status = chronology.main.getByRole('status').filter({ hasText: /^Saved chronology-anyway\.csv: 33 entries from 6 agencies\./ });
    await expect(status).toContainText('Names not in the people register were left as written; your reason is recorded with the export.');
    await expect(status).toContainText(target);
    // Anyway means anyway: the names the register does not know are in the file as written.
    const text = await readFile(target, 'utf8');
    expect(text).toContain('Tyler');
    expect(text).not.toMatch(/\b(Maisie|Kerry|Farrow)\b/);
    const [record] = await host.call('export:list', { reviewId });
    expect(record).toMatchObject({ format: 'csv', anonymised: true, unresolvedReason: reason, fileName: 'chronology-anyway.csv' });
  });

  test('a filtered composite exports only the entries shown, checks only their names, and says it is the filtered view', async ({ page, host, dialogs, dataDir }) => {
    const reviewId = await hartwellReview(host, dialogs, registered);
    const chronology = new ChronologyPage(page);
    const names = new NamesCheckDialog(page);
    await chronology.open();
    await chronology.anonymised.check();
    await chronology.expectCount(33, 33);
    // The GP's entries name only people in the register: no check to pass, though the whole composite has names to check.
    await chronology.filterAgency('GP');
    await chronology.expectCount(4, 33);
    await expect(chronology.main.getByText('Export the 4 entries shown, anonymised (pseudonyms in place of names):')).toBeVisible();

    const target = path.join(dataDir, 'gp-only.csv');
    dialogs.nextSavePath(target);
    await chronology.main.getByRole('button', { name: 'Export CSV' }).click();
    const status = chronology.main.getByRole('status').filter({ hasText: /^Saved gp-only\.csv: 4 entries from 1 agency, the filtered view \(.+\) of 33 in all\./ });
    await expect(status).toContainText(target);
    await expect(names.dialog).toHaveCount(0);
    const rows = parse(await readFile(target, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => Object.values(row).includes('GP'))).toBe(true);
    expect(rows.map((row) => Object.values(row).join(' ')).join('\n')).not.toMatch(realNames);
    const [record] = await host.call('export:list', { reviewId });
    expect(record).toMatchObject({ anonymised: true, filtered: true });

    // The whole composite again: every entry, and its names to check.
    await chronology.clearFilters();
    await chronology.expectCount(33, 33);
    await expect(chronology.main.getByText('Export all 33 entries, anonymised (pseudonyms in place of names):')).toBeVisible();
    await chronology.main.getByRole('button', { name: 'Export CSV' }).click();
    await expect(names.candidate('Tyler Hartwell')).toBeVisible();
    await names.cancelButton.click();
    await expect(names.dialog).toBeHidden();
  });

  test('a word marked not a person by mistake is undone in the dialog, or taken off the list in Settings, and is checked again', async ({ page, host, dialogs }) => {
    await hartwellReview(host, dialogs, registered);
    const chronology = new ChronologyPage(page);
    const names = new NamesCheckDialog(page);
    await chronology.open();
    await chronology.anonymised.check();
    await chronology.expectCount(33, 33);
    const exportCsv = chronology.main.getByRole('button', { name: 'Export CSV' });

    await exportCsv.click();
    await names.markNotPerson('Melksham');
    const marked = names.dialog.getByRole('region', { name: 'Marked not a person' });
    await expect(marked).toContainText('Melksham');
    await expectNoAxeViolations(page, 'the names check dialog with a word marked');
    await marked.getByRole('button', { name: 'Undo: Melksham may be a person' }).click();
    await expect(names.candidate('Melksham')).toBeVisible();
    await expect(marked).toHaveCount(0);
    await expect(names.status).toContainText('Melksham is checked again.');
    await expect(names.heading).toBeFocused();

    await names.markNotPerson('Melksham');
    await names.cancelButton.click();
    await expect(names.dialog).toBeHidden();
    await expect(exportCsv).toBeFocused();

    const settings = new SettingsPage(page);
    await settings.open();
    const section = settings.main.getByRole('region', { name: 'Names marked not a person' });
    const list = section.getByRole('table', { name: 'Words marked not a person' });
    await expect(list.getByRole('rowheader')).toHaveText(['Melksham']);
    await expectNoAxeViolations(page, 'Settings with a word marked not a person');
    await section.getByRole('button', { name: 'Take off the list: Melksham' }).click();
    await expect(section.getByRole('status')).toHaveText('Melksham is no longer marked: the check before an anonymised export will find it again.');
    await expect(section).toContainText('No words are marked not a person.');
    expect(await host.call('export:not-people', {})).toEqual([]);

    await settings.main.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(chronology.heading).toBeVisible();
    await exportCsv.click();
    await expect(names.candidate('Melksham')).toBeVisible();
    await names.cancelButton.click();
  });

  // "Janet Hartwell" is listed with the key "janet" (Hartwell is known from Maisie): the mark is
  // kept under the check's own key, so the name leaves the list.
  test('a name partly known to the register ("Janet Hartwell") marked not a person leaves the list', async ({ page, host, dialogs }) => {
    await hartwellReview(host, dialogs, registered);
    const chronology = new ChronologyPage(page);
    const names = new NamesCheckDialog(page);
    await chronology.open();
    await chronology.anonymised.check();
    await chronology.expectCount(33, 33);
    await chronology.main.getByRole('button', { name: 'Export CSV' }).click();
    await names.notPersonButton('Janet Hartwell').click();
    await expect(names.candidate('Janet Hartwell')).toHaveCount(0, { timeout: 3_000 });
  });
});
