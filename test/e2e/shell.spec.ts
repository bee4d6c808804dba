import { contentSecurityPolicy } from '../../shared/csp';
import { productName } from '../../shared/product';
import { expectNoAxeViolations } from './axe';
import { expect, test, testWorkspaceName } from './fixtures';
import { packageVersion } from './host/ports';
import { ShellPage } from './pages/shell';

test.describe('app shell', () => {
  // The areas exist only inside an open workspace.
  test.use({ openWorkspace: true });

  test('shows the product and the version the core reports', async ({ page, pageProblems }) => {
    const shell = new ShellPage(page);
    await expect(page).toHaveTitle(productName);
    await expect(shell.banner).toContainText(productName);
    // The version comes from app:info, answered by the real core through the host.
    await expect(shell.statusBar).toContainText(`Version ${packageVersion()}`);
    await expect(shell.statusBar).toContainText(`Workspace: ${testWorkspaceName} — unlocked`);
    await expect(shell.navigation).toBeVisible();
    expect(pageProblems.list).toEqual([]);
  });

  test('has no accessibility violations', async ({ page }) => {
    const shell = new ShellPage(page);
    await expect(shell.navigation).toBeVisible();
    await expect(shell.statusBar).toContainText('Version');
    await expectNoAxeViolations(page, 'an area of the open workspace');
  });

  test('is usable from the keyboard', async ({ page }) => {
    const shell = new ShellPage(page);
    const chronology = shell.area('Chronology');
    await shell.tabTo(chronology);
    await expect(chronology).toBeFocused();
    expect(await shell.focusIndicator(), 'the focused navigation entry shows a focus indicator').not.toBeNull();

    await page.keyboard.press('Enter');
    await expect(shell.areaHeading('Chronology')).toBeVisible();
    await expect(chronology).toHaveAttribute('aria-current', 'page');
  });

  test('follows navigation pushed by the main process', async ({ page, host }) => {
    const shell = new ShellPage(page);
    await expect(shell.areaHeading('Reviews')).toBeVisible();
    await host.emit('app:navigate', { area: 'report' });
    await expect(shell.areaHeading('Report')).toBeVisible();
    await expect(shell.area('Report')).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('test host', () => {
  test('serves the production CSP and refuses calls without the token', async ({ host }) => {
    const index = await fetch(host.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(contentSecurityPolicy);

    const call = { method: 'POST', body: JSON.stringify({ channel: 'app:info', input: {} }) };
    const anonymous = await fetch(`${host.origin}/__host/ipc`, { ...call, headers: { 'content-type': 'application/json' } });
    expect(anonymous.status).toBe(403);
    const trusted = await fetch(`${host.origin}/__host/ipc`, { ...call, headers: { 'content-type': 'application/json', 'x-prw-token': host.token } });
    expect(await trusted.json()).toMatchObject({ ok: true, value: { version: packageVersion() } });
  });

  test('serves files by app:// rules: nothing outside the renderer folder', async ({ host }) => {
    // fetch() would resolve a literal "..", so the escape is encoded, as an attacker would send it.
    const escape = await fetch(`${host.origin}/assets/..%2f..%2f..%2fpackage.json`);
    expect(escape.status).toBe(404);
    expect(escape.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await escape.text()).not.toContain('"version"');
  });
});
