/**
 * Which browser the e2e tests drive. Our build machines cannot download Playwright's browsers,
 * so a system Chromium, Chrome or Edge comes first; Playwright's own is the fallback. Finding none
 * is an error at once, in one line that says how to get one, rather than a launch failure per test.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { chromium } from '@playwright/test';

export const noBrowserMessage =
  'No browser for the end-to-end tests: install Chromium (Debian/Ubuntu: sudo apt-get install chromium), Google Chrome or Microsoft Edge, ' +
  'or run `npx playwright install chromium`, or set PRW_CHROMIUM to a Chromium-based browser.';

/**
 * Playwright prints a config-time error with console.error, which shows an Error's stack; this
 * one shows only its message, so the one line of advice is all the user sees.
 */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
  [inspect.custom](): string {
    return this.message;
  }
}

export interface BrowserSearch {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists: (file: string) => boolean;
  /** Where Playwright keeps its own Chromium, whether or not it is installed; undefined if it cannot say. */
  playwrightChromium: () => string | undefined;
}

/** The browser's executable; throws BrowserNotFoundError if there is none. */
export function findBrowser(search: BrowserSearch = thisMachine()): string {
  const chosen = search.env.PRW_CHROMIUM;
  if (chosen) {
    if (search.exists(chosen)) return chosen;
    // A deliberate choice that is wrong must not quietly give way to another browser.
    throw new BrowserNotFoundError(
      `No browser for the end-to-end tests: PRW_CHROMIUM is set to "${chosen}", which does not exist. ` +
        'Point it at a Chromium-based browser, or unset it to use an installed Chromium, Chrome or Edge.',
    );
  }
  const system = systemBrowsers(search.platform, search.env).find((file) => search.exists(file));
  if (system) return system;
  const own = search.playwrightChromium();
  if (own && search.exists(own)) return own;
  throw new BrowserNotFoundError(noBrowserMessage);
}

/** The usual install places, most preferred first: Chromium, then Chrome, then Edge. */
export function systemBrowsers(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'win32') {
    const programFiles = env.ProgramFiles ?? 'C:\\Program Files';
    const programFilesX86 = env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)';
    // Chromium and a per-user Chrome install under the user's local application data.
    const local = env.LOCALAPPDATA ? [env.LOCALAPPDATA] : [];
    const under = (roots: string[], ...parts: string[]) => roots.map((root) => path.win32.join(root, ...parts));
    return [
      ...under(local, 'Chromium', 'Application', 'chrome.exe'),
      ...under([programFiles, programFilesX86, ...local], 'Google', 'Chrome', 'Application', 'chrome.exe'),
      ...under([programFiles, programFilesX86], 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ];
  }
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return ['Chromium', 'Google Chrome', 'Microsoft Edge'].flatMap((name) =>
      apps.map((folder) => path.posix.join(folder, `${name}.app`, 'Contents', 'MacOS', name)),
    );
  }
  return [
    // Debian's binary itself: /usr/bin/chromium is a wrapper script that warns on every start.
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ];
}

function thisMachine(): BrowserSearch {
  return {
    env: process.env,
    platform: process.platform,
    exists: existsSync,
    playwrightChromium: () => {
      try {
        return chromium.executablePath();
      } catch {
        // Playwright throws on a platform it has no build for: then it has no browser to offer.
        return undefined;
      }
    },
  };
}
