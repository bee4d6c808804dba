/**
 * Long operations as jobs (issue #13), against the real core: a large import shows its progress
 * in the wizard and is cancelled as soon as rows are being checked, leaving the composite as it
 * was; the jobs panel shows a running job in words with a progress bar and a Cancel button the
 * keyboard reaches (axe on that screen); a PDF export shows its progress there and the file is
 * there when it ends. Every file here is generated and fictional.
 */
import { execFileSync } from 'node:child_process';
import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { importFile } from './chronology-setup';
import { expect, test } from './fixtures';
import type { TestHost } from './host';
import { ChronologyPage } from './pages/chronology';
import { ChronologyImportPage } from './pages/chronology-import';
import { DocumentsPage } from './pages/documents';
import { chronologyFixtures } from '../fixtures/paths';

/** A review with the police fixture's 8 entries already in its composite. */
async function reviewWithPolice(host: TestHost, dialogs: Parameters<typeof importFile>[1]): Promise<string> {
  const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  await importFile(host, dialogs, review.id, path.join(chronologyFixtures, 'police.csv'));
  return review.id;
}

function rowsOfEvents(count: number): string {
  const rows = Array.from({ length: count }, (_, index) => `${String((index % 28) + 1).padStart(2, '0')}/03/2019,Supervision appointment ${index}`);
  return ['Date,Event', ...rows].join('\n');
}

async function composite(host: TestHost, reviewId: string): Promise<number> {
  return (await host.call('chronology:list', { reviewId, anonymised: false })).total;
}

/**
 * Clicks "Cancel import" from inside the page the moment the wizard says rows are being checked
 * (a click sent from the test would arrive whenever the test next gets a turn). Resolves with what
 * the progress bar and its words showed at that moment, and whether the jobs panel showed it too.
 */
function cancelWhenCheckingRows(page: Page): Promise<{ words: string; value: number; max: number; inPanel: boolean }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const words = document.getElementById('import-phase')?.textContent ?? '';
          const bar = document.getElementById('import-progress') as HTMLProgressElement | null;
          const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Cancel import');
          if (!/^Checking rows: [\d,]+ of [\d,]+$/.test(words) || !bar || !button) return;
          observer.disconnect();
          const inPanel = document.querySelector('[aria-label="Running now"]') !== null;
          button.click();
          resolve({ words, value: bar.value, max: bar.max, inPanel });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
}

/** Everything the jobs panel's progress bars said while `work` ran, recorded in the page as it happened. */
async function panelWordsDuring(page: Page, work: () => Promise<void>): Promise<Array<{ words: string; value: number | null; max: number | null }>> {
  await page.evaluate(() => {
    const seen: Array<{ words: string; value: number | null; max: number | null }> = [];
    (window as unknown as { jobsSeen: typeof seen }).jobsSeen = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll<HTMLProgressElement>('[aria-label="Running now"] progress')) {
        const words = document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
        const measured = bar.hasAttribute('value');
        if (seen.at(-1)?.words !== words) seen.push({ words, value: measured ? bar.value : null, max: measured ? bar.max : null });
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await work();
  return page.evaluate(() => (window as unknown as { jobsSeen: Array<{ words: string; value: number | null; max: number | null }> }).jobsSeen);
}

test.describe('long operations as jobs', () => {
  test.use({ openWorkspace: true });

  test('a large import shows its progress; cancelled while rows are checked, the composite shows nothing new', async ({ page, host, dialogs, dataDir }) => {
    // Setting up and previewing 60,000 rows is slow on a busy two-core machine.
    test.setTimeout(120_000);
    const reviewId = await reviewWithPolice(host, dialogs);
    const file = path.join(dataDir, 'probation-large.csv');
    await writeFile(file, rowsOfEvents(60_000));
    const wizard = new ChronologyImportPage(page);
    await wizard.open();
    await wizard.chooseFiles(dialogs, [file]);
    await wizard.agencyField.fill('Probation');
    await wizard.preview('probation-large.csv');
    await expect(wizard.main).toContainText('60,000 rows will become entries, 0 will be rejected, 0 flagged.');

    const cancelled = cancelWhenCheckingRows(page);
    await wizard.startImport();
    const seen = await cancelled;
    expect(seen.words).toMatch(/^Checking rows: [\d,]+ of 60,000$/);
    expect(seen.max).toBe(60_000);
    expect(seen.value).toBeGreaterThan(0);
    expect(seen.value).toBeLessThan(60_000);
    // Shown where the user is, in the wizard, and not a second time in the jobs panel.
    expect(seen.inPanel).toBe(false);

    await expect(wizard.heading('Import of probation-large.csv cancelled')).toBeFocused();
    await expect(wizard.main.getByRole('status').filter({ hasText: 'Import cancelled: nothing from the file was added.' })).toBeVisible();
    await wizard.main.getByRole('button', { name: 'Close' }).click();
    const chronology = new ChronologyPage(page);
    await expect(chronology.count).toHaveText('Showing 8 of 8 entries');
    expect(await composite(host, reviewId)).toBe(8);
    expect((await host.call('chronology:submissions', { reviewId })).map((submission) => submission.fileName)).toEqual(['police.csv']);
  });

  test('the jobs panel names a running job, shows its progress, and its Cancel works from the keyboard', async ({ page, host, dialogs, dataDir }) => {
    test.skip(process.platform === 'win32', 'A named pipe stands in for a file on a slow network drive; Windows has none to make here.');
    const reviewId = await reviewWithPolice(host, dialogs);
    const chronology = new ChronologyPage(page);
    await chronology.open();
    // A file that arrives only when the test sends it, like one on a slow network drive: the job
    // is reading it for as long as the test needs, with no timing involved.
    const slow = path.join(dataDir, 'slow.csv');
    execFileSync('mkfifo', [slow]);
    dialogs.nextOpenPath(slow);
    const [picked] = (await host.call('chronology:choose-files', { reviewId })) ?? [];
    const importing = host
      .call('chronology:import', { reviewId, token: picked!.token, headerIndex: 0, mapping: ['date', 'event'], agency: 'Probation', saveFormat: false })
      .then(
        () => null,
        (error: unknown) => error,
      );
    try {
      const panel = page.getByRole('region', { name: 'Running now' });
      await expect(panel.getByRole('progressbar', { name: 'Importing a file — reading the file' })).toBeVisible();
      const cancel = panel.getByRole('button', { name: 'Cancel importing a file' });
      await expectNoAxeViolations(page, 'the jobs panel with a job running');

      // From the status bar, one step back reaches Cancel: the panel sits just above it.
      await page.getByText(/^Workspace: .* — unlocked$/).click();
      await page.keyboard.press('Shift+Tab');
      await expect(cancel).toBeFocused();
      await expect(cancel).toHaveCSS('background-color', 'rgb(255, 221, 0)');
      await page.keyboard.press('Enter');
      await expect(panel).toContainText('Importing a file — cancelling…');
      await expect(page.getByRole('status').filter({ hasText: 'Importing a file: cancelling…' })).toBeAttached();
      // Pressed again: nothing more happens.
      await page.keyboard.press('Enter');
    } finally {
      // The rows arrive (or, if the test failed, an empty file does): the reader is released.
      const writer = await open(slow, 'r+');
      await writer.writeFile(rowsOfEvents(100));
      await writer.close();
    }
    expect(String(await importing)).toContain('Import cancelled: nothing from the file was added.');
    await expect(page.getByRole('region', { name: 'Running now' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Importing a file: cancelled.' })).toBeAttached();
    // Cancel went with its job; focus went back to the page rather than nowhere.
    await expect(page.getByRole('main')).toBeFocused();
    expect(await composite(host, reviewId)).toBe(8);
  });

  test('a PDF export shows its progress in the jobs panel, and the file is there when it ends', async ({ page, host, dialogs, dataDir }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const sections = Array.from({ length: 60 }, (_, index) => [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Practice episode ${index + 1}` }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Agencies shared what they knew at the time, and the panel considered it. '.repeat(30) }] },
    ]).flat();
    await host.call('document:create', { reviewId: review.id, title: 'Overview report: Child M', kind: 'report', content: { type: 'doc', content: sections } });
    const documents = new DocumentsPage(page);
    await documents.open();
    await documents.openDocument('Overview report: Child M');
    const form = await documents.showPanel('Export to PDF');
    const target = path.join(dataDir, 'overview-report.pdf');
    dialogs.nextSavePath(target);

    const seen = await panelWordsDuring(page, async () => {
      await form.getByRole('button', { name: 'Export PDF' }).click();
      await expect(form.getByRole('status').filter({ hasText: /^Saved overview-report\.pdf: the working copy as a PDF\./ })).toBeVisible();
    });
    const layout = seen.filter(({ words }) => /^Exporting the PDF — laying out the pages \(\d+%\)$/.test(words));
    expect(layout.length, `the panel showed: ${JSON.stringify(seen)}`).toBeGreaterThan(0);
    expect(layout.every(({ value, max }) => value !== null && max !== null && value <= max)).toBe(true);
    await expect(page.getByRole('region', { name: 'Running now' })).toHaveCount(0);
    expect((await readFile(target)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
