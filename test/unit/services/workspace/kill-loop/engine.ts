/**
 * The kill loop (issue #14): the real `prw` doing an import, an export, a backup, a restore or a
 * passphrase change, SIGKILLed at seeded random moments between its start and the time a whole run
 * takes. After every kill the workspace must open as a user would open it (breaking the stale lock
 * the killed process left), pass `integrity_check`, hold everything committed before, keep an audit
 * chain that verifies, and hold the operation's change either whole or not at all.
 *
 * Shared by the test (small, a few seconds an operation) and `npm run bench kill-loop` (larger). No
 * vitest here: the bench runs it under plain Node. Re-encryption has its own loop (../rekey/kill-loop.test.ts).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dispatch } from '../../../../../electron/services';
import { pickPath } from '../../../../../electron/services/chronology';
import type { Db } from '../../../../../electron/services/sqlite';
import { listBackups } from '../../../../../electron/services/workspace';
import type { WorkspaceCipher } from '../../../../../electron/services/workspace/db/open';
import { keyFileName, readKeyFile } from '../../../../../electron/services/workspace/keys';
import { AppError } from '../../../../../shared/errors';
import type { Channel, ChannelInput, ChannelResult } from '../../../../../shared/ipc/contract';
import { createRig, testPassphrase, type TestRig } from '../session/helpers';
import { inspect } from './inspect';

const root = path.resolve(__dirname, '../../../../..');
const fixtures = path.join(root, 'test/fixtures/chronologies');
export const newPassphrase = 'copper heron quarry 57 lantern';
const rowText = 'home visit, strategy discussion, school health referral and notes '.repeat(12);

export const operations = ['import', 'export', 'backup', 'restore', 'passphrase'] as const;
export type Operation = (typeof operations)[number];

export interface Scale {
  /** Rows of filler (about 0.8 KB each) that make the database big enough for a backup to take a while. */
  fillerRows: number;
  /** Files an import brings in at once, and rows in each. */
  importFiles: number;
  importRows: number;
  /** Entries of the chronology the export writes (besides the fixtures'). */
  exportRows: number;
}

export const smallScale: Scale = { fillerRows: 1500, importFiles: 3, importRows: 400, exportRows: 300 };
export const largeScale: Scale = { fillerRows: 25_000, importFiles: 4, importRows: 4000, exportRows: 2500 };

/** What the template workspace holds; every run starts from a copy of it. */
export interface Template {
  dir: string;
  runs: string;
  scale: Scale;
  recoveryCode: string;
  cipher: WorkspaceCipher;
  reviewId: string;
  /** The state a restore of `backup` goes back to (one review), and the state now (two). */
  backup: string;
  restored: State;
  current: State;
  importFiles: string[];
  newPassphraseFile: string;
  oldPassphraseFile: string;
}

export interface State {
  reviews: number;
  filler: number;
  /** Entries per submission id. */
  submissions: Map<string, number>;
  audit: number;
  exports: number;
  backups: string[];
}

export interface LoopResult {
  operation: Operation;
  kills: number;
  /** Kills that landed before the process ended by itself. */
  landed: number;
  /** A whole unkilled run, and its part after the workspace was open (medians). */
  wholeMs: number;
  workMs: number;
  /** What the killed runs left, e.g. "unchanged", "changed" (whole), and for the completed ones "completed". */
  outcomes: Record<string, number>;
  /** Worth knowing, not failures: e.g. a change on disk with no audit record of it. */
  notes: Record<string, number>;
  problems: string[];
  ms: number;
}

async function call<C extends Channel>(rig: TestRig, channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(rig.core.handlers, channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value;
}

async function importFile(rig: TestRig, reviewId: string, file: string, agency: string): Promise<void> {
  const token = pickPath(rig.core.kernel, file);
  const inspection = await call(rig, 'chronology:inspect', { token });
  await call(rig, 'chronology:import', {
    reviewId,
    token,
    headerIndex: inspection.headerIndex,
    mapping: inspection.mapping,
    agency: inspection.agency ?? agency,
    jobId: randomUUID(),
    saveFormat: false,
  });
}

/** A fictional agency file of `rows` one-line events (every file's text differs, so none is "already imported"). */
function generatedCsv(dir: string, name: string, rows: number): string {
  const file = path.join(dir, `${name}.csv`);
  const lines = Array.from(
    { length: rows },
    (_, i) => `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/2019,"${name} event ${i}: ${rowText}"`,
  );
  writeFileSync(file, ['Date,Event', ...lines].join('\n'));
  return file;
}

/** Builds the template with the test's cheap scrypt: the CLI reads the cost from keys.json. */
export async function createTemplate(scale: Scale): Promise<{ template: Template; cleanup: () => void }> {
  const rig = createRig();
  const runs = mkdtempSync(path.join(tmpdir(), 'prw-kill-loop-'));
  const created = await rig.core.session.create(rig.dataDir, 'Family K', testPassphrase);
  const open = rig.core.session.require();
  open.db.exec('CREATE TABLE kill_loop_rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = open.db.prepare('INSERT INTO kill_loop_rows (body) VALUES (?)');
  open.db.transaction(() => {
    for (let i = 0; i < scale.fillerRows; i++) insert.run(`Fictional filler row ${i}: ${rowText}`);
  })();
  const review = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child K (fictional)' });
  await importFile(rig, review.id, path.join(fixtures, 'police.csv'), 'Police');
  await importFile(rig, review.id, path.join(fixtures, 'gp.tsv'), 'GP');
  const backup = (await rig.core.session.backupNow()).name;
  const restored = stateOf(rig.core.session.require().db, []);
  await call(rig, 'review:create', { type: 'sar', title: 'SAR: Adult L (fictional)' });
  await importFile(rig, review.id, generatedCsv(runs, 'history', scale.exportRows), 'Probation');
  const current = stateOf(rig.core.session.require().db, (await listBackups(created.path)).map((item) => item.name));
  await rig.core.session.lock('user');
  // The template lives in `runs` (the rig's folder is deleted by cleanup, which may run before the last copy).
  const dir = path.join(runs, 'template.review');
  cpSync(created.path, dir, { recursive: true });
  const importFiles = Array.from({ length: scale.importFiles }, (_, i) => generatedCsv(runs, `probation-${i + 1}`, scale.importRows));
  const newPassphraseFile = path.join(runs, 'new-passphrase.txt');
  writeFileSync(newPassphraseFile, `${newPassphrase}\n`, { mode: 0o600 });
  const oldPassphraseFile = path.join(runs, 'old-passphrase.txt');
  writeFileSync(oldPassphraseFile, `${testPassphrase}\n`, { mode: 0o600 });
  const keyFile = await readKeyFile(path.join(dir, keyFileName));
  return {
    template: {
      dir,
      runs,
      scale,
      recoveryCode: created.recoveryCode,
      cipher: keyFile.cipher as WorkspaceCipher,
      reviewId: review.id,
      backup,
      restored,
      current,
      importFiles,
      newPassphraseFile,
      oldPassphraseFile,
    },
    cleanup: () => {
      rig.cleanup();
      rmSync(runs, { recursive: true, force: true });
    },
  };
}

export function stateOf(db: Db, backups: string[]): State {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const rows = db.prepare('SELECT s.id, (SELECT count(*) FROM chronology_entries e WHERE e.submission_id = s.id) AS n FROM chronology_submissions s').all() as Array<{ id: string; n: number }>;
  return {
    reviews: count('SELECT count(*) FROM reviews'),
    filler: count('SELECT count(*) FROM kill_loop_rows'),
    submissions: new Map(rows.map((row) => [row.id, row.n])),
    audit: count('SELECT count(*) FROM audit_log'),
    exports: count('SELECT count(*) FROM exports'),
    backups,
  };
}

interface Run {
  killed: boolean;
  code: number | null;
  ms: number;
  /** When the process created workspace.lock (it had unlocked the workspace), in ms from the start. */
  openAt: number | null;
  /** When the operation's marker file appeared (it was about to put its change in place). */
  markerAt: number | null;
  /** What it wrote on stderr (for the message when a run that should succeed does not). */
  stderr: string;
}

/**
 * What a kill delay is counted from: the start; the workspace being opened (start-up is most of a
 * short run); the operation's marker file appearing (its change is about to be put in place); or,
 * for an import (one transaction, no file of its own), the second half of the time after opening.
 */
type KillFrom = 'start' | 'open' | 'marker' | 'late';

/** A file the operation creates just before its change is put in place: watched for in `dir`. */
interface Marker {
  dir: string;
  matches: (name: string) => boolean;
}

/** Runs `prw ...args` on `dir`, SIGKILLed `killAfterMs` after the moment `from`, unless it ends first. */
export function prwProcess(dir: string, args: string[], marker: Marker | null, killAfterMs = Infinity, from: KillFrom = 'start'): Promise<Run> {
  const started = performance.now();
  let openAt: number | null = null;
  let markerAt: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  const child = spawn(process.execPath, [path.join(root, 'bin/prw.cjs'), ...args], {
    env: { ...process.env, PRW_PASSPHRASE: testPassphrase, PRW_DISPLAY_NAME: 'Kill loop' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const arm = () => {
    if (Number.isFinite(killAfterMs)) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  };
  const watchers = [
    watch(dir, (_, name) => {
      if (openAt !== null || !name?.startsWith('workspace.lock')) return;
      openAt = performance.now() - started;
      if (from === 'open' || from === 'late') arm();
    }),
  ];
  if (marker) {
    watchers.push(
      watch(marker.dir, (_, name) => {
        if (markerAt !== null || !name || !marker.matches(name)) return;
        markerAt = performance.now() - started;
        if (from === 'marker') arm();
      }),
    );
  }
  if (from === 'start') arm();
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      resolve({ killed: signal === 'SIGKILL', code, ms: performance.now() - started, openAt, markerAt, stderr });
    });
  });
}

function markerFor(operation: Operation, dir: string, out: string): Marker | null {
  const hidden = (base: string) => (name: string) => name.startsWith(`.${base}.`) && name.endsWith('.tmp');
  switch (operation) {
    case 'import':
      return null;
    case 'export':
      return { dir: path.dirname(out), matches: hidden(path.basename(out)) };
    case 'backup':
      return { dir: path.join(dir, 'backups'), matches: (name) => /^\.workspace-.*\.db\.partial$/.test(name) };
    case 'restore':
      return { dir, matches: (name) => name === 'workspace.db.restoring' };
    case 'passphrase':
      return { dir, matches: hidden(keyFileName) };
  }
}

/** Seeded, so a failure can be replayed: mulberry32. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function argsFor(operation: Operation, template: Template, dir: string, out: string, format: string): string[] {
  switch (operation) {
    case 'import':
      return ['chronology', 'import', dir, template.reviewId, ...template.importFiles, '--agency', 'Probation'];
    case 'export':
      return ['chronology', 'export', dir, template.reviewId, '--format', format, '--out', out];
    case 'backup':
      return ['backup', 'create', dir];
    case 'restore':
      return ['backup', 'restore', dir, template.backup];
    case 'passphrase':
      return ['workspace', 'passphrase', dir, '--new-passphrase-file', template.newPassphraseFile];
  }
}

const exportFormats = ['csv', 'xlsx', 'pdf'] as const;

/**
 * One operation's loop: an unkilled run first (it must succeed, and times the rest), then `kills`
 * runs, a third killed at a random moment between the start and the length of a whole run, a third
 * at a random moment after the workspace was opened (start-up is most of a short run), and a third
 * between the operation's marker file appearing and the end (for an import, in the second half of
 * the time after opening): where a change is put in place. A busy machine stretches runs: their
 * length is re-estimated from every run that finished.
 */
export interface LoopOptions {
  kills: number;
  seed: number;
  /** Every how many runs the first open after the kill is `prw audit verify --break-stale-lock` (the others: the session's unlock). */
  cliOpenEvery: number;
}

export async function killLoop(template: Template, operation: Operation, { kills, seed, cliOpenEvery }: LoopOptions): Promise<LoopResult> {
  const began = performance.now();
  const rig = createRig();
  const problems: string[] = [];
  const outcomes: Record<string, number> = {};
  const notes: Record<string, number> = {};
  const reference = new Map<string, Buffer>();
  const whole: number[] = [];
  const work: number[] = [];
  const tail: number[] = [];
  const typical = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const next = random(seed);
  let landed = 0;
  const timed = (run: Run) => {
    whole.push(run.ms);
    if (run.openAt !== null) work.push(run.ms - run.openAt);
    if (run.markerAt !== null) tail.push(run.ms - run.markerAt);
  };
  try {
    const freshCopy = (name: string) => {
      const dir = path.join(template.runs, `${operation}-${name}.review`);
      cpSync(template.dir, dir, { recursive: true });
      return dir;
    };
    // One unkilled run (for an export, a CSV: the reference the killed CSV exports are compared with).
    for (const format of ['csv'] as const) {
      const dir = freshCopy(`measure-${format}`);
      const out = path.join(template.runs, `${operation}-measure.${format}`);
      const measured = await prwProcess(dir, argsFor(operation, template, dir, out, format), markerFor(operation, dir, out));
      if (measured.code !== 0) throw new Error(`an unkilled prw ${operation} failed (exit ${String(measured.code)}): ${measured.stderr}`);
      timed(measured);
      if (operation === 'export') reference.set(`.${format}`, readFileSync(out));
      const checked = await inspect(rig, operation, template, dir, out, reference, false);
      if (checked.outcome === 'unchanged') problems.push(`the unkilled ${operation} changed nothing`);
      problems.push(...checked.problems.map((problem) => `unkilled run: ${problem}`));
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { force: true });
    }
    if (work.length === 0) throw new Error(`prw ${operation} never created workspace.lock`);
    const hasMarker = markerFor(operation, template.dir, path.join(template.runs, 'x.csv')) !== null;
    if (hasMarker && tail.length === 0) throw new Error(`prw ${operation} never created its marker file`);

    for (let run = 0; run < kills; run++) {
      const dir = freshCopy(`run-${run}`);
      const format = exportFormats[run % exportFormats.length]!;
      const out = path.join(template.runs, `${operation}-run-${run}.${format}`);
      const moment: KillFrom = (['start', 'open', hasMarker ? 'marker' : 'late'] as const)[run % 3]!;
      const span = { start: typical(whole), open: typical(work), marker: typical(tail), late: typical(work) / 2 }[moment];
      const delay = Math.round((moment === 'late' ? span : 0) + next() * span);
      const outcome = await prwProcess(dir, argsFor(operation, template, dir, out, format), markerFor(operation, dir, out), delay, moment);
      if (outcome.killed) landed++;
      else {
        timed(outcome);
        if (outcome.code !== 0) problems.push(`run ${run}: not killed, but exit ${String(outcome.code)}: ${outcome.stderr}`);
      }
      const where = `run ${run} (${operation}${operation === 'export' ? ` ${format}` : ''}, kill ${delay} ms after its ${moment}${outcome.killed ? '' : ', ended first'})`;
      try {
        const checked = await inspect(rig, operation, template, dir, out, reference, cliOpenEvery > 0 && run % cliOpenEvery === 0);
        const key = outcome.killed ? checked.outcome : 'completed';
        outcomes[key] = (outcomes[key] ?? 0) + 1;
        for (const note of checked.notes) notes[note] = (notes[note] ?? 0) + 1;
        problems.push(...checked.problems.map((problem) => `${where}: ${problem}`));
      } catch (error) {
        problems.push(`${where}: ${(error as Error).message}`);
        await rig.core.session.lock('user').catch(() => undefined);
      }
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { force: true });
    }
  } finally {
    rig.cleanup();
  }
  return {
    operation,
    kills,
    landed,
    wholeMs: Math.round(typical(whole)),
    workMs: Math.round(typical(work)),
    outcomes,
    notes,
    problems,
    ms: Math.round(performance.now() - began),
  };
}
