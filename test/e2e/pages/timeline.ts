/**
 * The chronology's Timeline tab (issue #15): its marks as the buttons a screen reader and the
 * keyboard reach, the tooltip, and the panel that shows the entry a mark opened.
 */
import type { Locator, Page } from '@playwright/test';

export class TimelinePage {
  readonly chart: Locator;
  readonly marks: Locator;
  readonly entry: Locator;
  readonly tooltip: Locator;
  readonly zoomIn: Locator;

  constructor(
    readonly page: Page,
    readonly panel: Locator,
  ) {
    this.chart = panel.getByRole('region', { name: 'Timeline chart' });
    this.marks = this.chart.getByRole('button');
    this.entry = panel.getByRole('region').filter({ has: page.getByRole('button', { name: 'Show in the composite' }) });
    this.tooltip = panel.locator('.timeline-tooltip');
    this.zoomIn = panel.getByRole('button', { name: 'Zoom in' });
  }

  mark(name: string | RegExp): Locator {
    return this.chart.getByRole('button', { name });
  }

  /** The accessible name of whatever has focus now. */
  async focusedName(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }
}
