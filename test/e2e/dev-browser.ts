/**
 * `npm run dev:browser`: the built renderer and the real core in your own browser, through the
 * same test host the e2e tests use — for working on the UI where Electron cannot run.
 * Loopback only. Data goes to PRW_DEV_DATA if set (kept), else a temporary folder (removed on
 * exit). Native dialogs are answered in this terminal. PRW_DEV_PORT fixes the port.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { DialogsPort } from './dialogs';
import { startHost } from './host';

async function main(): Promise<void> {
  const keep = process.env.PRW_DEV_DATA;
  const dataDir = keep ? path.resolve(keep) : await mkdtemp(path.join(tmpdir(), 'prw-dev-'));
  if (keep) await mkdir(dataDir, { recursive: true });

  const host = await startHost({ dataDir, dialogs: terminalDialogs(), port: Number(process.env.PRW_DEV_PORT ?? 0) });
  console.log(`Practice Review Workspace (browser development host)`);
  console.log(`  data: ${dataDir}${keep ? '' : ' (temporary, removed on exit)'}`);
  console.log(`  Open ${host.url}`);
  console.log('  Rebuild with "node scripts/build.mjs renderer" and reload the page. Ctrl+C stops.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    if (!keep) await rm(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** Asks in the terminal what a native dialog would ask the user. */
function terminalDialogs(): DialogsPort {
  const ask = async (question: string): Promise<string> => {
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return (await terminal.question(question)).trim();
    } finally {
      terminal.close();
    }
  };
  return {
    async showOpen(options) {
      const answer = await ask(`\n[dialog] ${options.title}\n  ${options.multiple ? 'Paths, separated by ";"' : 'Path'} (empty = cancel): `);
      return answer ? answer.split(';').map((file) => path.resolve(file.trim())) : null;
    },
    async showSave(options) {
      const answer = await ask(`\n[dialog] ${options.title}${options.defaultName ? ` [${options.defaultName}]` : ''}\n  Path (empty = cancel): `);
      return answer ? path.resolve(answer) : null;
    },
    async confirm(options) {
      const answer = await ask(`\n[dialog] ${options.title}: ${options.message}\n  ${options.confirmLabel}? [y/N] `);
      return /^y(es)?$/i.test(answer);
    },
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
