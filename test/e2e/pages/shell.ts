/**
 * The app's frame — banner, area navigation, main region, status bar — found by role and name,
 * as a screen reader finds it.
 */
import type { Locator, Page } from '@playwright/test';
import type { areas } from '../../../shared/product';

export type AreaLabel = (typeof areas)[number]['label'];

export class ShellPage {
  readonly banner: Locator;
  readonly navigation: Locator;
  readonly main: Locator;
  readonly statusBar: Locator;
  readonly lockButton: Locator;
  readonly settingsButton: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.navigation = page.getByRole('navigation', { name: 'Areas' });
    this.main = page.getByRole('main');
    this.statusBar = page.getByRole('contentinfo');
    this.lockButton = this.banner.getByRole('button', { name: 'Lock workspace' });
    this.settingsButton = this.banner.getByRole('button', { name: 'Settings' });
  }

  /** Locks the open workspace from the header and waits for the unlock screen. */
  async lock(): Promise<void> {
    await this.lockButton.click();
    await this.main.getByRole('heading', { level: 1, name: /^Unlock / }).waitFor();
  }

  /** The navigation entry for an area, whether it is built as a link or a button. */
  area(label: AreaLabel): Locator {
    return this.navigation
      .getByRole('link', { name: label, exact: true })
      .or(this.navigation.getByRole('button', { name: label, exact: true }));
  }

  /** The heading the main region shows for an area. */
  areaHeading(label: AreaLabel): Locator {
    return this.main.getByRole('heading', { name: label, exact: true });
  }

  /** Presses Tab until `target` has focus; fails after `maxPresses`, naming what had focus. */
  async tabTo(target: Locator, maxPresses = 25): Promise<void> {
    for (let press = 0; press < maxPresses; press += 1) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    const focused = await this.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
    throw new Error(`Tab did not reach the element after ${maxPresses} presses; focus is on ${focused}.`);
  }

  /** The focused element's focus indicator (outline or box-shadow), or null if it has none. */
  async focusIndicator(): Promise<string | null> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline: ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      if (style.boxShadow !== 'none') return `box-shadow: ${style.boxShadow}`;
      return null;
    });
  }
}
