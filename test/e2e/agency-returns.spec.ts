/**
 * Issue #16 through the UI, against the real core: four agencies asked for their returns in a
 * rapid review, due on working day 10 after the notification; one agency's Word chronology
 * imported through the wizard (which marks its request received); a nil return and a chase
 * recorded; and the Practice Review Group's view across reviews lists the one still late.
 * The clock is real, so the notification date is set six weeks back and every expected day is
 * worked out with the app's own working-day arithmetic over the shipped bank holidays.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { addDays, addWorkingDays, formatLocalDate, parseBankHolidays, parseLocalDate, workingDaysBetween } from '../../shared/deadlines';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ChronologyImportPage } from './pages/chronology-import';
import { ShellPage } from './pages/shell';

const holidays = parseBankHolidays(JSON.parse(readFileSync(path.resolve(__dirname, '../../resources/bank-holidays/england-and-wales.json'), 'utf8')));
const pad = (value: number) => String(value).padStart(2, '0');
const now = new Date();
const today = parseLocalDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
const notified = addDays(today, -42);
const due = addWorkingDays(notified, 10, holidays);
const late = workingDaysBetween(due, today, holidays);
const short = (day: string) => formatLocalDate(parseLocalDate(day), 'short');
const typed = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** A police chronology as agencies send it: a Word table under a title paragraph. */
async function policeDocx(file: string): Promise<void> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });
  const table = new Table({
    rows: [
      row('Date', 'Time', 'Source of information', 'Event', 'Action taken'),
      row('11/03/2019', '14:00', 'Police log 1234', 'Officers attended the family home after a neighbour called.', 'Referral to children’s social care'),
      row('02/04/2019', '', 'Police log 1301', 'Strategy discussion with children’s social care.', 'Section 47 enquiry agreed'),
    ],
  });
  const document = new Document({ sections: [{ children: [new Paragraph('Police chronology for the rapid review'), table] }] });
  writeFileSync(file, await Packer.toBuffer(document));
}

test.describe('agency requests and returns', () => {
  test.use({ openWorkspace: true });

  test('ask four agencies → due on working day 10 → a Word chronology answers one → nil return, chase → the view across reviews lists the late one', async ({ page, host, dialogs, dataDir }) => {
    test.setTimeout(120_000); // four requests, an import and three screens checked with axe, on a two-core machine
    const shell = new ShellPage(page);
    const main = page.getByRole('main');
    const review = await host.call('review:create', {
      type: 'rapid-review',
      title: 'Rapid review: Child M',
      subject: 'Child M',
      rules: 'wt2023',
      dates: { aware: addDays(notified, -3), notified },
      agencies: ['Police', 'Health visiting', 'Riverside Primary School', 'Housing'],
    });

    await shell.area('Reviews').click();
    await main.getByRole('button', { name: 'Rapid review: Child M' }).click();
    await main.getByRole('button', { name: 'Agency requests' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Agency requests' })).toBeVisible();
    await expect(main).toContainText('No agency has been asked yet.');

    // Asking with nothing ticked is refused beside the boxes.
    await main.getByLabel('Agency', { exact: true }).fill('Police');
    await main.getByLabel('Agency summary').uncheck();
    await main.getByRole('button', { name: 'Ask the agency' }).click();
    await expect(page.getByRole('link', { name: 'Tick what the agency is asked for.' })).toBeVisible();

    for (const [agency, asks] of [
      ['Police', ['Chronology']],
      ['Health visiting', ['Agency summary']],
      ['Riverside Primary School', ['Agency summary']],
      ['Housing', ['Information only']],
    ] as const) {
      await main.getByLabel('Agency', { exact: true }).fill(agency);
      for (const label of ['Chronology', 'Agency summary', 'Information only']) {
        const box = main.getByRole('checkbox', { name: label, exact: true });
        if ((asks as readonly string[]).includes(label)) await box.check();
        else await box.uncheck();
      }
      await main.getByLabel('Date sent (optional)').fill(typed(addDays(notified, 1)));
      await main.getByRole('button', { name: 'Ask the agency' }).click();
      await expect(main.getByRole('status').filter({ hasText: `Asked ${agency}.` })).toContainText(`Due ${formatLocalDate(parseLocalDate(due))}.`);
    }
    const table = main.getByRole('table', { name: 'Requests for this review' });
    const row = (agency: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${agency}`) }) });
    for (const agency of ['Police', 'Health visiting', 'Riverside Primary School', 'Housing']) {
      await expect(row(agency)).toContainText(short(due));
      await expect(row(agency)).toContainText('10 working days from the notification being sent');
      await expect(row(agency)).toContainText(`Late${late} working days late`);
    }
    await expectNoAxeViolations(page, 'the agency requests of a review');

    // The police send a Word chronology: imported from their request (the wizard knows the agency), it answers it.
    const file = path.join(dataDir, 'police-chronology.docx');
    await policeDocx(file);
    const wizard = new ChronologyImportPage(page);
    await main.getByRole('button', { name: 'Import the return from Police' }).click();
    await expect(wizard.heading('Import an agency submission')).toBeFocused();
    await expect(main).toContainText('Police’s return. Choose the file Police sent.');
    await wizard.chooseFiles(dialogs, [file]);
    await expect(main.getByLabel('Agency', { exact: true })).toHaveValue('Police');
    await wizard.preview('police-chronology.docx');
    await wizard.importAndWait('police-chronology.docx');
    await expect(main.getByRole('status').filter({ hasText: 'Imported 2 entries from Police' })).toContainText('Police’s chronology request is marked received.');
    await wizard.done();
    expect((await host.call('chronology:list', { reviewId: review.id, anonymised: false })).total).toBe(2);

    // Back in Reviews, where the requests were left, read again from the workspace.
    await shell.area('Reviews').click();
    await expect(main.getByRole('heading', { level: 1, name: 'Agency requests' })).toBeVisible();
    await expect(row('Police')).toContainText(`Received ${short(today)}`);

    // Housing had no involvement: a nil return, with who confirmed it.
    await main.getByRole('button', { name: 'Record a chase or return for Housing' }).click();
    await expect(main.getByRole('heading', { level: 2, name: 'Housing' })).toBeFocused();
    await main.getByRole('radio', { name: 'Nil return' }).check();
    await main.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('link', { name: 'Enter who confirmed the nil return, for example their role.' })).toBeVisible();
    await expectNoAxeViolations(page, 'recording a nil return, with an error');
    await main.getByLabel('Confirmed by').fill('Head of tenancy services');
    await main.getByRole('button', { name: 'Save' }).click();
    await expect(main.getByRole('status').filter({ hasText: 'Housing: nil return recorded.' })).toBeFocused();
    await expect(row('Housing')).toContainText(`Confirmed ${short(today)} by Head of tenancy services`);

    // Health visiting is chased.
    await main.getByRole('button', { name: 'Record a chase or return for Health visiting' }).click();
    await main.getByRole('radio', { name: 'Chased' }).check();
    await main.getByLabel('Note (optional)').fill('Phoned the named nurse');
    await main.getByRole('button', { name: 'Save' }).click();
    await expect(row('Health visiting')).toContainText(`Chased ${short(today)}`);
    await expect(row('Health visiting')).toContainText(`${late} working days late`);

    // The register says what is outstanding; the view across reviews lists the late ones.
    await page.getByRole('button', { name: 'Back to the review' }).click();
    await page.getByRole('button', { name: 'All reviews' }).click();
    await expect(main.getByRole('row', { name: /Rapid review: Child M/ })).toContainText(`2 late; next due ${short(due)}`);
    await main.getByRole('button', { name: 'Agency returns across all reviews' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Agency returns across all reviews' })).toBeVisible();
    const lateList = main.getByRole('table', { name: 'Late', exact: true });
    await expect(lateList.getByRole('row').filter({ hasText: 'Riverside Primary School' })).toContainText(`Late${late} working days late`);
    await expect(lateList.getByRole('row').filter({ hasText: 'Health visiting' })).toContainText('Chased');
    await expect(lateList).not.toContainText('Housing');
    await expect(main.getByRole('table', { name: 'Received today', exact: true })).toContainText('Police');
    await expect(main.getByRole('table', { name: 'Received today', exact: true })).toContainText('Housing');
    await expectNoAxeViolations(page, 'agency returns across all reviews');

    // Saved for the group's papers: a workbook read back with exceljs.
    const workbookFile = path.join(dataDir, 'agency-returns.xlsx');
    dialogs.nextSavePath(workbookFile);
    await main.getByRole('button', { name: 'Save as an Excel workbook' }).click();
    await expect(main.getByRole('status').filter({ hasText: 'Saved agency-returns.xlsx: 4 requests, 2 late' })).toBeFocused();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(workbookFile);
    const agencies: string[] = [];
    workbook.getWorksheet('Agency returns')!.eachRow((row, number) => number > 2 && agencies.push(String(row.getCell(3).text)));
    expect(agencies).toEqual(['Health visiting', 'Riverside Primary School', 'Housing', 'Police']);

    // Sorted by agency, the full list starts with Health visiting.
    await main.getByLabel('Sort by').selectOption({ label: 'Agency' });
    await expect(main.getByRole('table', { name: /^Every request/ }).getByRole('row').nth(1)).toContainText('Health visiting');
  });
});
