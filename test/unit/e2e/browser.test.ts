import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser, noBrowserMessage, type BrowserSearch } from '../../e2e/browser';

/** A machine with exactly `files` on disk; Playwright's Chromium would live at `own`. */
function machine(files: string[], overrides: Partial<BrowserSearch> = {}): BrowserSearch {
  const present = new Set(files);
  return { env: {}, platform: 'linux', exists: (file) => present.has(file), playwrightChromium: () => '/pw/chrome', ...overrides };
}

const find = (files: string[], overrides: Partial<BrowserSearch> = {}) => findBrowser(machine(files, overrides));

describe('findBrowser', () => {
  it('takes PRW_CHROMIUM first, over any installed browser', () => {
    expect(find(['/opt/mine/chrome', '/usr/bin/chromium'], { env: { PRW_CHROMIUM: '/opt/mine/chrome' } })).toBe('/opt/mine/chrome');
  });

  it('refuses a PRW_CHROMIUM that does not exist rather than quietly using another browser', () => {
    expect(() => find(['/usr/bin/chromium'], { env: { PRW_CHROMIUM: '/nonexistent' } })).toThrow(/PRW_CHROMIUM is set to "\/nonexistent", which does not exist/);
  });

  it('ignores an empty PRW_CHROMIUM', () => {
    expect(find(['/usr/bin/chromium'], { env: { PRW_CHROMIUM: '' } })).toBe('/usr/bin/chromium');
  });

  it.each([
    [['/usr/lib/chromium/chromium', '/usr/bin/chromium'], '/usr/lib/chromium/chromium'],
    [['/usr/bin/chromium-browser', '/usr/bin/google-chrome'], '/usr/bin/chromium-browser'],
    [['/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'], '/usr/bin/google-chrome-stable'],
    [['/usr/bin/microsoft-edge'], '/usr/bin/microsoft-edge'],
  ])('on Linux, prefers Chromium, then Chrome, then Edge: %j gives %s', (files, expected) => {
    expect(find([...files, '/pw/chrome'])).toBe(expected);
  });

  it('on macOS, looks in /Applications and then ~/Applications', () => {
    const mac = { platform: 'darwin' as const, env: { HOME: '/Users/sam' } };
    expect(find(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], mac)).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(find(['/Users/sam/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'], mac)).toBe(
      '/Users/sam/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
    expect(find(['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'], mac)).toBe('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  });

  it('on Windows, looks under Program Files (either) and the local application data', () => {
    const windows = {
      platform: 'win32' as const,
      env: { ProgramFiles: 'D:\\Apps', 'ProgramFiles(x86)': 'D:\\Apps86', LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local' },
    };
    expect(find(['D:\\Apps86\\Google\\Chrome\\Application\\chrome.exe'], windows)).toBe('D:\\Apps86\\Google\\Chrome\\Application\\chrome.exe');
    expect(find(['C:\\Users\\sam\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'], windows)).toBe(
      'C:\\Users\\sam\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    );
    expect(find(['D:\\Apps86\\Microsoft\\Edge\\Application\\msedge.exe'], windows)).toBe('D:\\Apps86\\Microsoft\\Edge\\Application\\msedge.exe');
    // Without the variables, the usual drive.
    expect(find(['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], { platform: 'win32' })).toBe(
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    );
  });

  it("falls back to Playwright's own Chromium, if it is installed", () => {
    expect(find(['/pw/chrome'])).toBe('/pw/chrome');
  });

  it('with no browser at all, fails with the one line that says how to get one', () => {
    for (const playwrightChromium of [() => '/pw/chrome', () => undefined]) {
      let error: unknown;
      try {
        find([], { playwrightChromium });
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(BrowserNotFoundError);
      // Playwright console.errors a config-time error: it must print as that line, no stack.
      expect(inspect(error)).toBe(noBrowserMessage);
      expect(noBrowserMessage).not.toContain('\n');
    }
  });
});
