/**
 * Issue #18's register through the UI, against the real core: two reviews seeded with findings,
 * recommendations and actions for several agencies (one overdue, one at risk, two complete, one of those over a year ago); the
 * register across both with the overdue action first and its days overdue, filtered by agency and
 * overdue; the register exported to a workbook (read back with exceljs) and to the Quality and
 * Impact Group's PDF (its text extracted), both anonymised; the year's annual report tables; an
 * activity added and a finding from it; categories added and renamed; axe on every screen; the
 * register at 200% zoom.
 * Every person is invented; the children's names are in the registers so the anonymised checks mean something.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { pdfFileText } from '../unit/pdf-reader';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import type { TestHost } from './host';
import { ActionPlanPage } from './pages/action-plan';

const registeredNames = /\b(Maisie|Hartwell|Jasper|Penhallow)\b/;

interface SeededAction {
  text: string;
  agency: string;
  leadRole: string;
  due: string;
  progress?: { status: 'at-risk' | 'complete' | 'on-track'; rag: 'red' | 'amber' | 'green'; note: string; on: string };
}

/** A review with its child in the people register, one finding, a recommendation answering it, and its actions. */
async function seedReview(host: TestHost, review: { title: string; subject: string; child: string; category: string; finding: string; recommendation: string; actions: SeededAction[] }) {
  const created = await host.call('review:create', { type: 'lcspr', title: review.title, subject: review.subject });
  await host.call('people:add', { reviewId: created.id, name: review.child, role: 'child', pseudonym: review.subject });
  const categoryId = (await host.call('categories:list', {})).find((category) => category.name === review.category)!.id;
  const finding = await host.call('findings:add', { source: { kind: 'review', reviewId: created.id }, statement: review.finding, categoryId });
  const recommendation = await host.call('recommendations:add', { findingIds: [finding.id], text: review.recommendation, madeOn: '2025-11-03' });
  for (const action of review.actions) {
    const added = await host.call('actions:add', { recommendationId: recommendation.id, text: action.text, agency: action.agency, leadRole: action.leadRole, due: action.due });
    if (action.progress) await host.call('actions:progress', { id: added.id, ...action.progress });
  }
  return created.id;
}

const overdueAction = 'Review the police referral pathway for neglect';

/** Both reviews; returns Child Q's, where the overdue action is. */
async function seed(host: TestHost): Promise<string> {
  const childQ = await seedReview(host, {
    title: 'LCSPR: Child Q',
    subject: 'Child Q',
    child: 'Maisie Hartwell',
    category: 'Information sharing',
    finding: 'Agencies held pieces of the picture of home conditions that nobody put together.',
    recommendation: 'Partners agree how concerns about the home conditions of children like Maisie Hartwell are shared.',
    actions: [
      { text: overdueAction, agency: 'Police', leadRole: 'Detective Inspector, Public Protection', due: '2026-01-15' },
      {
        text: 'Run multi-agency training on neglect',
        agency: 'Children’s Services',
        leadRole: 'Head of Safeguarding',
        due: '2027-06-30',
        progress: { status: 'at-risk', rag: 'amber', note: 'Trainers not yet found.', on: '2026-11-02' },
      },
    ],
  });
  await seedReview(host, {
    title: 'LCSPR: Child R',
    subject: 'Child R',
    child: 'Jasper Penhallow',
    category: 'Supervision',
    finding: 'Supervision looked at tasks rather than at the child’s lived experience.',
    recommendation: 'Supervision in every agency asks what life is like for a child such as Jasper Penhallow.',
    actions: [
      {
        text: 'Brief every health visitor on reflective supervision',
        agency: 'Community Health',
        leadRole: 'Named Nurse',
        due: '2026-09-30',
        progress: { status: 'complete', rag: 'green', note: 'All teams briefed.', on: '2026-09-20' },
      },
      { text: 'Add the child’s experience to police supervision records', agency: 'Police', leadRole: 'Chief Inspector', due: '2027-03-31' },
      {
        text: 'Publish a supervision guide for school safeguarding leads',
        agency: 'Education',
        leadRole: 'Designated Safeguarding Lead adviser',
        due: '2025-12-31',
        progress: { status: 'complete', rag: 'green', note: 'Guide published.', on: '2025-11-20' },
      },
    ],
  });
  return childQ;
}

test.describe('the action plan: the register across reviews, its exports, the annual tables, activities and categories', () => {
  test.use({ openWorkspace: true });

  test('the register with the overdue action first, filtered, exported and reported, with activities and categories', async ({ page, host, dialogs, dataDir }) => {
    test.setTimeout(240_000); // five screens checked with axe and two exports on a busy two-core machine
    const childQ = await seed(host);
    const core = await host.call('actions:register', {});
    const overdueDays = core.rows.find((row) => row.text === overdueAction)!.daysOverdue;
    expect(overdueDays).toBeGreaterThan(0);

    const plan = new ActionPlanPage(page);
    const main = plan.main;
    await plan.open();

    // Every action of both reviews, the overdue one first with its days overdue.
    await expect(main).toContainText('5 actions, 1 overdue.');
    await expect(plan.rows()).toHaveCount(5);
    const first = plan.rows().first();
    await expect(first.getByRole('rowheader')).toHaveText(new RegExp(`^${overdueAction}`));
    await expect(first).toContainText(`${overdueDays} days overdue`);
    await expect(first).toContainText('LCSPR: Child Q');
    await expect(first).toContainText('Thu 15 Jan 2026');
    await expect(plan.row('Run multi-agency training on neglect')).toContainText('At risk (Amber)');
    await expect(plan.row('Brief every health visitor')).toContainText('Complete (Green)');
    await expect(plan.row('Brief every health visitor')).toContainText('LCSPR: Child R');
    // Complete for over 12 months with no evidence of impact: the partnership is prompted to review it.
    await expect(plan.row('Publish a supervision guide')).toContainText('Review impact');
    await expect(plan.row('Brief every health visitor')).not.toContainText('Review impact');
    await expectNoAxeViolations(page, 'the register');

    // Filtered by agency, then overdue only, then overdue days counted to a chosen day.
    await plan.filter({ agency: 'Police' });
    await expect(plan.rows()).toHaveCount(2);
    await expect(main).toContainText('2 actions, 1 overdue.');
    await plan.filter({ overdue: true });
    await expect(plan.rows()).toHaveCount(1);
    await plan.filter({ asOf: '31/03/2026' });
    await expect(plan.row(overdueAction)).toContainText('75 days overdue');
    await expect(main).toContainText('Actions led by Police, overdue only, overdue days counted to Tue 31 Mar 2026.');

    // The action beside the register, read only, with where to change it.
    await plan.row(overdueAction).getByRole('button').click();
    await expect(plan.panel.getByRole('heading', { level: 2, name: overdueAction })).toBeFocused();
    await expect(plan.panel).toContainText('Detective Inspector, Public Protection');
    await expect(plan.panel).toContainText('75 days overdue');
    await expect(plan.panel).toContainText('Finding 1: Agencies held pieces of the picture');
    await expect(plan.panel.getByRole('button', { name: 'Go to the Findings area of LCSPR: Child Q' })).toBeVisible();
    await expectNoAxeViolations(page, 'the register with an action open');

    // At 200% zoom (1280×720 lays out in 640×360 CSS pixels) the panel goes under the table, nothing wider than the page.
    await page.setViewportSize({ width: 640, height: 360 });
    await plan.button('Show actions').scrollIntoViewIfNeeded();
    await expect(plan.button('Show actions')).toBeInViewport();
    expect(await main.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    await expectNoAxeViolations(page, 'the register at 200% zoom');
    await page.setViewportSize({ width: 1280, height: 720 });
    await plan.button('Close the action').click();
    await expect(plan.row(overdueAction).getByRole('button')).toBeFocused();
    await plan.button('Clear the filters').click();
    await expect(plan.rows()).toHaveCount(5);

    // Changes are made in the review's Findings area: the button takes the user there, to that review.
    await plan.row(overdueAction).getByRole('button').click();
    await plan.panel.getByRole('button', { name: 'Go to the Findings area of LCSPR: Child Q' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Findings' })).toBeFocused();
    await expect(main.getByLabel('Review')).toHaveValue(childQ);
    await expect(main).toContainText(overdueAction);
    await plan.open();

    // The register as a workbook: one row per action, real dates, no registered name.
    await plan.show('Exports');
    await expect(main).toContainText('What is exported: Every action');
    await expectNoAxeViolations(page, 'the exports');
    const workbookFile = path.join(dataDir, 'action-register.xlsx');
    dialogs.nextSavePath(workbookFile);
    await expect(main.getByLabel('Include real names')).not.toBeChecked();
    await plan.button('Export the register (Excel workbook)').click();
    await expect(main.getByRole('status').filter({ hasText: /^Saved action-register\.xlsx/ })).toContainText(workbookFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(workbookFile);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ''));
    const dueColumn = header.indexOf('Target date');
    expect(dueColumn).toBeGreaterThan(0);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.filter((row) => row.hasValues);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.getCell(dueColumn).value).toBeInstanceOf(Date);
    const cells = rows.flatMap((row) => (row.values as unknown[]).map((value) => String(value ?? '')));
    expect(cells.join('\n')).toContain(overdueAction);
    expect(cells.join('\n')).toContain('Child Q');
    expect(cells.join('\n')).not.toMatch(registeredNames);

    // The Quality and Impact Group's report: counts by status and agency, the overdue action listed.
    const reportFile = path.join(dataDir, 'qig-report.pdf');
    dialogs.nextSavePath(reportFile);
    await plan.button('Export the Quality and Impact Group report (PDF)').click();
    await expect(main.getByRole('status').filter({ hasText: /^Saved qig-report\.pdf/ })).toContainText(reportFile);
    const text = await pdfFileText(reportFile);
    for (const words of ['Actions by status', 'Actions by agency', 'Community Health', 'Overdue actions (1)', overdueAction, `${overdueDays} days overdue`]) expect(text).toContain(words);
    expect(text).toMatch(/5 actions as at .*: 1 overdue, 1 at risk or off track, 2 complete\./);
    expect(text).not.toMatch(registeredNames);

    // The year's annual report tables: each review's finding and what was done about it.
    await plan.show('Annual report tables');
    await expect(main.getByLabel('Reporting year')).toHaveValue(String(new Date().getMonth() >= 3 ? new Date().getFullYear() : new Date().getFullYear() - 1));
    const childQTable = main.getByRole('table', { name: 'LCSPR: Child Q' });
    await expect(childQTable).toContainText('Agencies held pieces of the picture');
    await expect(main.getByRole('table', { name: 'LCSPR: Child R' })).toContainText('Brief every health visitor on reflective supervision');
    await expectNoAxeViolations(page, 'the annual report tables');

    // An activity other than a review, and a finding from it through the findings workspace the area shows for it.
    await plan.show('Activities');
    await plan.button('Add an activity').click();
    await plan.button('Add the activity').click();
    await expect(page.getByRole('link', { name: /^Give the activity a title/ })).toBeVisible();
    await main.getByLabel('Type').selectOption({ label: 'Multi-agency audit' });
    await main.getByLabel('Title').fill('Neglect in under-fives');
    await main.getByLabel('Date held or reported').fill('12/10/2026');
    await main.getByLabel('Led by (optional)').fill('Quality and Impact Group');
    await plan.button('Add the activity').click();
    await expect(main.getByRole('status').filter({ hasText: 'Added Multi-agency audit: Neglect in under-fives.' })).toBeVisible();
    const activityRow = main.getByRole('row').filter({ hasText: 'Neglect in under-fives' });
    await expect(activityRow).toContainText('Mon 12 Oct 2026');
    await expect(activityRow).toContainText('No findings');
    await expectNoAxeViolations(page, 'the activities');
    await main.getByRole('button', { name: /^Neglect in under-fives/ }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Findings' })).toBeFocused();
    await expect(main).toContainText('Multi-agency audit: Neglect in under-fives');
    await expectNoAxeViolations(page, 'an activity’s findings');
    await plan.button('Add a finding').click();
    await main.getByLabel('Statement').fill('Neglect was seen late where the family moved between areas.');
    await main.getByLabel('Category').selectOption({ label: 'Escalation' });
    await plan.button('Add the finding').click();
    await expect(main.getByRole('status').filter({ hasText: /^Added Finding 1/ })).toBeVisible();
    await plan.button('Back to activities').click();
    await expect(plan.heading('Activities')).toBeFocused();
    await expect(activityRow).toContainText('1 finding');
    await main.getByRole('button', { name: 'Remove Neglect in under-fives' }).click();
    await plan.button('Yes, remove Neglect in under-fives').click();
    await expect(main.getByRole('alert')).not.toBeEmpty();
    await plan.button('Cancel').click();

    // The partnership's categories: one added, then renamed.
    await plan.show('Categories');
    await main.getByLabel('Name', { exact: true }).fill('Neglect');
    await plan.button('Add the category').click();
    await expect(main.getByRole('status').filter({ hasText: 'Added Neglect.' })).toBeVisible();
    await main.getByRole('button', { name: 'Rename Neglect' }).click();
    await expect(main.getByRole('heading', { level: 2, name: 'Rename Neglect' })).toBeFocused();
    await main.getByLabel('New name').fill('Neglect and home conditions');
    await plan.button('Save the name').click();
    await expect(main.getByRole('status').filter({ hasText: 'Renamed Neglect to Neglect and home conditions.' })).toBeVisible();
    await expect(main.getByRole('rowheader', { name: 'Neglect and home conditions' })).toBeVisible();
    await main.getByRole('button', { name: 'Remove Supervision' }).click();
    await expect(main.getByRole('group', { name: 'Remove Supervision?' })).toContainText('1 finding has Supervision. It keeps its text and becomes uncategorised.');
    await expectNoAxeViolations(page, 'the categories');
    await plan.button('Yes, remove Supervision').click();
    await expect(main.getByRole('status').filter({ hasText: 'Removed Supervision. 1 finding now uncategorised.' })).toBeVisible();
  });
});
