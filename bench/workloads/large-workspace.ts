/**
 * Issue #13's large workspace (bench/large-workspace-data.ts): 20 reviews, 200,000 chronology
 * entries, 300 documents of about five pages, 2,000 people — generated once per run into a temp
 * folder, through the core's own channels. Targets: unlock to the reviews list ≤ 1 s after the
 * KDF; opening any review's composite (its first list call) ≤ 300 ms; the core's peak resident
 * memory ≤ 600 MB, measured in a fresh process running the core alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliPorts } from '../../electron/cli/ports';
import { createCore, dispatch, type Core } from '../../electron/services';
import { workspaceDbPath } from '../../electron/services/workspace/db/files';
import { readKeyFile, unlockWithPassphrase } from '../../electron/services/workspace/keys';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract';
import { elapsedMs, type Figure } from '../harness';
import { generateLargeWorkspace, largeKdf, largePassphrase, largeWorkspace } from '../large-workspace-data';

let parent = '';
let dir = '';
let core: Core;
let reviewIds: string[] = [];
let run = 0;

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function setup(): Promise<void> {
  parent = mkdtempSync(path.join(tmpdir(), 'prw-bench-large-'));
  const start = process.hrtime.bigint();
  dir = await generateLargeWorkspace(parent);
  process.stderr.write(`(large workspace generated in ${(elapsedMs(start) / 1000).toFixed(0)} s)`);
  core = createCore(cliPorts(), { kdfParams: largeKdf });
}

async function unlock(): Promise<void> {
  await core.session.lock('user');
  await call('workspace:unlock', { path: dir, method: 'passphrase', secret: largePassphrase });
}

/** Each run opens the next review, after unlocking: nothing of it is in memory yet. */
async function openReview(list: (reviewId: string) => Promise<{ total: number }>): Promise<number> {
  await unlock();
  if (reviewIds.length === 0) reviewIds = (await call('review:list', {})).map((review) => review.id);
  const reviewId = reviewIds[run++ % reviewIds.length]!;
  const start = process.hrtime.bigint();
  const { total } = await list(reviewId);
  const ms = elapsedMs(start);
  if (total !== largeWorkspace.entriesPerReview) throw new Error(`listed ${total}`);
  return ms;
}

export const figures: Figure[] = [
  {
    name: 'large workspace: workspace.db size (20 reviews, 200,000 entries, 300 documents, 2,000 people)',
    unit: 'MB',
    runs: 1,
    setup,
    measure: () => statSync(workspaceDbPath(dir)).size / 1024 / 1024,
  },
  {
    name: 'large workspace: unlock to the reviews list, after the KDF',
    unit: 'ms',
    runs: 9,
    measure: async () => {
      await core.session.lock('user');
      // The same scrypt the unlock runs, timed alone, taken off the whole.
      const keys = await readKeyFile(path.join(dir, 'keys.json'));
      const kdfStart = process.hrtime.bigint();
      (await unlockWithPassphrase(keys, largePassphrase)).fill(0);
      const kdf = elapsedMs(kdfStart);
      const start = process.hrtime.bigint();
      await call('workspace:unlock', { path: dir, method: 'passphrase', secret: largePassphrase });
      const reviews = await call('review:list', {});
      const ms = elapsedMs(start);
      if (reviews.length !== largeWorkspace.reviews) throw new Error(`${reviews.length} reviews`);
      return ms - kdf;
    },
  },
  {
    name: 'large workspace: open a review’s composite, first page (200 of 10,000)',
    unit: 'ms',
    runs: 9,
    measure: () => openReview((reviewId) => call('chronology:list', { reviewId, anonymised: false, window: { offset: 0, limit: 200 } })),
  },
  {
    name: 'large workspace: open a review’s composite, whole list (10,000, as the app asks today)',
    unit: 'ms',
    runs: 9,
    measure: () => openReview((reviewId) => call('chronology:list', { reviewId, anonymised: false })),
    teardown: () => core.shutdown(),
  },
  {
    name: 'large workspace: peak RSS of the core (unlock, reviews, every review’s composite, a search, documents)',
    unit: 'MB',
    runs: 3,
    measure: () => {
      const script = path.join(__dirname, '..', 'large-workspace-core.ts');
      const output = execFileSync(process.execPath, ['--import', 'tsx', script, dir], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8' });
      return (JSON.parse(output.trim().split('\n').pop()!) as { peakMb: number }).peakMb;
    },
    teardown: () => rmSync(parent, { recursive: true, force: true }),
  },
];
