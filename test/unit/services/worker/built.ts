/** The core's worker bundle that vitest's global setup builds (test/unit/cli/build-cli.ts). */
import path from 'node:path';

export const builtCoreWorker = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'main', 'core-worker.cjs');
