/**
 * Words a user reads (issue #15): no developer wording ("seed", "(check)", "SQLite") and no
 * YYYY-MM-DD dates on any screen, outside what the user or an agency typed (an agency's date as
 * written is shown under its own label and is left out of the check) and the versions listed for
 * support under Settings → About this app. Screenshots of the
 * composite, the terms of reference and the audit log at 1280×720 are kept with the test results.
 */
import type { Page } from '@playwright/test';
import { hartwellReview } from './chronology-setup';
import { expect, test } from './fixtures';
import { ChronologyPage, type ChronologyTabLabel } from './pages/chronology';
import { DocumentsPage } from './pages/documents';
import { ReviewsPage } from './pages/reviews';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';
import { TermsPage } from './pages/terms';

const developerWords: Array<[RegExp, string]> = [
  [/\bseed\b/i, '"seed"'],
  [/\(check\)/i, '"(check)"'],
  [/sqlite/i, '"SQLite"'],
  [/\b\d{4}-\d{2}-\d{2}\b/, 'a YYYY-MM-DD date'],
];

/** The page's visible text without what an agency or the user wrote (marked in the markup). */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    // [data-technical]: Settings → About this app lists engine versions for support, by design.
    copy.querySelectorAll('.chron-as-written, [data-user-text], [data-technical], script, style, template').forEach((element) => element.remove());
    document.body.appendChild(copy);
    copy.style.position = 'absolute';
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}

test.describe('words a user reads', () => {
  test.use({ openWorkspace: true, viewport: { width: 1280, height: 720 } });

  test('no developer wording and no YYYY-MM-DD dates on any screen; the main screens at 1280×720', async ({ page, host, dialogs }, testInfo) => {
    test.setTimeout(180_000);
    const reviewId = await hartwellReview(host, dialogs);
    await host.call('review:create', { type: 'rapid-review', title: 'Rapid review: Child M', subject: 'Child M', dates: { aware: '2019-12-23' } });
    await host.call('document:create', { reviewId, title: 'Draft report', kind: 'report' });
    await host.call('terms:start', { reviewId, template: 'lcspr-rapid-review-led' });
    const problems: string[] = [];
    const look = async (where: string) => {
      // Whatever the screen is loading says so ("Loading…") until it has drawn.
      await expect(page.getByText(/^Loading/)).toHaveCount(0);
      const text = await screenText(page);
      for (const [pattern, what] of developerWords) {
        const found = pattern.exec(text);
        if (found) problems.push(`${where}: ${what} in “…${text.slice(Math.max(0, found.index - 40), found.index + 40).replace(/\s+/g, ' ')}…”`);
      }
    };
    const shot = async (name: string) => {
      await page.screenshot({ path: testInfo.outputPath(`${name}-1280x720.png`) });
    };

    const shell = new ShellPage(page);
    const reviews = new ReviewsPage(page);
    // The reviews were added through the core after the page opened: show the list again.
    await page.reload();
    await expect(reviews.table.getByRole('button', { name: 'LCSPR: Child M' })).toBeVisible();
    await look('the reviews list');
    await reviews.table.getByRole('button', { name: 'LCSPR: Child M' }).click();
    await expect(reviews.heading('LCSPR: Child M')).toBeVisible();
    await look('a review');
    await reviews.openPeople();
    await look('the people register');
    await reviews.backToReview();
    await reviews.openReview('Rapid review: Child M');
    await look('a rapid review with its deadlines');

    const chronology = new ChronologyPage(page);
    await chronology.open();
    await chronology.reviewPicker.selectOption({ label: 'LCSPR: Child M' });
    await chronology.expectCount(33, 33);
    await shot('composite');
    await look('the composite');
    for (const tab of ['Likely duplicates', 'Key practice episodes', 'Timeline', 'Submissions', 'Rejected rows'] satisfies ChronologyTabLabel[]) {
      await chronology.showTab(tab);
      await look(`the chronology's ${tab}`);
    }

    const terms = new TermsPage(page);
    await terms.open();
    await page.getByRole('main').getByLabel('Review', { exact: true }).selectOption({ label: 'LCSPR: Child M' });
    await expect(terms.banner).toBeVisible();
    await shot('terms-of-reference');
    await look('the terms of reference');
    await page.getByRole('main').getByLabel('Review', { exact: true }).selectOption({ label: 'Rapid review: Child M' });
    await expect(page.getByRole('main').getByRole('heading', { name: 'Start from a template' })).toBeVisible();
    await look('starting the terms of reference from a template');

    const documents = new DocumentsPage(page);
    await documents.open();
    await documents.reviewPicker.selectOption({ label: 'LCSPR: Child M' });
    await look('the documents');
    await documents.openDocument('Draft report');
    await look('a document');

    for (const area of ['Interviews'] as const) {
      await shell.area(area).click();
      await look(`the ${area} area`);
    }

    const settings = new SettingsPage(page);
    await settings.open();
    await look('settings');
    await page.getByRole('button', { name: 'Check the audit log' }).click();
    await expect(page.getByText(/^The audit log is intact/)).toBeVisible();
    await page.getByRole('heading', { name: 'Audit log' }).first().scrollIntoViewIfNeeded();
    await shot('audit-log');
    await look('the audit log');

    expect(problems, problems.join('\n')).toEqual([]);
  });
});
