/**
 * Each e2e test gets its own data directory, scripted dialogs, test host (the real core) and a
 * page already showing the app — with a workspace already created and open if the test asks
 * (`test.use({ openWorkspace: true })`). A console error or uncaught exception in the page fails the
 * test, as do dialogs the app showed without a scripted answer, or answers it never used.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, type ConsoleMessage, type Page } from '@playwright/test';
import { createScriptedDialogs, type ScriptedDialogs } from './dialogs';
import { startHost, type TestHost } from './host';

export interface PageProblem {
  kind: 'console' | 'pageerror';
  text: string;
  /** Where it happened, when the browser says. */
  location?: string;
}

/** What went wrong in the page. A test that provokes an error on purpose takes it, then asserts on it. */
export class PageProblems {
  private readonly problems: PageProblem[] = [];

  watch(page: Page): void {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error' && message.type() !== 'assert') return;
      const { url, lineNumber } = message.location();
      this.problems.push({ kind: 'console', text: message.text(), location: url ? `${url}:${lineNumber + 1}` : undefined });
    });
    page.on('pageerror', (error) => {
      this.problems.push({ kind: 'pageerror', text: error.stack ?? error.message });
    });
  }

  get list(): readonly PageProblem[] {
    return this.problems;
  }

  /** Returns the problems so far and forgets them, so they no longer fail the test. */
  take(): PageProblem[] {
    return this.problems.splice(0);
  }

  format(): string {
    return this.problems.map((p) => `  ${p.kind === 'console' ? 'console.error' : 'uncaught'}: ${p.text}${p.location ? ` (${p.location})` : ''}`).join('\n');
  }
}

/** Strong enough for the create wizard (zxcvbn score 3 or more); fictional, like all test data. */
export const testPassphrase = 'copper lantern orbit meadow';
export const testWorkspaceName = 'Review 2025-07';

export interface OpenedWorkspace {
  path: string;
  name: string;
  passphrase: string;
  recoveryCode: string;
}

export interface AppFixtures {
  /** A fresh directory for this test's app data and workspaces; removed afterwards. */
  dataDir: string;
  /** `<dataDir>/workspaces`, an empty folder to create workspaces in. */
  workspacesDir: string;
  dialogs: ScriptedDialogs;
  host: TestHost;
  pageProblems: PageProblems;
  /** Option: start with a workspace created and open (through the core, not the wizard). */
  openWorkspace: boolean;
  /** The workspace `openWorkspace` opened, or null. */
  workspace: OpenedWorkspace | null;
}

export const test = base.extend<AppFixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern: it must be there, even empty.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'prw-e2e-'));
    try {
      await use(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },

  workspacesDir: async ({ dataDir }, use) => {
    const dir = path.join(dataDir, 'workspaces');
    await mkdir(dir);
    await use(dir);
  },

  // eslint-disable-next-line no-empty-pattern
  dialogs: async ({}, use, testInfo) => {
    const dialogs = createScriptedDialogs();
    await use(dialogs);
    // An unscripted dialog is often why a test failed, so always say; unused answers only
    // matter when the test otherwise passed (a failed test stops before it reaches them).
    if (testInfo.status === 'passed') dialogs.assertSettled();
    else if (dialogs.unscripted.length > 0) throw new Error(dialogs.unscripted.join('\n'));
  },

  host: async ({ dataDir, dialogs }, use) => {
    const host = await startHost({ dataDir, dialogs });
    try {
      await use(host);
    } finally {
      await host.close();
    }
  },

  // eslint-disable-next-line no-empty-pattern
  pageProblems: async ({}, use) => {
    await use(new PageProblems());
  },

  openWorkspace: [false, { option: true }],

  workspace: async ({ openWorkspace, host, workspacesDir }, use) => {
    if (!openWorkspace) return use(null);
    // As after the create wizard: the user has given a name, so unlocking does not ask for one.
    await host.call('settings:set', { displayName: 'Robin Ashdown' });
    const created = await host.call('workspace:create', { parentDir: workspacesDir, name: testWorkspaceName, passphrase: testPassphrase });
    await use({ path: created.path, name: testWorkspaceName, passphrase: testPassphrase, recoveryCode: created.recoveryCode });
  },

  // The workspace fixture runs first, so the page starts with it open.
  page: async ({ page, host, pageProblems, workspace: _workspace }, use) => {
    pageProblems.watch(page);
    await page.goto(host.url);
    await use(page);
    if (pageProblems.list.length > 0) {
      throw new Error(`The page reported ${pageProblems.list.length} error(s):\n${pageProblems.format()}`);
    }
  },
});

export { expect } from '@playwright/test';
