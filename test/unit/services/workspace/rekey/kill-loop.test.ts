/**
 * The real `prw workspace rekey`, killed (SIGKILL) at seeded random moments between its start and
 * the time a whole run takes: every time, the workspace must open with the passphrase and hold
 * every row, in either cipher. Kill points are random; what is asserted is not.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cipherChoiceHere, rekeyTarget, verifyAudit } from '../../../../../electron/services/workspace';
import { readKeyFile, unlockWithPassphrase } from '../../../../../electron/services/workspace/keys';
import type { WorkspaceCipher } from '../../../../../electron/services/workspace/db/open';
import { rawConnection } from '../db/helpers';
import { createRig, testPassphrase, type TestRig } from '../session/helpers';
import { olderCipher, recordedCipher } from './helpers';

const root = path.resolve(__dirname, '../../../../..');
const killPoints = 22;
const rows = 4000;
const rowText = 'visit and referral notes, strategy meeting, school health '.repeat(30);

let rig: TestRig;
let template: string;
let from: WorkspaceCipher;
let to: WorkspaceCipher;
let runs: string;

beforeAll(async () => {
  const choice = cipherChoiceHere();
  from = olderCipher(choice);
  to = rekeyTarget(from, choice)!;
  rig = createRig();
  runs = mkdtempSync(path.join(tmpdir(), 'prw-kill-loop-'));
  template = (await rig.core.session.create(rig.dataDir, 'Family K', testPassphrase, { cipher: from })).path;
  const db = rig.core.session.require().db;
  db.exec('CREATE TABLE kill_loop_rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO kill_loop_rows (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`Fictional chronology row ${i}: ${rowText}`);
  })();
  await rig.core.session.lock('user');
});
afterAll(() => {
  rig.cleanup();
  rmSync(runs, { recursive: true, force: true });
});

function freshCopy(name: string): string {
  const dir = path.join(runs, `${name}.review`);
  cpSync(template, dir, { recursive: true });
  return dir;
}

interface Run {
  killed: boolean;
  code: number | null;
  ms: number;
  /** When the re-encrypted copy appeared beside workspace.db, in ms from the start (the work itself had begun). */
  copyAt: number | null;
}

/** What the kill delay is counted from: the start, the copy appearing, or the copy being renamed into place. */
type KillFrom = 'start' | 'copy' | 'swap';

/** Runs `prw workspace command DIR`, SIGKILLed `killAfterMs` after the moment `from`, unless it ends first. */
function prwProcess(dir: string, command: string, killAfterMs = Infinity, from: KillFrom = 'start'): Promise<Run> {
  const started = performance.now();
  let copyAt: number | null = null;
  let swapped = false;
  let timer: NodeJS.Timeout | undefined;
  const child = spawn(process.execPath, [path.join(root, 'bin/prw.cjs'), 'workspace', command, dir], {
    env: { ...process.env, PRW_PASSPHRASE: testPassphrase, PRW_DISPLAY_NAME: 'Kill loop' },
    stdio: 'ignore',
  });
  const arm = () => {
    if (Number.isFinite(killAfterMs)) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  };
  const watcher = watch(dir, (_, name) => {
    if (name !== 'workspace.db.rekeying') return;
    if (copyAt === null) {
      copyAt = performance.now() - started;
      if (from === 'copy') arm();
    } else if (!swapped && !existsSync(path.join(dir, 'workspace.db.rekeying'))) {
      swapped = true;
      if (from === 'swap') arm();
    }
  });
  if (from === 'start') arm();
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      watcher.close();
      resolve({ killed: signal === 'SIGKILL', code, ms: performance.now() - started, copyAt });
    });
  });
}

/** Which cipher the file on disk actually opens with (each authenticates every page). */
async function cipherOnDisk(dir: string): Promise<WorkspaceCipher | 'none'> {
  const dataKey = await unlockWithPassphrase(await readKeyFile(path.join(dir, 'keys.json')), testPassphrase);
  for (const cipher of [from, to]) {
    const db = rawConnection(path.join(dir, 'workspace.db'), dataKey, cipher);
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return cipher;
    } catch {
      // not this one
    } finally {
      db.close();
    }
  }
  return 'none';
}

/** Seeded, so a failure can be replayed: mulberry32. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it(`leaves a workspace that opens with every row after ${killPoints} kills at random moments`, async () => {
  const measured = await prwProcess(freshCopy('measure'), 'rekey');
  expect(measured.code).toBe(0);
  expect(await cipherOnDisk(path.join(runs, 'measure.review'))).toBe(to);
  expect(measured.copyAt).not.toBeNull();

  // A third of the runs are killed at a random moment between the start and the length of a whole
  // run. Start-up (Node, unlocking) is most of a run, so a third are killed at a random moment after
  // the work itself began (the copy appeared), and a third within 40 ms of the copy being renamed
  // over workspace.db, where keys.json is written. A busy machine stretches runs: their length is
  // re-estimated from every run that finished.
  const whole = [measured.ms];
  const work = [measured.ms - measured.copyAt!];
  const typical = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const next = random(20261207);
  const tally = { killedOnOld: 0, killedOnNew: 0, finishedByUnlock: 0, completed: 0 };
  const problems: string[] = [];
  for (let run = 0; run < killPoints; run++) {
    const dir = freshCopy(`run-${run}`);
    const moment = (['start', 'copy', 'swap'] as const)[run % 3]!;
    const delay = Math.round(next() * (moment === 'start' ? typical(whole) : moment === 'copy' ? typical(work) : 40));
    const outcome = await prwProcess(dir, 'rekey', delay, moment);
    if (!outcome.killed) {
      whole.push(outcome.ms);
      if (outcome.copyAt !== null) work.push(outcome.ms - outcome.copyAt);
    }
    const onDisk = await cipherOnDisk(dir);
    const recorded = recordedCipher(dir);
    if (!outcome.killed) tally.completed++;
    else if (onDisk === from) tally.killedOnOld++;
    else if (recorded !== onDisk) tally.finishedByUnlock++;
    else tally.killedOnNew++;

    try {
      // As a user would: the killed process left a stale lock, which they may break.
      await rig.core.session.unlock(dir, 'passphrase', testPassphrase, true);
      const db = rig.core.session.require().db;
      const count = db.prepare('SELECT count(*) FROM kill_loop_rows').pluck().get();
      if (count !== rows) problems.push(`run ${run} (killed ${delay} ms after its ${moment}): ${String(count)} rows`);
      if (!verifyAudit(db).ok) problems.push(`run ${run}: audit log broken`);
      if (recordedCipher(dir) !== onDisk) problems.push(`run ${run}: keys.json says ${recordedCipher(dir)}, the file is ${onDisk}`);
      const leftovers = readdirSync(dir).filter((name) => name.includes('.rekeying'));
      if (leftovers.length > 0) problems.push(`run ${run}: left ${leftovers.join(', ')}`);
      await rig.core.session.lock('user');
    } catch (error) {
      problems.push(`run ${run} (killed ${delay} ms after its ${moment}): ${(error as Error).message}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`rekey kill loop (${from} → ${to}; a run ${Math.round(typical(whole))} ms, its work ${Math.round(typical(work))} ms):`, tally);
  expect(problems).toEqual([]);
  expect(Object.values(tally).reduce((sum, n) => sum + n, 0)).toBe(killPoints);
});
