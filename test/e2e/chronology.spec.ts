/**
 * Issue #5's Chronology area through the UI, against the real core and the fictional Hartwell
 * fixtures (imported through the core here; the import wizard has its own spec): the composite
 * in date order with its filters and detail panel, the reviewer's analysis, likely duplicates,
 * the anonymised view with no real name anywhere on screen, key practice episodes, the timeline,
 * export, and a grid that renders only the rows in view.
 */
import { expectNoAxeViolations } from './axe';
import { hartwellReview, realNames } from './chronology-setup';
import { expect, test } from './fixtures';
import { ChronologyPage } from './pages/chronology';

test.describe('chronology area', () => {
  test.use({ openWorkspace: true });

  test('the composite merges six agencies in date order; filters narrow it; the analysis is saved and kept', async ({ page, host, dialogs }) => {
    test.setTimeout(180_000);
    const reviewId = await hartwellReview(host, dialogs);
    const expected = (await host.call('chronology:list', { reviewId, anonymised: false })).entries;
    const chronology = new ChronologyPage(page);
    await chronology.open();
    await expect(chronology.reviewPicker).toHaveValue(reviewId);
    await chronology.expectCount(33, 33);
    await expect(chronology.grid).toHaveAttribute('aria-rowcount', '34');

    // The first rows are the core's date order, from several agencies; dates read one way, the agency's text beside them.
    const first = chronology.rows().first();
    await expect(first).toHaveAttribute('aria-rowindex', '2');
    await expect(chronology.cell(first, 2)).toHaveText('22 Oct 2018as written: 2018-10-22');
    for (const [index, entry] of expected.slice(0, 8).entries()) {
      const row = chronology.grid.locator(`[role="row"][aria-rowindex="${index + 2}"]`);
      await expect(chronology.cell(row, 3)).toHaveText(entry.agency);
      await expect(chronology.cell(row, 4)).toHaveText(entry.event ?? '');
    }
    const agencies = new Set(expected.slice(0, 8).map((entry) => entry.agency));
    expect(agencies.size).toBeGreaterThanOrEqual(5);
    // Flags are words, not colour: the school term is a range.
    await expect(chronology.row('Attendance 87%')).toContainText('as written: Spring term 2019');
    await expect(chronology.row('Attendance 87%')).toContainText('Range');
    await expectNoAxeViolations(page, 'the composite');

    await chronology.filterAgency('Police');
    await chronology.expectCount(8, 33);
    await expect(chronology.grid).toHaveAttribute('aria-rowcount', '9');
    for (const row of await chronology.rows().all()) await expect(chronology.cell(row, 3)).toHaveText('Police');
    await chronology.openFilters();
    await chronology.wordsField.fill('strategy');
    await chronology.expectCount(3, 33);
    await expect(chronology.row('Strategy discussion (telephone)')).toHaveCount(1);
    await chronology.clearFilters();
    await chronology.expectCount(33, 33);
    await expect(chronology.wordsField).toHaveValue('');
    await chronology.wordsField.fill('EPDS');
    await chronology.expectCount(2, 33);
    await chronology.clearFilters();

    // The detail panel: every field, other columns and where the entry came from.
    await chronology.openEntry('Strategy discussion (telephone)');
    const detail = chronology.detail;
    await expect(detail.getByRole('heading', { name: 'Entry: Police, 11 Mar 2019 at 14:00' })).toBeVisible();
    await expect(detail).toContainText(/Police — police\.csv, row 5, imported \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}/);
    await expect(detail).toContainText('STRAT-0311');
    await expect(detail).toContainText('Agreed s47 enquiry, joint visit.');
    await expectNoAxeViolations(page, 'the composite with an entry open');
    await detail.getByLabel('Reviewer analysis', { exact: true }).fill('Health shared the bruise promptly; no one asked about the domestic abuse history.');
    await detail.getByLabel('Significance', { exact: true }).fill('High');
    await detail.getByRole('button', { name: 'Save analysis' }).click();
    await expect(detail.getByRole('status').filter({ hasText: 'Analysis saved.' })).toBeVisible();
    await expect(chronology.cell(chronology.row('Strategy discussion (telephone)'), 9)).toHaveText(/^Health shared the bruise promptly/);

    // Kept in the workspace: after a reload it is still there.
    await page.reload();
    await chronology.open();
    await chronology.expectCount(33, 33);
    const strategy = await chronology.reveal('Strategy discussion (telephone)');
    await expect(chronology.cell(strategy, 9)).toHaveText(/^Health shared the bruise promptly/);
    await expect(chronology.cell(strategy, 7)).toHaveText('High');
    await chronology.openEntry('Strategy discussion (telephone)');
    await expect(chronology.detail.getByLabel('Reviewer analysis', { exact: true })).toHaveValue(/^Health shared the bruise promptly/);
    const entry = (await host.call('chronology:list', { reviewId, anonymised: false })).entries.find((candidate) => candidate.extra.Reference === 'STRAT-0311');
    expect(entry?.analysis).toMatch(/^Health shared the bruise promptly/);

    // Keyboard: one row in the tab order, arrows and End move, Enter opens into the panel.
    await chronology.detail.getByRole('button', { name: 'Close entry' }).click();
    await expect(strategy).toBeFocused();
    await page.keyboard.press('Home');
    await expect(chronology.grid.locator('[role="row"][aria-rowindex="2"]')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(chronology.grid.locator('[role="row"][aria-rowindex="3"]')).toBeFocused();
    await page.keyboard.press('End');
    const last = chronology.grid.locator('[role="row"][aria-rowindex="34"]');
    await expect(last).toBeFocused();
    await expect(last).toContainText('Practitioner note contains markup <b>urgent</b>');
    await page.keyboard.press('Enter');
    await expect(chronology.detail.getByRole('heading', { name: /^Entry: Children's Social Care/ })).toBeFocused();
  });

  test('likely duplicates pair police and social care records; "Same event" links them; the anonymised view shows no real name', async ({ page, host, dialogs }) => {
    test.setTimeout(180_000);
    const reviewId = await hartwellReview(host, dialogs);
    const naming = (await host.call('chronology:list', { reviewId, anonymised: false, filter: { text: 'Maisie' } })).entries.length;
    const chronology = new ChronologyPage(page);
    await chronology.open();
    await chronology.expectCount(33, 33);
    // An episode titled with a name, to see it anonymised.
    const episodes = await chronology.showTab('Key practice episodes');
    await episodes.getByLabel('Title').fill('Bruise to Maisie’s cheek');
    await episodes.getByLabel('Start (optional)').fill('2019-03-11');
    await episodes.getByLabel('End (optional)').fill('2019-03-12');
    await episodes.getByRole('button', { name: 'Add episode' }).click();
    await expect(episodes.getByRole('heading', { name: 'Bruise to Maisie’s cheek' })).toBeVisible();

    const duplicates = await chronology.showTab('Likely duplicates');
    await expect(duplicates.getByRole('region', { name: /^Pair \d of 3: Police and Children's Social Care/ })).toHaveCount(3);
    const discussion = chronology.pair(/Police and Children's Social Care, 11 Mar 2019 — Very similar$/);
    await expect(discussion).toContainText('Strategy discussion (telephone)');
    await expect(discussion).toContainText('11 Mar 2019 at 14:00');
    await expect(discussion).toContainText('as written: 11/03/2019 14:00');
    await expect(chronology.pair(/12 Mar 2019/)).toContainText('Joint visit');
    await expect(chronology.pair(/14 Jun 2019/)).toContainText('Strategy meeting');
    await expectNoAxeViolations(page, 'likely duplicates');
    await discussion.getByRole('button', { name: 'Same event' }).click();
    await expect(discussion).toContainText('Decision: Same event — both entries kept and linked.');
    await expect(discussion.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(duplicates.getByRole('status').filter({ hasText: 'Marked as the same event' })).toBeVisible();
    // Undo and decide again: the decision is the core's, not the page's.
    await discussion.getByRole('button', { name: 'Undo' }).click();
    await expect(discussion.getByRole('button', { name: 'Same event' })).toBeVisible();
    await discussion.getByRole('button', { name: 'Same event' }).click();
    await expect(discussion.getByRole('button', { name: 'Undo' })).toBeVisible();

    await chronology.showTab('Composite');
    await chronology.openEntry('Strategy discussion (telephone)');
    await expect(chronology.detail.getByRole('list', { name: 'Linked duplicates' })).toContainText("Same event as 11 Mar 2019 at 14:00, Children's Social Care: Strategy discussion");

    // A search typed in the named view is anonymised with the rest.
    await chronology.openFilters();
    await chronology.wordsField.fill('Maisie');
    await chronology.expectCount(naming, 33);
    await expect(chronology.detail).toBeVisible();

    // Anonymised: the detail panel, the rows, the search typed, the episode, every tab.
    await chronology.anonymised.check();
    await expect(chronology.wordsField).toHaveValue('Child M');
    await expect(chronology.count).toHaveText(/^Showing \d+ of 33 entries$/);
    await expect(chronology.detail).toContainText("Strategy discussion (telephone) with CSC and health: bruise to Child M's left cheek");
    expect(await chronology.pageText()).not.toMatch(realNames);
    // Back to named, the search is given back as typed; then anonymised again, without it.
    await chronology.named.check();
    await expect(chronology.wordsField).toHaveValue('Maisie');
    await chronology.expectCount(naming, 33);
    await expect(chronology.detail).toContainText("bruise to Maisie's left cheek");
    await chronology.anonymised.check();
    await expect(chronology.wordsField).toHaveValue('Child M');
    await chronology.clearFilters();
    await chronology.expectCount(33, 33);
    expect(await chronology.pageText()).not.toMatch(realNames);
    await chronology.rows().first().focus();
    await page.keyboard.press('End');
    await expect(chronology.grid.locator('[role="row"][aria-rowindex="34"]')).toBeFocused();
    expect(await chronology.pageText()).not.toMatch(realNames);
    await expect(chronology.filters.getByLabel('Key practice episode')).toContainText('Bruise to Child M’s cheek');
    await expectNoAxeViolations(page, 'the anonymised composite');

    await chronology.showTab('Likely duplicates');
    await expect(chronology.pair(/11 Mar 2019/)).toContainText('Decision: Same event');
    await expect(chronology.pair(/14 Jun 2019/)).toContainText("Child M's head injury");
    expect(await chronology.pageText()).not.toMatch(realNames);
    const timeline = await chronology.showTab('Timeline');
    await expect(timeline.getByRole('img', { name: /^Key practice episode: Bruise to Child M’s cheek/ })).toHaveCount(1);
    await expect(timeline.getByRole('button', { name: /Hospital Emergency Department: Fall from sofa/ })).toHaveCount(1);
    expect(await chronology.pageText()).not.toMatch(realNames);
    const timelineNames = await timeline.locator('[role="img"], [role="button"][aria-label]').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? '').join('\n'));
    expect(timelineNames).not.toMatch(realNames);
    const episodesPanel = await chronology.showTab('Key practice episodes');
    await expect(episodesPanel.getByRole('heading', { name: 'Bruise to Child M’s cheek' })).toBeVisible();
    expect(await chronology.pageText()).not.toMatch(realNames);
    for (const tab of ['Submissions', 'Rejected rows'] as const) {
      const panel = await chronology.showTab(tab);
      await expect(panel).toContainText('not shown in the anonymised view');
      expect(await chronology.pageText()).not.toMatch(realNames);
    }

    // Back to named: real names again.
    await chronology.showTab('Composite');
    await chronology.named.check();
    await chronology.expectCount(33, 33);
    await expect(await chronology.reveal('Domestic incident: Kerry Hartwell reports Dean Farrow')).toHaveCount(1);
  });

  test('key practice episodes: add one, assign entries from the composite and the detail panel, see its entries; the timeline draws lanes per agency', async ({ page, host, dialogs }) => {
    test.setTimeout(180_000);
    await hartwellReview(host, dialogs);
    const chronology = new ChronologyPage(page);
    await chronology.open();
    const episodes = await chronology.showTab('Key practice episodes');
    await expect(episodes).toContainText('No key practice episodes yet.');
    await episodes.getByRole('button', { name: 'Add episode' }).click();
    await expect(episodes.getByRole('group', { name: 'There is a problem' }).getByRole('link', { name: /^Enter a title for the episode/ })).toBeVisible();
    await episodes.getByLabel('Title').fill('Strategy discussion and joint visit');
    await episodes.getByLabel('Start (optional)').fill('2019-03-11');
    await episodes.getByLabel('End (optional)').fill('2019-03-12');
    await episodes.getByLabel('Summary (optional)').fill('Bruise reported by the health visitor; s47 enquiry.');
    await episodes.getByRole('button', { name: 'Add episode' }).click();
    const item = episodes.getByRole('region', { name: 'Strategy discussion and joint visit' });
    await expect(item).toContainText('11 Mar 2019 – 12 Mar 2019 · 0 entries');
    await expectNoAxeViolations(page, 'key practice episodes');

    // Two entries ticked in the composite, then one more from its detail panel.
    await chronology.showTab('Composite');
    await chronology.openFilters();
    await chronology.filters.getByLabel('From').fill('2019-03-12');
    await chronology.filters.getByLabel('To').fill('2019-03-12');
    // The day itself, and the month and school term that may include it.
    await chronology.expectCount(5, 33);
    await expect(chronology.row('CP medical report for Maisie filed')).toHaveCount(1);
    await expect(chronology.row('as written: approx March 2019')).toHaveCount(1);
    await chronology.row('Joint visit with social worker').getByRole('checkbox').check();
    await chronology.row('Joint visit with police').getByRole('checkbox').check();
    await expect(chronology.selection).toContainText('2 entries selected.');
    await chronology.selection.getByLabel('Key practice episode for the selected entries').selectOption({ label: 'Strategy discussion and joint visit' });
    await chronology.selection.getByRole('button', { name: 'Add to episode' }).click();
    await expect(chronology.selection.getByRole('status')).toHaveText('Added 2 entries to Strategy discussion and joint visit.');
    await expect(chronology.selection).not.toContainText('selected.');
    await chronology.clearFilters();
    await chronology.openEntry('Strategy discussion (telephone)');
    await chronology.detail.getByLabel('Add to episode').selectOption({ label: 'Strategy discussion and joint visit' });
    await chronology.detail.getByRole('button', { name: 'Add to episode' }).click();
    await expect(chronology.detail.getByRole('status').filter({ hasText: 'Added to Strategy discussion and joint visit.' })).toBeVisible();
    await expect(chronology.detail.getByRole('button', { name: 'Take out of Strategy discussion and joint visit' })).toBeVisible();

    // The episode view: the composite filtered to its entries.
    await chronology.showTab('Key practice episodes');
    await expect(item).toContainText('3 entries');
    await item.getByRole('button', { name: 'Show its entries' }).click();
    await expect(chronology.tab('Composite')).toHaveAttribute('aria-selected', 'true');
    await chronology.expectCount(3, 33);
    await expect(chronology.main).toContainText('Key practice episode: Strategy discussion and joint visit');
    await expect(chronology.filters.getByLabel('Key practice episode')).toHaveValue(/.+/);
    await expect(chronology.row('Strategy discussion (telephone)')).toHaveCount(1);
    await expect(chronology.row('Joint visit with social worker')).toHaveCount(1);
    await expect(chronology.row('Joint visit with police')).toHaveCount(1);
    await chronology.main.getByRole('button', { name: 'Show entries from every episode' }).click();
    await chronology.expectCount(33, 33);

    // The timeline: a lane per agency, a mark per entry, the episode as a band, ranges as bars.
    const timeline = await chronology.showTab('Timeline');
    const lanes = timeline.getByRole('list', { name: 'Agency lanes' }).getByRole('listitem');
    await expect(lanes).toHaveText(["Children's Social Care", 'GP', 'Health Visiting', 'Hospital Emergency Department', 'Police', 'School']);
    await expect(timeline.getByRole('button', { name: /, Police: / })).toHaveCount(8);
    await expect(timeline.getByRole('button', { name: /, School: / })).toHaveCount(5);
    await expect(timeline.getByRole('button', { name: /^Spring term 2019 \(1 Jan – 30 Apr 2019\), School: Attendance 87%.*\(range: 1 Jan 2019 – 30 Apr 2019\)$/ })).toHaveCount(1);
    await expect(timeline.getByRole('img', { name: 'Key practice episode: Strategy discussion and joint visit, 11 Mar 2019 – 12 Mar 2019' })).toHaveCount(1);
    await expect(timeline).toContainText('2019');
    await expect(timeline.getByRole('button', { name: 'open the composite table' })).toBeVisible();
    await expectNoAxeViolations(page, 'the timeline');
    const status = timeline.getByRole('status').filter({ hasText: /^Timeline of 33 entries/ });
    await expect(status).toContainText('zoom 1×');
    const chart = timeline.getByRole('region', { name: 'Timeline chart' });
    const width = async () => Number(await chart.locator('svg').getAttribute('width'));
    const fitted = await width();
    await timeline.getByRole('button', { name: 'Zoom in' }).click();
    await expect(status).toContainText('zoom 2×');
    // The chart's one tab stop is its first entry: + and − zoom from there.
    await chart.getByRole('button').first().focus();
    await page.keyboard.press('+');
    await expect(status).toContainText('zoom 4×');
    expect(await width()).toBeGreaterThanOrEqual(fitted * 4 - 4);
    await page.keyboard.press('-');
    await expect(status).toContainText('zoom 2×');
    await timeline.getByRole('button', { name: 'open the composite table' }).click();
    await expect(chronology.tab('Composite')).toHaveAttribute('aria-selected', 'true');

    for (const tab of ['Submissions', 'Rejected rows'] as const) {
      await chronology.showTab(tab);
      await expectNoAxeViolations(page, `the ${tab} tab`);
    }
    await expect(chronology.panel('Rejected rows')).toContainText('health-visiting.xlsx');
    await chronology.showTab('Submissions');
    await expect(chronology.panel('Submissions').getByRole('row')).toHaveCount(7);
  });

});
