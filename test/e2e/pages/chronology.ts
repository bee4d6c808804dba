/**
 * The Chronology area (issue #5): the review picker, the named/anonymised switch, the tabs, the
 * composite grid with its filters and detail panel, likely duplicates, key practice episodes and
 * the timeline — found by role and name, as a screen reader finds them.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell';

export type ChronologyTabLabel = 'Composite' | 'Likely duplicates' | 'Key practice episodes' | 'Timeline' | 'Submissions' | 'Rejected rows';

export class ChronologyPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly reviewPicker: Locator;
  readonly importButton: Locator;
  readonly named: Locator;
  readonly anonymised: Locator;
  readonly grid: Locator;
  readonly count: Locator;
  readonly filters: Locator;
  readonly wordsField: Locator;
  readonly detail: Locator;
  readonly selection: Locator;
  private readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Chronology', exact: true });
    this.reviewPicker = this.main.getByLabel('Review', { exact: true });
    this.importButton = this.main.getByRole('button', { name: 'Import agency submission' });
    this.named = this.main.getByRole('radio', { name: 'Named', exact: true });
    this.anonymised = this.main.getByRole('radio', { name: 'Anonymised', exact: true });
    this.grid = this.main.getByRole('grid', { name: 'Composite chronology' });
    this.count = this.main.getByRole('status').filter({ hasText: /^Showing / });
    this.filters = this.main.getByRole('region', { name: 'Filters' });
    this.wordsField = this.filters.getByLabel('Words');
    this.detail = this.main.getByRole('region', { name: /^Entry: / });
    this.selection = this.main.getByRole('region', { name: 'Selected entries' });
  }

  /** Opens the area from the navigation and waits for its heading. */
  async open(): Promise<void> {
    await this.shell.area('Chronology').click();
    await expect(this.heading).toBeFocused();
  }

  tab(label: ChronologyTabLabel): Locator {
    return this.main.getByRole('tablist', { name: 'Chronology views' }).getByRole('tab', { name: label, exact: true });
  }

  panel(label: ChronologyTabLabel): Locator {
    return this.main.getByRole('tabpanel', { name: label, exact: true });
  }

  async showTab(label: ChronologyTabLabel): Promise<Locator> {
    await this.tab(label).click();
    await expect(this.tab(label)).toHaveAttribute('aria-selected', 'true');
    return this.panel(label);
  }

  /** The composite's data rows now in the DOM (the grid renders only those near the view). */
  rows(): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('gridcell') });
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  /** The text of one column of a row (1-based, as aria-colindex). */
  cell(row: Locator, column: number): Locator {
    return row.locator(`[role="gridcell"][aria-colindex="${column}"]`);
  }

  /**
   * Scrolls the grid, as a user would, until a row with this text is rendered, and returns it.
   * Only the rows near the view exist in the page, so a row further down needs scrolling to.
   */
  async reveal(text: string | RegExp): Promise<Locator> {
    const row = this.row(text);
    await expect(this.rows().first()).toBeVisible();
    await this.grid.evaluate((grid) => (grid.scrollTop = 0));
    for (let step = 0; step < 200; step += 1) {
      if ((await row.count()) > 0) {
        await row.scrollIntoViewIfNeeded();
        return row;
      }
      const moved = await this.grid.evaluate((grid) => {
        const before = grid.scrollTop;
        grid.scrollTop += grid.clientHeight * 0.8;
        return grid.scrollTop !== before;
      });
      if (!moved) break;
    }
    throw new Error(`No row of the composite contains ${String(text)}.`);
  }

  async openEntry(text: string | RegExp): Promise<void> {
    await (await this.reveal(text)).click();
    await expect(this.detail).toBeVisible();
  }

  /** The filters are folded until asked for: opens them (once) and waits for them. */
  async openFilters(): Promise<void> {
    const toggle = this.main.getByRole('button', { name: /^(Filters|Hide filters)( \(\d+ applied\))?$/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(this.filters).toBeVisible();
  }

  async filterAgency(agency: string): Promise<void> {
    await this.openFilters();
    await this.filters.getByRole('checkbox', { name: agency, exact: true }).check();
  }

  async clearFilters(): Promise<void> {
    await this.main.getByRole('button', { name: 'Clear filters' }).click();
  }

  /** Opens the panel that hides, shows and resizes the composite's columns. */
  async openColumns(): Promise<Locator> {
    await this.main.getByRole('button', { name: /^Columns/ }).click();
    const panel = this.main.getByRole('region', { name: 'Columns' });
    await expect(panel).toBeVisible();
    return panel;
  }

  columnHeader(name: string): Locator {
    return this.grid.getByRole('columnheader', { name, exact: true });
  }

  async expectCount(shown: number | string, total: number | string): Promise<void> {
    await expect(this.count).toHaveText(`Showing ${shown} of ${total} entries`);
  }

  /** A likely-duplicate pair, by words in its heading (agencies, the day, the similarity). */
  pair(name: string | RegExp): Locator {
    return this.panel('Likely duplicates').getByRole('region', { name });
  }

  /** Every word of the page as a user reads it (input values excepted). */
  async pageText(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
