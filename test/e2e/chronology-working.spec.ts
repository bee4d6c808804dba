/**
 * The composite as a working view (issue #15) at 1280×720, against the real core: three agencies'
 * files imported through the wizard, and the first entry is on screen without scrolling the page;
 * dates read day first with their precision; the reviewer's analysis column is reached inside the
 * grid; columns hidden and resized are remembered; an entry opens beside the grid without
 * changing its columns, and Escape closes it.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fixtures, importFile } from './chronology-setup';
import { expect, test } from './fixtures';
import { ChronologyPage } from './pages/chronology';
import { ChronologyImportPage } from './pages/chronology-import';
import { ShellPage } from './pages/shell';

/** Whether anything outside the grid scrolled: the window, or the main area holding the view. */
async function pageScrolled(page: Page): Promise<{ window: number; main: number; mainOverflow: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    return { window: window.scrollY, main: main.scrollTop, mainOverflow: main.scrollHeight - main.clientHeight };
  });
}

test.describe('the composite as a working view', () => {
  test.use({ openWorkspace: true, viewport: { width: 1280, height: 720 } });

  test('after importing three files the first entry is on screen at 1280×720, with the analysis column reachable and columns remembered', async ({ page, host, dialogs }, testInfo) => {
    test.setTimeout(240_000);
    const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
    await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const wizard = new ChronologyImportPage(page);
    await wizard.open();
    await wizard.chooseFiles(dialogs, ['police.csv', 'school.csv', 'gp.tsv'].map((file) => path.join(fixtures, file)));
    for (const [index, file] of ['police.csv', 'school.csv', 'gp.tsv'].entries()) {
      if (index > 0) await wizard.main.getByRole('button', { name: `Continue to file ${index + 1} of 3: ${file}` }).click();
      await wizard.preview(file);
      await wizard.importAndWait(file);
    }
    await wizard.done();

    const chronology = new ChronologyPage(page);
    await expect(chronology.count).toHaveText(/^Showing (\d+) of \1 entries$/);
    const first = chronology.rows().first();
    // The row is wider than the window (the grid scrolls sideways): its date and event are in full view.
    await expect(chronology.cell(first, 2)).toBeInViewport({ ratio: 1 });
    await expect(chronology.cell(first, 4)).toBeInViewport({ ratio: 1 });
    expect(await pageScrolled(page)).toEqual({ window: 0, main: 0, mainOverflow: 0 });
    await shot('composite-1280x720');
    // Dates read day first, with their precision; the agency's own text is under them.
    await expect(chronology.cell(first, 2)).toContainText(/^\d{1,2} [A-Z][a-z]{2} \d{4}/);
    await expect(chronology.row('as written: Spring term 2019')).toContainText('Spring term 2019 (1 Jan – 30 Apr 2019)');

    // The analysis column: at the grid's far right, brought into view inside the grid alone.
    const analysis = chronology.columnHeader('Reviewer analysis');
    await expect(analysis).not.toBeInViewport();
    await analysis.scrollIntoViewIfNeeded();
    await expect(analysis).toBeInViewport({ ratio: 1 });
    // The date stays beside it: it does not scroll sideways with the rest.
    await expect(chronology.cell(first, 2)).toBeInViewport({ ratio: 1 });
    expect(await pageScrolled(page)).toEqual({ window: 0, main: 0, mainOverflow: 0 });
    await chronology.grid.evaluate((grid) => (grid.scrollLeft = 0));

    // Hiding three columns brings the analysis next to the event, and the choice is remembered.
    const columns = await chronology.openColumns();
    for (const name of ['Action', 'Outcome', 'Source']) await columns.getByRole('checkbox', { name, exact: true }).uncheck();
    await expect(chronology.main.getByRole('button', { name: 'Hide columns (3 hidden)' })).toBeVisible();
    await expect(chronology.columnHeader('Action')).toHaveCount(0);
    // All but its last few pixels, with no sideways scrolling (the grid's border takes those).
    await expect(analysis).toBeInViewport({ ratio: 0.9 });
    expect(await chronology.grid.evaluate((grid) => grid.scrollLeft)).toBe(0);
    await expectNoAxeViolations(page, 'the composite with its columns panel open');
    await columns.getByRole('button', { name: 'Make Reviewer analysis wider' }).click();
    const wider = await analysis.evaluate((cell) => cell.getBoundingClientRect().width);

    // Dragging a header's edge makes the column wider, and that is remembered too.
    const event = chronology.columnHeader('Event');
    const before = (await event.boundingBox())!;
    await page.mouse.move(before.x + before.width - 1, before.y + before.height / 2);
    await page.mouse.down();
    await page.mouse.move(before.x + before.width + 80, before.y + before.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await event.boundingBox())!.width).toBeGreaterThan(before.width + 60);
    const dragged = (await event.boundingBox())!.width;
    await expect.poll(async () => (await host.call('settings:get', {})).compositeColumns?.widths.event ?? 0).toBeGreaterThan(0);
    expect((await host.call('settings:get', {})).compositeColumns?.hidden.sort()).toEqual(['action', 'outcome', 'source']);

    const shell = new ShellPage(page);
    await shell.area('Reviews').click();
    await chronology.open();
    await expect(chronology.columnHeader('Action')).toHaveCount(0);
    await expect.poll(async () => Math.round((await chronology.columnHeader('Event').boundingBox())!.width)).toBe(Math.round(dragged));
    expect(await chronology.columnHeader('Reviewer analysis').evaluate((cell) => cell.getBoundingClientRect().width)).toBeCloseTo(wider, 0);

    // An entry opens beside the grid: the grid keeps its columns, nothing else scrolls.
    const cellsBefore = await first.getByRole('gridcell').count();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(chronology.detail.getByRole('heading', { name: /^Entry: / })).toBeFocused();
    await expect(chronology.detail).toBeInViewport();
    expect(await first.getByRole('gridcell').count()).toBe(cellsBefore);
    expect(await pageScrolled(page)).toEqual({ window: 0, main: 0, mainOverflow: 0 });
    await expectNoAxeViolations(page, 'the composite with an entry open');
    await shot('composite-entry-open-1280x720');
    await page.keyboard.press('Escape');
    await expect(chronology.detail).toHaveCount(0);
    await expect(first).toBeFocused();

    // The filters are folded until asked for, and say when they apply.
    await chronology.filterAgency('Police');
    await expect(chronology.main.getByRole('button', { name: 'Hide filters (1 applied)' })).toBeVisible();
    await expectNoAxeViolations(page, 'the composite with its filters open');
    await shot('composite-filters-1280x720');
  });

  test('at 200% zoom the grid keeps a usable height and the main area scrolls to it', async ({ page, host, dialogs }, testInfo) => {
    test.setTimeout(120_000);
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await importFile(host, dialogs, review.id, path.join(fixtures, 'police.csv'));
    // 1280×720 at 200%: the page lays out in 640×360 CSS pixels.
    await page.setViewportSize({ width: 640, height: 360 });
    const chronology = new ChronologyPage(page);
    await chronology.open();
    await expect(chronology.count).toHaveText('Showing 8 of 8 entries');
    const height = await chronology.grid.evaluate((grid) => grid.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(250);
    await chronology.rows().first().scrollIntoViewIfNeeded();
    await expect(chronology.rows().first()).toBeInViewport();
    await expectNoAxeViolations(page, 'the composite at 200% zoom');
    await page.screenshot({ path: testInfo.outputPath('composite-640x360.png') });
  });
});
