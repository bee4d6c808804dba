/**
 * Issue #5's figures: importing a 25,000-row agency CSV end to end (read, detect, check every
 * date, write in one transaction into the encrypted database), filtering 50,000 entries in the
 * service, and finding likely duplicates among 50,000 entries.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliPorts } from '../../electron/cli/ports';
import { createCore, dispatch, type Core } from '../../electron/services';
import { pickPath } from '../../electron/services/chronology';
import { invalidate } from '../../electron/services/chronology/entries-service';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract';
import { elapsedMs, type Figure } from '../harness';

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
let core: Core;
let reviewId: string;
let csv: string;

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function importCsv(file: string, agency: string): Promise<number> {
  const token = pickPath(core.kernel, file);
  const inspection = await call('chronology:inspect', { token });
  const result = await call('chronology:import', { reviewId, token, headerIndex: inspection.headerIndex, mapping: inspection.mapping, agency, importId: randomUUID(), saveFormat: false });
  return result.imported;
}

async function open(): Promise<void> {
  dir = mkdtempSync(path.join(tmpdir(), 'prw-bench-chronology-'));
  core = createCore(cliPorts(), { kdfParams: { N: 2 ** 12, r: 8, p: 1 } });
  await core.session.create(dir, 'Bench', 'bench passphrase for the chronology');
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

export const figures: Figure[] = [
  {
    name: 'import a 25,000-row CSV end to end (encrypted)',
    unit: 'ms',
    runs: 5,
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
];

function filterFigures(): Figure[] {
  const setup = async () => {
    await open();
    await importCsv(csv, 'Police');
    await importCsv(path.join(dir, 'social-care.csv'), "Children's Social Care");
  };
  const list = (text: string) => call('chronology:list', { reviewId, anonymised: false, filter: { text, agencies: ['Police'], from: '2016-01-01', to: '2019-12-31' } });
  return [
    {
      name: '50,000 entries: first list after opening or an import (read, order, index)',
      unit: 'ms',
      runs: 5,
      setup,
      measure: async () => {
        // An edit drops the review's cache, as any write does.
        const first = (await call('chronology:list', { reviewId, anonymised: false, filter: { text: 'no such words at all' } })).total;
        if (first !== 50_000) throw new Error(`listed ${first}`);
        // A fixed rejected row, like any new entry, drops the review's cache.
        invalidate(core.kernel, reviewId);
        const start = process.hrtime.bigint();
        await list('strategy bruise');
        return elapsedMs(start);
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
        await call('chronology:list', { reviewId, anonymised: false });
        invalidate(core.kernel, reviewId);
        await call('chronology:list', { reviewId, anonymised: false });
        const start = process.hrtime.bigint();
        await call('chronology:list', { reviewId, anonymised: true, filter: { text: 'visit' } });
        return elapsedMs(start);
      },
    },
    {
      name: '50,000 entries: likely duplicates (load, bucket by day, compare)',
      unit: 'ms',
      runs: 5,
      measure: async () => {
        const start = process.hrtime.bigint();
        await call('chronology:duplicates', { reviewId, anonymised: false });
        return elapsedMs(start);
      },
      teardown: close,
    },
  ];
}
