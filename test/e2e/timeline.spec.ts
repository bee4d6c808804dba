/**
 * Issue #15's timeline through the UI against the real core and the fictional Hartwell fixtures:
 * one tab stop into the chart, the arrow keys through the entries in date order, Enter shows
 * one below the chart, a pointer does the same, and the names switch holds for all of it.
 */
import { expectNoAxeViolations } from './axe';
import { hartwellReview, realNames } from './chronology-setup';
import { expect, test } from './fixtures';
import { ChronologyPage } from './pages/chronology';
import { TimelinePage } from './pages/timeline';

test.describe('the timeline', () => {
  test.use({ openWorkspace: true });

  test('Tab reaches the chart once, arrows move in date order, Enter shows the entry; axe clean', async ({ page, host, dialogs }) => {
    const reviewId = await hartwellReview(host, dialogs);
    const [first, second] = (await host.call('chronology:list', { reviewId, anonymised: false })).entries;
    if (!first || !second) throw new Error('The Hartwell review has entries.');
    const chronology = new ChronologyPage(page);
    await chronology.open();
    const timeline = new TimelinePage(page, await chronology.showTab('Timeline'));
    await expect(timeline.marks).toHaveCount(33);
    await expectNoAxeViolations(page, 'the timeline');

    // One tab stop: from the zoom buttons, Tab lands on the first entry, and Tab again leaves the chart.
    await timeline.zoomIn.focus();
    await page.keyboard.press('Tab');
    expect(await timeline.focusedName()).toMatch(new RegExp(`^22 Oct 2018, ${first.agency}: `));
    await expect(timeline.tooltip).toHaveText(await timeline.focusedName());
    await page.keyboard.press('ArrowRight');
    const secondName = await timeline.focusedName();
    expect(secondName).toContain(`, ${second.agency}: `);
    expect(secondName).toContain((second.event ?? '').slice(0, 20));
    await expect(timeline.tooltip).toHaveText(secondName);
    await expect(timeline.entry).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(timeline.entry).toBeVisible();
    await expect(timeline.entry).toContainText(second.agency);
    await expect(timeline.entry).toContainText(second.event ?? '');
    await expect(timeline.entry).toContainText(`as written: ${second.date.text}`);
    await expect(timeline.mark(secondName)).toHaveAttribute('aria-current', 'true');
    // Focus stays on the mark, so the arrows carry on from it.
    expect(await timeline.focusedName()).toBe(secondName);
    await expectNoAxeViolations(page, 'the timeline with an entry shown');

    // End and Home; Tab then leaves the chart for the entry panel.
    await page.keyboard.press('End');
    expect(await timeline.focusedName()).not.toBe(secondName);
    await page.keyboard.press('Home');
    expect(await timeline.focusedName()).toMatch(/^22 Oct 2018, /);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('button');

    // Zoomed in, the chart is exactly that many times the width it fits at, and the page itself never scrolls sideways.
    const width = async () => Number(await timeline.chart.locator('svg').getAttribute('width'));
    const fitted = await width();
    for (let step = 0; step < 4; step += 1) await timeline.zoomIn.click();
    await expect(timeline.panel.getByRole('status').filter({ hasText: /zoom 16×/ })).toBeVisible();
    expect(Math.abs((await width()) - fitted * 16)).toBeLessThanOrEqual(16);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await timeline.panel.getByRole('button', { name: 'Fit the whole period' }).click();

    // A pointer: hovering names the mark, a click shows it.
    const range = timeline.mark(/^Spring term 2019 .*School: Attendance 87%/);
    await range.hover();
    await expect(timeline.tooltip).toContainText('School: Attendance 87%');
    await range.click();
    await expect(timeline.entry).toContainText('Spring term 2019');
    await expect(timeline.entry).toContainText('School');

    // The names switch: labels, tooltip and panel use pseudonyms.
    await chronology.anonymised.check();
    await expect(timeline.marks).toHaveCount(33);
    const names = await timeline.marks.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? '').join('\n'));
    expect(names).not.toMatch(realNames);
    expect(names).toContain('Child M');
    const named = (await host.call('chronology:list', { reviewId, anonymised: true })).entries.find((entry) => entry.event?.includes('Child M'));
    if (!named?.event) throw new Error('An entry names the child.');
    const namedMark = timeline.mark(new RegExp(`${named.agency}: ${named.event.slice(0, 20).replace(/[()]/g, '.')}`)).first();
    await namedMark.focus();
    await page.keyboard.press('Space');
    await expect(timeline.entry).toContainText(named.event);

    // Marks a day apart overlap at 1×: a click there shows the one on top and lists the others to choose.
    await namedMark.click({ force: true });
    const also = timeline.entry.getByRole('list').getByRole('button', { name: new RegExp(named.event.slice(0, 20).replace(/[()]/g, '.')) });
    await expect(also).toBeVisible();
    await also.click();
    await expect(timeline.entry.getByRole('heading', { level: 3 })).toContainText(named.agency);
    await expect(timeline.entry).toContainText(named.event);
    expect(await chronology.pageText()).not.toMatch(realNames);

    // Show in the composite: the composite tab with the same entry open.
    await timeline.entry.getByRole('button', { name: 'Show in the composite' }).click();
    await expect(chronology.tab('Composite')).toHaveAttribute('aria-selected', 'true');
    await expect(chronology.detail).toContainText(named.event);
  });
});
