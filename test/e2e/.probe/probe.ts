import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHandlers, dispatch } from '../../../electron/services';
import { createTestPorts } from '../host/ports';
import { createScriptedDialogs } from '../dialogs';
import { fixtures, fixtureFiles, importFile } from '../chronology-setup';

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'probe-'));
  const dialogs = createScriptedDialogs();
  const { ports } = createTestPorts({ dataDir, dialogs, emit: () => undefined });
  const handlers = createHandlers(ports);
  const host = { call: async (channel: string, input: unknown) => { const r = await dispatch(handlers, channel as never, input); if (!r.ok) throw new Error(channel + ': ' + r.error.message); return r.value as any; } } as any;
  await host.call('workspace:create', { parentDir: dataDir, name: 'P', passphrase: 'copper lantern orbit meadow' });
  const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  for (const file of fixtureFiles) await importFile(host, dialogs, review.id, path.join(fixtures, file));
  for (const p of [
    { name: 'Maisie Hartwell', role: 'child', dateOfBirth: '2018-10-08', pseudonym: 'Child M' },
    { name: 'Kerry Hartwell', role: 'parent', relationship: 'Mother', pseudonym: 'Mother' },
    { name: 'Dean Farrow', role: 'carer', relationship: 'Mother’s partner', pseudonym: 'Mother’s partner' },
  ]) await host.call('people:add', { reviewId: review.id, ...p });
  const r = await host.call('export:check-names', { subject: { kind: 'chronology', reviewId: review.id } });
  console.log(JSON.stringify(r, null, 1));
  console.log(JSON.stringify(await host.call('people:suggest-pseudonym', { reviewId: review.id, role: 'other-family' })));
  console.log(JSON.stringify(await host.call('people:suggest-pseudonym', { reviewId: review.id, role: 'other-family', relationship: 'Maternal grandmother' })));
  await host.call('workspace:lock', {});
  process.exit(0);
}
void main();
