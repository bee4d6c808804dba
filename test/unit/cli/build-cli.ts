/**
 * Vitest global setup: builds dist/cli/prw.cjs (and the core's worker, dist/main/core-worker.cjs)
 * once before any test file runs. Each CLI test
 * file building it for itself raced: one worker rewrote the bundle while another's `prw` was
 * reading it, and a half-written file failed with a SyntaxError.
 */
import { buildCli } from './run';

export default function setup(): void {
  buildCli();
}
