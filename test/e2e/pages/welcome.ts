/** The welcome screen (no workspace open): create, open, recent workspaces. */
import type { Locator, Page } from '@playwright/test';

export class WelcomePage {
  readonly heading: Locator;
  readonly createButton: Locator;
  readonly openButton: Locator;
  readonly recent: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'Welcome', level: 1 });
    this.createButton = main.getByRole('button', { name: 'Create a new workspace' });
    this.openButton = main.getByRole('button', { name: 'Open an existing workspace' });
    this.recent = main.getByRole('region', { name: 'Recent workspaces' });
  }

  /** A recent workspace that is still there: a button named after it. */
  recentWorkspace(name: string): Locator {
    return this.recent.getByRole('button', { name, exact: true });
  }

  /** The list entry for a workspace, available or not. */
  recentEntry(name: string): Locator {
    return this.recent.getByRole('listitem').filter({ hasText: name });
  }

  removeFromList(name: string): Locator {
    return this.recentEntry(name).getByRole('button', { name: /^Remove from list/ });
  }
}
