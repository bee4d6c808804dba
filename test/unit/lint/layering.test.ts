/**
 * Proves the layering rule in eslint.config.mjs fails on forbidden imports and passes allowed
 * ones: the file paths are virtual, so the real tree is never touched.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports' || message.ruleId === 'no-restricted-globals')
    .map((message) => message.message);
}

describe('layering rule', () => {
  it.each([
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['shared/x.ts', "import path from 'path';\nexport const a = path;"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/x.ts', "import { handlers } from '../electron/services/handlers';\nexport const a = handlers;"],
    ['shared/x.ts', 'export const title = document.title;'],
    ['shared/x.ts', 'export const home = process.env.HOME;'],
    ['electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/services/workspace/x.ts', "import { ipcMain } from 'electron/main';\nexport const a = ipcMain;"],
    ['electron/cli/x.ts', "import { safeStorage } from 'electron';\nexport const a = safeStorage;"],
    ['electron/services/x.ts', "import { App } from '../../renderer/app/App';\nexport const a = App;"],
    ['renderer/features/x.ts', "import { dispatch } from '../../electron/services/dispatch';\nexport const a = dispatch;"],
    ['renderer/features/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;"],
    ['renderer/features/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['renderer/x.ts', "import { api } from '../electron/preload/preload';\nexport const a = api;"],
    ['electron/preload/x.ts', "import { dispatch } from '../services/dispatch';\nexport const a = dispatch;"],
    // app-files.ts also runs in the e2e test host under plain Node.
    ['electron/main/app-files.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/main/app-files.ts', "import { createLogger } from '../services';\nexport const a = createLogger;"],
    ['electron/main/app-files.ts', "import { appHost } from './origin';\nexport const a = appHost;"],
  ])('rejects %s importing %j', async (filePath, code) => {
    expect(await layeringErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;"],
    ['electron/services/x.ts', "import fs from 'node:fs';\nimport { contract } from '../../shared/ipc/contract';\nexport const a = [fs, contract];"],
    ['renderer/features/x.ts', "import { contract } from '../../shared/ipc/contract';\nexport const a = contract;"],
    ['renderer/x.ts', "import type { Api } from '../electron/preload/preload';\nexport type A = Api;"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { dispatch } from '../services';\nexport const a = [app, dispatch];"],
    ['electron/main/app-files.ts', "import fs from 'node:fs';\nimport { contentSecurityPolicy } from '../../shared/csp';\nexport const a = [fs, contentSecurityPolicy];"],
  ])('allows %s importing %j', async (filePath, code) => {
    expect(await layeringErrors(filePath, code)).toEqual([]);
  });
});
