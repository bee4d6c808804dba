/**
 * Issue #13: the host's event loop (Electron's main process; here this process) while the core
 * does the heaviest things a user asks for. The core runs in its worker thread as in the app
 * (the built dist/main/core-worker.cjs); the same work in-process, the old topology, is measured
 * beside it. Figures are the host loop's maximum delay (perf_hooks.monitorEventLoopDelay) over
 * each operation. Needs `node scripts/build.mjs core` first.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cliPorts } from '../../electron/cli/ports';
import { createCore, dispatch, startCore, type CoreClient } from '../../electron/services';
import type { IpcResult } from '../../shared/ipc/contract';
import { defaultSettings } from '../../shared/workspace';
import type { Figure } from '../harness';
import { agencyCsv } from './chronology';

type Call = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

const workerFile = path.join(__dirname, '..', '..', 'dist', 'main', 'core-worker.cjs');
const kdfParams = { N: 2 ** 12, r: 8, p: 1 };

interface Rig {
  call: Call;
  /**
   * A call as the window makes it: in the app main passes the core's JSON bytes on unparsed, so
   * the measured host does not parse them either (the in-process core returns objects, as before).
   */
  send(channel: string, input: unknown): Promise<void>;
  dir: string;
  reviewId: string;
  /** The file the next open dialog returns; the path the next save dialog returns. */
  nextOpen: string;
  nextSave: string;
  close(): Promise<void>;
}

async function value<T>(call: Call, channel: string, input: unknown): Promise<T> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function rig(threaded: boolean): Promise<Rig> {
  const dir = mkdtempSync(path.join(tmpdir(), 'prw-bench-thread-'));
  const state: Rig = { call: async () => ({ ok: false, error: { code: 'internal', message: '' } }), send: async () => {}, dir, reviewId: '', nextOpen: '', nextSave: '', close: async () => {} };
  const dialogs = {
    showOpen: async () => [state.nextOpen],
    showSave: async () => state.nextSave,
    confirm: async () => true,
  };
  let settings = { ...defaultSettings, backupEveryMinutes: 0 };
  const preferences = {
    settings: () => settings,
    saveSettings: (next: typeof settings) => void (settings = next),
    recentPaths: () => [],
    saveRecentPaths: () => {},
  };
  if (threaded) {
    if (!existsSync(workerFile)) throw new Error('Build the core first: node scripts/build.mjs core');
    const client: CoreClient = startCore(
      { workerFile, app: { name: 'bench', version: '0', platform: process.platform }, sessionOptions: { kdfParams } },
      { dialogs, preferences, power: { on: () => () => {} }, emit: () => {} },
    );
    state.call = (channel, input) => client.invoke(channel, input);
    state.send = async (channel, input) => {
      const json = await client.invokeEncoded(channel, input);
      // An error is short: look at the first bytes only.
      if (!new TextDecoder().decode(json.subarray(0, 10)).startsWith('{"ok":true')) throw new Error(`${channel}: ${new TextDecoder().decode(json)}`);
    };
    state.close = () => client.shutdown();
  } else {
    const core = createCore({ ...cliPorts(), dialogs, preferences }, { kdfParams });
    state.call = (channel, input) => dispatch(core.handlers, channel, input);
    state.send = async (channel, input) => void (await value(state.call, channel, input));
    state.close = () => core.shutdown();
  }
  await value(state.call, 'workspace:create', { parentDir: dir, name: 'Bench', passphrase: 'bench passphrase for the core thread' });
  state.reviewId = (await value<{ id: string }>(state.call, 'review:create', { type: 'lcspr', title: 'Bench' })).id;
  writeFileSync(path.join(dir, 'police.csv'), agencyCsv(25_000, 7));
  writeFileSync(path.join(dir, 'social-care.csv'), agencyCsv(25_000, 11));
  return state;
}

async function importFile(r: Rig, file: string, agency: string, reviewId = r.reviewId): Promise<void> {
  r.nextOpen = path.join(r.dir, file);
  const [picked] = (await value<Array<{ token: string }>>(r.call, 'chronology:choose-files', { reviewId })) ?? [];
  const inspection = await value<{ headerIndex: number; mapping: unknown }>(r.call, 'chronology:inspect', { token: picked!.token });
  await r.send('chronology:import', { reviewId, token: picked!.token, headerIndex: inspection.headerIndex, mapping: inspection.mapping, agency, saveFormat: false });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The host loop's worst delay, in ms, while `work` runs. The histogram's timer is armed before the
 * work starts and allowed to fire once after it, so a loop blocked from start to end (the
 * in-process core) is recorded too, not missed.
 */
async function maxDelay(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  await sleep(20);
  await work();
  await sleep(20);
  histogram.disable();
  return histogram.max / 1e6;
}

function figuresFor(threaded: boolean): Figure[] {
  const where = threaded ? 'core in its thread' : 'core in-process (before #13)';
  let r: Rig;
  let run = 0;
  return [
    {
      name: `host loop max delay: 25,000-row import, ${where}`,
      unit: 'ms',
      runs: 3,
      setup: async () => {
        r = await rig(threaded);
        await importFile(r, 'police.csv', 'Police');
        await importFile(r, 'social-care.csv', "Children's Social Care");
      },
      measure: async () => {
        // Each run into a review of its own, so the review with 50,000 entries stays as it is.
        const { id } = await value<{ id: string }>(r.call, 'review:create', { type: 'lcspr', title: `Import ${run++}` });
        return maxDelay(() => importFile(r, 'police.csv', 'Police', id));
      },
    },
    {
      name: `host loop max delay: the composite of 50,000 entries, first list, ${where}`,
      unit: 'ms',
      runs: 1,
      measure: () => maxDelay(() => r.send('chronology:list', { reviewId: r.reviewId, anonymised: false })),
    },
    {
      name: `host loop max delay: likely duplicates over 50,000 entries, ${where}`,
      unit: 'ms',
      runs: 3,
      measure: () => maxDelay(() => r.send('chronology:duplicates', { reviewId: r.reviewId, anonymised: false })),
    },
    {
      name: `host loop max delay: chronology PDF of one year (~8,000 entries), ${where}`,
      unit: 'ms',
      runs: 3,
      measure: () =>
        maxDelay(async () => {
          r.nextSave = path.join(r.dir, `export-${run++}.pdf`);
          const filter = { from: '2017-01-01', to: '2017-12-31' };
          await r.send('chronology:export', { reviewId: r.reviewId, format: 'pdf', anonymised: false, filter });
        }),
      teardown: async () => {
        await r.close();
        rmSync(r.dir, { recursive: true, force: true });
      },
    },
  ];
}

export const figures: Figure[] = [...figuresFor(true), ...figuresFor(false)];
