/** The foundation's figures: what one IPC call and one CLI start cost. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cliPorts } from '../../electron/cli/ports';
import { createHandlers, dispatch } from '../../electron/services';
import { elapsedMs, type Figure } from '../harness';

const root = path.resolve(__dirname, '../..');
const handlers = createHandlers(cliPorts());

export const figures: Figure[] = [
  {
    name: 'app:info through dispatch (validate + open in-memory engine)',
    unit: 'µs',
    runs: 200,
    measure: async () => {
      const start = process.hrtime.bigint();
      const result = await dispatch(handlers, 'app:info', {});
      if (!result.ok) throw new Error(result.error.message);
      return elapsedMs(start) * 1000;
    },
  },
  {
    name: 'prw --version, process start to exit',
    unit: 'ms',
    runs: 15,
    measure: () => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [path.join(root, 'bin/prw.cjs'), '--version']);
      if (result.status !== 0) throw new Error('prw --version failed; run "npm run build" first');
      return elapsedMs(start);
    },
  },
];
