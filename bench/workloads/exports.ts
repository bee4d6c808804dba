/**
 * The export path on a big review: 25,000 chronology entries exported anonymised, with the names
 * check before (every text scanned for names the register does not know) and the leak check
 * after (the finished file read back: CSV parsed, PDF read with pdf.js). Also each check alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliPorts } from '../../electron/cli/ports';
import { createCore, dispatch, type Core } from '../../electron/services';
import { chronologyExport, pickPath } from '../../electron/services/chronology';
import { deliverExport, unknownNames } from '../../electron/services/exports';
import { findLeaks, readBack } from '../../electron/services/exports/leaks';
import { anonymiserFor, read } from '../../electron/services/kernel';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract';
import { elapsedMs, type Figure } from '../harness';
import { agencyCsv } from './chronology';

let dir: string;
let core: Core;
let reviewId: string;
let pdfBytes: Uint8Array;

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function open(): Promise<void> {
  dir = mkdtempSync(path.join(tmpdir(), 'prw-bench-exports-'));
  core = createCore(cliPorts(), { kdfParams: { N: 2 ** 12, r: 8, p: 1 } });
  await core.session.create(dir, 'Bench', 'bench passphrase for the exports');
  reviewId = (await call('review:create', { type: 'lcspr', title: 'Bench' })).id;
  for (const [name, role] of [['Kerry Hartwell', 'parent'], ['Dean Farrow', 'carer'], ['Maisie Hartwell', 'child']] as const) await call('people:add', { reviewId, name, role });
  const csv = path.join(dir, 'police.csv');
  writeFileSync(csv, agencyCsv(25_000, 7));
  const token = pickPath(core.kernel, csv);
  const inspection = await call('chronology:inspect', { token });
  await call('chronology:import', { reviewId, token, headerIndex: inspection.headerIndex, mapping: inspection.mapping, agency: 'Police', saveFormat: false });
  // Warm the composite and the dictionary: the figures are the export's own cost.
  await call('chronology:list', { reviewId, anonymised: true });
  read(core.kernel, (db) => unknownNames(db, chronologyExport(core.kernel, { reviewId, format: 'csv', anonymised: true })));
}

async function close(): Promise<void> {
  await core.shutdown();
  rmSync(dir, { recursive: true, force: true });
}

async function exportOnce(format: 'csv' | 'pdf'): Promise<number> {
  const product = chronologyExport(core.kernel, { reviewId, format, anonymised: true });
  const start = process.hrtime.bigint();
  await deliverExport(core.kernel, product, path.join(dir, `out.${format}`));
  return elapsedMs(start);
}

export const figures: Figure[] = [
  {
    name: '25,000 entries: names check before an anonymised export',
    unit: 'ms',
    runs: 5,
    setup: open,
    measure: () => {
      const start = process.hrtime.bigint();
      const found = read(core.kernel, (db) => unknownNames(db, chronologyExport(core.kernel, { reviewId, format: 'csv', anonymised: true })));
      const ms = elapsedMs(start);
      if (found.length !== 0) throw new Error(`unexpected names: ${found.length}`);
      return ms;
    },
  },
  { name: '25,000 entries: anonymised CSV, checked and written', unit: 'ms', runs: 5, measure: () => exportOnce('csv') },
  {
    name: '25,000 entries: leak check of the anonymised PDF alone (pdf.js reads every page)',
    unit: 'ms',
    runs: 3,
    setup: async () => {
      pdfBytes = await chronologyExport(core.kernel, { reviewId, format: 'pdf', anonymised: true }).render();
    },
    measure: async () => {
      const start = process.hrtime.bigint();
      const { people } = read(core.kernel, (db) => anonymiserFor(db, reviewId));
      const leaks = findLeaks(people, await readBack('pdf', pdfBytes));
      const ms = elapsedMs(start);
      if (leaks.length > 0) throw new Error('leak');
      return ms;
    },
  },
  { name: '25,000 entries: anonymised PDF, checked and written', unit: 'ms', runs: 3, measure: () => exportOnce('pdf'), teardown: close },
];
