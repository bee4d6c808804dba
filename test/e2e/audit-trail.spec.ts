/**
 * Issue #15: Settings → Audit log shows the log itself — newest first, when (day first), who,
 * what in words and what it was about — filtered by day, person and kind of action, a page at a
 * time, by keyboard, and with no name from the people register in it.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test, testPassphrase } from './fixtures';
import { AuditLogPage } from './pages/audit-log';
import { CreateWizardPage } from './pages/create-wizard';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';
import { WelcomePage } from './pages/welcome';

const dayFirst = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}$/;

test('a workspace created through the wizard by a named reviewer: the log shows “Created the workspace” by them', async ({ page, dialogs, workspacesDir }) => {
  const wizard = new CreateWizardPage(page);
  const settings = new SettingsPage(page);
  const auditLog = new AuditLogPage(page);
  await new WelcomePage(page).createButton.click();
  await wizard.createWorkspace(dialogs, { name: 'Review 2026-20', dir: workspacesDir, passphrase: testPassphrase, yourName: 'Priya Anand-Hollis', role: 'Independent reviewer' });
  await expect(new ShellPage(page).areaHeading('Reviews')).toBeFocused();

  await settings.open();
  await expect(auditLog.rowsWhere('Created the workspace')).toHaveCount(1);
  const [when, who, , about] = (await auditLog.cells()).at(-1)!;
  expect(when).toMatch(dayFirst);
  expect(who).toContain('Priya Anand-Hollis');
  expect(about).toBe('Workspace');
  await expect(auditLog.summary).toHaveText('Showing the 1 entry.');
  await expectNoAxeViolations(page, 'the audit log viewer');
});

test.describe('with a workspace open', () => {
  test.use({ openWorkspace: true });

  test('filters by kind of action, person and day; pages through the older entries; no register name anywhere', async ({ page, host }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child W', subject: 'Child W' });
    await host.call('people:add', { reviewId: review.id, name: 'Wilhelmina Strangeways', role: 'child', pseudonym: 'Child W' });
    for (let i = 0; i < 55; i++) await host.call('review:update', { id: review.id, title: `LCSPR: Child W (${i})` });
    await host.call('settings:set', { displayName: 'Jo Chair' });
    await host.call('backup:create', {});

    const settings = new SettingsPage(page);
    const auditLog = new AuditLogPage(page);
    await settings.open();
    await expect(auditLog.rows.first()).toBeVisible();
    const total = Number(/of (\d+) entries/.exec((await auditLog.summary.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(50);
    await expect(auditLog.rows).toHaveCount(50);
    // Newest first: the backup was the last thing done.
    expect((await auditLog.cells())[0]).toEqual([expect.stringMatching(dayFirst), 'Jo Chair', 'Took a backup', expect.stringMatching(/^Backup, taken /)]);
    await expect(auditLog.section).not.toContainText('Wilhelmina');
    await expect(auditLog.section).not.toContainText('Strangeways');
    await expect(auditLog.section).not.toContainText(/\b(workspace|review|backup)\.[a-z-]+\b/);

    // Older entries, by keyboard.
    await auditLog.older.focus();
    await page.keyboard.press('Enter');
    await expect(auditLog.summary).toHaveText(`Showing 51 to ${total} of ${total} entries, newest first.`);
    await expect(auditLog.older).toHaveAttribute('aria-disabled', 'true');
    await expect(auditLog.rowsWhere('Created the workspace')).toHaveCount(1);
    await auditLog.newer.click();
    await expect(auditLog.summary).toHaveText(`Showing 1 to 50 of ${total} entries, newest first.`);

    await auditLog.kind.selectOption({ label: 'Backups and restores' });
    await auditLog.showEntries.click();
    await expect(auditLog.summary).toHaveText('Showing the 1 matching entry.');
    await expect(auditLog.rowsWhere('Took a backup')).toHaveCount(1);

    await auditLog.kind.selectOption({ label: 'All kinds' });
    await auditLog.person.selectOption('Jo Chair');
    await auditLog.showEntries.click();
    await expect(auditLog.summary).toHaveText('Showing the 1 matching entry.');

    await auditLog.clearFilters.click();
    await expect(auditLog.summary).toHaveText(`Showing 1 to 50 of ${total} entries, newest first.`);
    await expect(auditLog.person).toHaveValue('');

    // Dates typed day first: from today is everything (all of it happened today).
    const today = new Date();
    await auditLog.from.fill(`${today.getDate()}/${today.getMonth() + 1}/${today.getFullYear()}`);
    await auditLog.showEntries.click();
    await expect(auditLog.summary).toHaveText(`Showing 1 to 50 of ${total} matching entries, newest first.`);

    // A day before anything happened: nothing; "to" before "from", or a day that does not exist: said beside the field.
    await auditLog.from.fill('');
    await auditLog.to.fill('1/1/2020');
    await auditLog.showEntries.click();
    await expect(auditLog.summary).toHaveText('No entries match these filters.');
    await expect(auditLog.rows).toHaveCount(0);
    await auditLog.from.fill('1/2/2020');
    await auditLog.showEntries.click();
    const problem = auditLog.section.getByRole('group', { name: 'There is a problem' });
    await expect(problem).toContainText('The “to” date is before the “from” date.');
    await auditLog.from.fill('31/2/2020');
    await auditLog.showEntries.click();
    await expect(problem).toContainText('Enter the “from” date as day, month and year, for example 7/12/2026.');
    await expectNoAxeViolations(page, 'the audit log viewer with a filter error');
  });
});
