/**
 * Issue #14's larger kill loop: the real `prw` (build it first: `node scripts/build.mjs cli`)
 * SIGKILLed at seeded random moments during an import, an export, a backup, a restore and a
 * passphrase change, on a ~23 MB workspace, 24 kills an operation (PRW_KILLS=n for more or fewer).
 * After every kill the workspace is opened (every fourth time by `prw audit verify
 * --break-stale-lock`), integrity_check'ed, its audit chain verified, and compared with what was
 * committed before (test/unit/services/workspace/kill-loop/engine.ts; `npm test` runs a small one).
 * Each operation's summary goes to stderr; any problem found is listed there and fails the run.
 */
import { createTemplate, killLoop, largeScale, operations, type LoopResult, type Operation } from '../../test/unit/services/workspace/kill-loop/engine';
import type { Figure } from '../harness';

const kills = Number.parseInt(process.env.PRW_KILLS ?? '24', 10);
let made: Awaited<ReturnType<typeof createTemplate>> | undefined;
const results = new Map<Operation, LoopResult>();
const problems: string[] = [];

async function run(operation: Operation): Promise<LoopResult> {
  made ??= await createTemplate(largeScale);
  let result = results.get(operation);
  if (!result) {
    result = await killLoop(made.template, operation, { kills, seed: 14_000 + operations.indexOf(operation), cliOpenEvery: 4 });
    results.set(operation, result);
    const { problems: found, ...summary } = result;
    process.stderr.write(`\nkill loop, ${operation}: ${JSON.stringify(summary)}\n`);
    for (const problem of found) process.stderr.write(`  PROBLEM ${problem}\n`);
    problems.push(...found.map((problem) => `${operation}: ${problem}`));
  }
  return result;
}

export const figures: Figure[] = operations.flatMap((operation, index): Figure[] => [
  {
    name: `${operation}: ${kills} kills, time per run (killed or not) and its checks`,
    unit: 'ms',
    runs: 1,
    measure: async () => {
      const result = await run(operation);
      return result.ms / (kills + 1);
    },
  },
  {
    name: `${operation}: share of the kills that landed before the run ended`,
    unit: 'ratio',
    runs: 1,
    measure: async () => {
      const result = await run(operation);
      return result.landed / kills;
    },
    teardown: () => {
      if (index < operations.length - 1) return;
      made?.cleanup();
      if (problems.length > 0) throw new Error(`the kill loop found ${problems.length} problems:\n${problems.join('\n')}`);
    },
  },
]);
