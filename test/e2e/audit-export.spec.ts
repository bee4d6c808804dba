/**
 * Issue #15: Settings → Audit log → Save these entries. What the filters show, every page of it,
 * saved as CSV or PDF through the export path (the save dialog, then the file), in the viewer's
 * words — and no name from the people register in either file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PdfReader } from '../unit/pdf-reader';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { AuditLogPage } from './pages/audit-log';
import { SettingsPage } from './pages/settings';

test.use({ openWorkspace: true });
test.describe.configure({ timeout: 90_000 });

const dayFirst = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}$/;

test('the filtered entries saved as CSV and as PDF, in the viewer’s words', async ({ page, host, dialogs, dataDir }) => {
  const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child W', subject: 'Child W' });
  await host.call('people:add', { reviewId: review.id, name: 'Wilhelmina Strangeways', role: 'child', pseudonym: 'Child W' });
  for (let i = 0; i < 3; i++) await host.call('review:update', { id: review.id, title: `LCSPR: Child W (${i})` });
  await host.call('backup:create', {});

  const settings = new SettingsPage(page);
  const auditLog = new AuditLogPage(page);
  await settings.open();
  await auditLog.kind.selectOption({ label: 'Reviews, decisions, escalations and agency requests' });
  await auditLog.showEntries.click();
  await expect(auditLog.summary).toHaveText('Showing 1 to 4 of 4 matching entries, newest first.');
  const shown = await auditLog.cells();

  // CSV: exactly the rows on screen, with the same words.
  const csvFile = path.join(dataDir, 'reviews-audit.csv');
  dialogs.nextSavePath(csvFile);
  await auditLog.saveCsv.click();
  await expect(auditLog.saved).toHaveText('Saved reviews-audit.csv: 4 entries (Kind of action: Reviews, decisions, escalations and agency requests).');
  const rows = parse(await readFile(csvFile, 'utf8'), { bom: true }) as string[][];
  expect(rows[0]).toEqual(['When', 'Who', 'What', 'About']);
  expect(rows.slice(1)).toEqual(shown);
  for (const row of rows.slice(1)) expect(row[0]).toMatch(dayFirst);
  expect(dialogs.shown.at(-1)).toMatchObject({ kind: 'save', options: { title: 'Save the audit log', defaultName: 'audit-log-filtered.csv' } });

  // PDF: the same entries, readable by a PDF reader.
  const pdfFile = path.join(dataDir, 'reviews-audit.pdf');
  dialogs.nextSavePath(pdfFile);
  await auditLog.savePdf.click();
  await expect(auditLog.saved).toHaveText(/^Saved reviews-audit\.pdf: 4 entries/);
  const reader = PdfReader.fromFile(pdfFile);
  try {
    const text = (await reader.pages()).join('\n');
    expect(text).toContain('Audit log');
    for (const row of shown) expect(text).toContain(row[0]!);
    expect(text).toContain('Edited a review');
    expect(text).not.toContain('Took a backup');
    expect(text).not.toContain('Strangeways');
  } finally {
    await reader.close();
  }
  expect(await readFile(csvFile, 'utf8')).not.toContain('Strangeways');

  // Each export is in the log, in words.
  await auditLog.kind.selectOption({ label: 'Exports' });
  await auditLog.showEntries.click();
  await expect(auditLog.rowsWhere('Exported the audit log')).toHaveCount(2);
  await expectNoAxeViolations(page, 'the audit log with its export buttons');
});

test('cancelling the save dialog saves nothing and says nothing went wrong', async ({ page, dialogs }) => {
  const settings = new SettingsPage(page);
  const auditLog = new AuditLogPage(page);
  await settings.open();
  await expect(auditLog.rows.first()).toBeVisible();
  dialogs.nextSavePath(null);
  await auditLog.saveCsv.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => dialogs.shown.length).toBe(1);
  await expect(auditLog.saved).toHaveText('');
  await expect(auditLog.section.getByRole('alert')).toHaveCount(0);
});
