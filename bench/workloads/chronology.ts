/**
 * Issue #5's figures: importing a 25,000-row agency CSV end to end (read, detect, check every
 * date, write in one transaction into the encrypted database), filtering 50,000 entries in the
 * service, and finding likely duplicates among 50,000 entries. Issue #13's: the first view of the
 * composite after unlocking, and encrypted ÷ plain on the import's own path (bench/import-ratio.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliPorts } from '../../electron/cli/ports';
import { createCore, dispatch, type Core } from '../../electron/services';
import { pickPath } from '../../electron/services/chronology';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract';
import { elapsedMs, type Figure } from '../harness';
import { ratioFigures } from '../import-ratio';

const words = 'strategy discussion joint visit home police social worker health visitor school nurse bruise injury referral assessment meeting mother child baby concern plan safety medical report parent contact call attended missed appointment letter record'.split(' ');

/** A police-style export: day-first date-times, a reference, free text, an action and a role. */
export function agencyCsv(rows: number, seed: number): string {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = () => words[Math.floor(random() * words.length)]!;
  const lines = ['Date/Time,Source System,Reference,Details,Action Taken,Officer Role'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
    const time = `${String(Math.floor(random() * 24)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`;
    const details = Array.from({ length: 14 }, pick).join(' ');
    lines.push(`${date} ${time},Niche RMS,OCC-${i}/19,"${details}, ""quoted"".",${Array.from({ length: 6 }, pick).join(' ')},PC (response)`);
  }
  return lines.join('\r\n');
}

let dir: string;
let workspace: string;
let core: Core;
let reviewId: string;
let csv: string;

const passphrase = 'bench passphrase for the chronology';

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function importCsv(file: string, agency: string): Promise<number> {
  const token = pickPath(core.kernel, file);
  const inspection = await call('chronology:inspect', { token });
  const result = await call('chronology:import', { reviewId, token, headerIndex: inspection.headerIndex, mapping: inspection.mapping, agency, saveFormat: false });
  return result.imported;
}

async function open(): Promise<void> {
  dir = mkdtempSync(path.join(tmpdir(), 'prw-bench-chronology-'));
  core = createCore(cliPorts(), { kdfParams: { N: 2 ** 12, r: 8, p: 1 } });
  workspace = (await core.session.create(dir, 'Bench', passphrase, { cipher: 'aegis' })).path;
  reviewId = (await call('review:create', { type: 'lcspr', title: 'Bench' })).id;
  for (const [name, role] of [['Kerry Hartwell', 'parent'], ['Dean Farrow', 'carer'], ['Maisie Hartwell', 'child']] as const) {
    await call('people:add', { reviewId, name, role });
  }
  csv = path.join(dir, 'police.csv');
  writeFileSync(csv, agencyCsv(25_000, 7));
  writeFileSync(path.join(dir, 'social-care.csv'), agencyCsv(25_000, 11));
}

async function close(): Promise<void> {
  await core.shutdown();
  rmSync(dir, { recursive: true, force: true });
}

/** Locks and unlocks (cheap KDF): the composite is read afresh, as after the user unlocks. */
async function reopen(): Promise<void> {
  await core.session.lock('user');
  await core.session.unlock(workspace, 'passphrase', passphrase);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return elapsedMs(start);
}

export const figures: Figure[] = [
  {
    name: 'import a 25,000-row CSV end to end (AEGIS-256 workspace)',
    unit: 'ms',
    runs: 7,
    setup: open,
    measure: async () => {
      reviewId = (await call('review:create', { type: 'lcspr', title: 'Bench' })).id;
      const start = process.hrtime.bigint();
      const imported = await importCsv(csv, 'Police');
      const ms = elapsedMs(start);
      if (imported !== 25_000) throw new Error(`imported ${imported}`);
      return ms;
    },
    teardown: close,
  },
  ...filterFigures(),
  ...ratioFigures(() => agencyCsv(25_000, 7)),
];

function filterFigures(): Figure[] {
  const setup = async () => {
    await open();
    await importCsv(csv, 'Police');
    await importCsv(path.join(dir, 'social-care.csv'), "Children's Social Care");
  };
  const list = (text: string) => call('chronology:list', { reviewId, anonymised: false, filter: { text, agencies: ['Police'], from: '2016-01-01', to: '2019-12-31' } });
  const checked = (count: number) => (result: { total: number }) => {
    if (result.total !== count) throw new Error(`listed ${result.total}`);
  };
  return [
    {
      name: '50,000 entries: first page after unlocking (first 200 in composite order, the count, the agencies)',
      unit: 'ms',
      runs: 9,
      setup,
      measure: async () => {
        await reopen();
        return timed(() => call('chronology:list', { reviewId, anonymised: false, window: { offset: 0, limit: 200 } }).then(checked(50_000)));
      },
    },
    {
      name: '50,000 entries: first whole list after unlocking (every entry, as the app asks today)',
      unit: 'ms',
      runs: 7,
      measure: async () => {
        await reopen();
        return timed(() => call('chronology:list', { reviewId, anonymised: false }).then(checked(50_000)));
      },
    },
    {
      name: '50,000 entries: first filtered list after unlocking (read, search text, filter)',
      unit: 'ms',
      runs: 7,
      measure: async () => {
        await reopen();
        return timed(() => list('strategy bruise'));
      },
    },
    {
      name: '50,000 entries: filter (agency, dates, two words) and sort, warm',
      unit: 'ms',
      runs: 20,
      measure: async () => {
        const start = process.hrtime.bigint();
        const { entries } = await list('visit mother');
        const ms = elapsedMs(start);
        if (entries.length === 0) throw new Error('nothing matched');
        return ms;
      },
    },
    {
      name: '50,000 entries: first anonymised list (every text through the people register)',
      unit: 'ms',
      runs: 5,
      measure: async () => {
        // Editing a person's aliases would drop the anonymised copy in the same way.
        await reopen();
        await call('chronology:list', { reviewId, anonymised: false });
        return timed(() => call('chronology:list', { reviewId, anonymised: true, filter: { text: 'visit' } }));
      },
    },
    {
      name: '50,000 entries: likely duplicates (load, bucket by day, compare)',
      unit: 'ms',
      runs: 5,
      measure: () => timed(() => call('chronology:duplicates', { reviewId, anonymised: false })),
      teardown: close,
    },
  ];
}
