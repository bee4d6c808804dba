/**
 * The core on its own in a fresh process, doing what a reviewer's session does in the large
 * workspace, for its peak memory: unlock, the reviews list, then every review in turn — its
 * composite (first page, then the whole list, as the app asks today), a search, its people
 * and documents, one document opened. Prints the process's peak resident set, in MB, as JSON.
 * Run by bench/workloads/large-workspace.ts: `node --import tsx bench/large-workspace-core.ts DIR`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cliPorts } from '../electron/cli/ports';
import { createCore, dispatch, type Core } from '../electron/services';
import type { Channel, ChannelInput, ChannelResult } from '../shared/ipc/contract';
import { largeKdf, largePassphrase } from './large-workspace-data';

(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = (
  JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;

async function call<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Peak resident set so far, from the kernel's own high-water mark where there is one. */
function peakMb(): number {
  try {
    const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (line) return Number(line[1]) / 1024;
  } catch {
    // Not Linux: the resource usage figure is the same high-water mark.
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: large-workspace-core.ts WORKSPACE_DIR');
  const core = createCore(cliPorts(), { kdfParams: largeKdf });
  await call(core, 'workspace:unlock', { path: dir, method: 'passphrase', secret: largePassphrase });
  const reviews = await call(core, 'review:list', {});
  for (const { id: reviewId } of reviews) {
    await call(core, 'chronology:list', { reviewId, anonymised: false, window: { offset: 0, limit: 200 } });
    await call(core, 'chronology:list', { reviewId, anonymised: false });
    await call(core, 'chronology:list', { reviewId, anonymised: false, filter: { text: 'strategy bruise' } });
    await call(core, 'people:list', { reviewId });
    const documents = await call(core, 'document:list', { reviewId });
    if (documents[0]) await call(core, 'document:load', { id: documents[0].id });
  }
  await core.shutdown();
  process.stdout.write(`${JSON.stringify({ peakMb: peakMb(), reviews: reviews.length })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
