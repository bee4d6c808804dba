/**
 * Issue #15: technical details live in Settings → About this app, for support; the status bar
 * shows the app's version and nothing about the engines under it.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings';

test('Settings → About this app lists the versions support asks for; the status bar names no engine', async ({ page }) => {
  const statusBar = page.getByRole('contentinfo');
  await expect(statusBar.getByRole('status')).toHaveText(/^Version \d+\.\d+\.\d+/);
  await expect(statusBar).not.toContainText(/SQLite|Cipher|Chromium|Chrome|Electron|Node/i);

  const settings = new SettingsPage(page);
  await settings.open();
  const about = settings.main.getByRole('region', { name: 'About this app' });
  await expect(about).toContainText(/Practice Review Workspace, version \d+\.\d+\.\d+\./);
  const details = about.getByRole('definition');
  const terms = await about.getByRole('term').allTextContents();
  // The test host runs the core under Node, not Electron: that row is left out, not shown empty.
  expect(terms).toEqual(['App version', 'Operating system', 'Chromium', 'Node.js', 'Database encryption']);
  await expect(details.nth(2)).toHaveText(/^\d+\.\d+\.\d+\.\d+$/);
  await expect(details.nth(4)).toHaveText(/^SQLite3 Multiple Ciphers \d+\.\d+\.\d+ \(SQLite \d+\.\d+\.\d+\)$/);
  // Nothing about a workspace or the person: no paths, no names.
  await expect(about).not.toContainText(/\/|\\|Robin/);
  await expectNoAxeViolations(page, 'Settings → About this app');
});
