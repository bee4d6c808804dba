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
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dispatch } from '../../../../../electron/services';
import { pickPath } from '../../../../../electron/services/chronology';
import { openDatabase, type Db } from '../../../../../electron/services/sqlite';
import { listBackups, verifyAudit } from '../../../../../electron/services/workspace';
import { keyConnection, type WorkspaceCipher } from '../../../../../electron/services/workspace/db/open';
import { keyFileName, readKeyFile, unlockWithPassphrase, unlockWithRecoveryCode, type KeyFile } from '../../../../../electron/services/workspace/keys';
import { AppError } from '../../../../../shared/errors';
import type { Channel, ChannelInput, ChannelResult } from '../../../../../shared/ipc/contract';
import { createRig, testPassphrase, type TestRig } from '../session/helpers';

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
interface Template {
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

interface State {
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

function stateOf(db: Db, backups: string[]): State {
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
function prwProcess(dir: string, args: string[], marker: Marker | null, killAfterMs = Infinity, from: KillFrom = 'start'): Promise<Run> {
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

async function unlocks(keyFile: KeyFile, secret: string, recovery = false): Promise<boolean> {
  try {
    (await (recovery ? unlockWithRecoveryCode(keyFile, secret) : unlockWithPassphrase(keyFile, secret))).fill(0);
    return true;
  } catch {
    return false;
  }
}

/** Opens a backup read-only with the workspace's key and cipher; its integrity_check result, or the error. */
function checkBackup(file: string, dataKey: Buffer, cipher: WorkspaceCipher): string {
  let db: Db | undefined;
  try {
    db = openDatabase(file, { readonly: true });
    keyConnection(db, dataKey, cipher);
    return String(db.pragma('integrity_check', { simple: true }));
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

function sameSubmissions(expected: Map<string, number>, found: Map<string, number>): string | null {
  for (const [id, entries] of expected) {
    if (found.get(id) !== entries) return `submission ${id} had ${entries} entries, now ${String(found.get(id) ?? 'none')}`;
  }
  return null;
}

interface Inspection {
  problems: string[];
  outcome: string;
  notes: string[];
}

/**
 * Everything checked after a run (killed or not): opens as a user would (breaking the stale lock),
 * integrity_check, audit chain, every backup, nothing committed lost, the change whole or absent.
 */
async function inspect(
  rig: TestRig,
  operation: Operation,
  template: Template,
  dir: string,
  out: string,
  reference: Map<string, Buffer>,
  cliOpen: boolean,
): Promise<Inspection> {
  const problems: string[] = [];
  const notes: string[] = [];
  let outcome = 'unchanged';
  const keyFile = await readKeyFile(path.join(dir, keyFileName));
  const oldWorks = await unlocks(keyFile, testPassphrase);
  const newWorks = operation === 'passphrase' && (await unlocks(keyFile, newPassphrase));
  if (oldWorks === newWorks) problems.push(`the old passphrase ${oldWorks ? 'and' : 'nor'} the new one unlocks`);
  if (!(await unlocks(keyFile, template.recoveryCode, true))) problems.push('the recovery code no longer unlocks');
  const passphrase = newWorks ? newPassphrase : testPassphrase;
  if (newWorks) outcome = 'changed';

  if (cliOpen) {
    // As a user of the command line would: `prw audit verify` opens it, breaking the stale lock.
    const passphraseFile = newWorks ? template.newPassphraseFile : template.oldPassphraseFile;
    const verified = await prwProcess(dir, ['audit', 'verify', dir, '--break-stale-lock', '--passphrase-file', passphraseFile], null);
    if (verified.code !== 0) problems.push(`prw audit verify --break-stale-lock exited ${String(verified.code)}: ${verified.stderr}`);
  }
  await rig.core.session.unlock(dir, 'passphrase', passphrase, true);
  try {
    const open = rig.core.session.require();
    const integrity = String(open.db.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const audit = verifyAudit(open.db);
    if (!audit.ok) problems.push(`audit chain broken at ${String(audit.firstBrokenSeq)}: ${audit.reason}`);
    const backups = await listBackups(dir);
    const state = stateOf(open.db, backups.map((item) => item.name));
    const actions = new Set(open.db.prepare('SELECT action FROM audit_log').pluck().all() as string[]);

    for (const item of backups) {
      const result = checkBackup(path.join(dir, 'backups', item.name), open.dataKey, template.cipher);
      if (result !== 'ok') problems.push(`backups/${item.name}: ${result}`);
    }
    const stray = readdirSync(path.join(dir, 'backups')).filter((name) => name.endsWith('.partial'));
    if (stray.length > 0) notes.push('a .partial backup left (not under a backup name; removed by the next backup)');
    const interim = readdirSync(dir).filter((name) => /\.(rekeying|restoring)/.test(name));
    if (interim.length > 0) problems.push(`left ${interim.join(', ')} after unlocking`);

    // What was committed before the run: the current state, or for a restore the backup's.
    const restoredState = operation === 'restore' && state.reviews === template.restored.reviews;
    const before = restoredState ? template.restored : template.current;
    if (restoredState) outcome = 'restored';
    if (state.reviews !== before.reviews) problems.push(`${state.reviews} reviews, expected ${before.reviews}`);
    if (state.filler !== before.filler) problems.push(`${state.filler} filler rows, expected ${before.filler}`);
    const lost = sameSubmissions(before.submissions, state.submissions);
    if (lost) problems.push(lost);
    if (state.audit < before.audit) problems.push(`audit log has ${state.audit} records, had ${before.audit}`);
    for (const name of template.current.backups) {
      if (!state.backups.includes(name)) problems.push(`backup ${name} is gone`);
    }

    switch (operation) {
      case 'import': {
        const added = [...state.submissions].filter(([id]) => !before.submissions.has(id));
        for (const [id, entries] of added) {
          if (entries !== template.scale.importRows) problems.push(`import left submission ${id} with ${entries} of ${template.scale.importRows} entries`);
        }
        if (added.length > template.scale.importFiles) problems.push(`${added.length} submissions added from ${template.scale.importFiles} files`);
        if (added.length > 0) outcome = added.length === template.scale.importFiles ? 'changed' : 'some files';
        break;
      }
      case 'export': {
        const recorded = state.exports - before.exports;
        const exists = existsSync(out);
        if (recorded > 1) problems.push(`${recorded} exports recorded for one run`);
        if (recorded === 1 && !exists) problems.push('an export recorded, but its file is not there');
        if (exists) {
          const bytes = readFileSync(out);
          const expected = reference.get(path.extname(out));
          if (!complete(bytes, path.extname(out), expected)) problems.push(`${path.basename(out)} is not a complete export (${bytes.length} bytes)`);
          outcome = 'changed';
          if (recorded === 0) notes.push('export file written, not in the exports register (killed between the two)');
        }
        const temps = readdirSync(path.dirname(out)).filter((name) => name.startsWith(`.${path.basename(out)}.`) && name.endsWith('.tmp'));
        if (temps.length > 0) notes.push('a hidden .tmp file left beside the export target');
        break;
      }
      case 'backup': {
        const added = state.backups.filter((name) => !template.current.backups.includes(name));
        if (added.length > 1) problems.push(`${added.length} backups from one run`);
        if (added.length === 1) {
          outcome = 'changed';
          if (!actions.has('backup.created')) notes.push('backup made, no backup.created in the audit log');
        }
        break;
      }
      case 'restore': {
        const setAside = state.backups.filter((name) => name.startsWith('pre-restore-'));
        if (restoredState) {
          if (setAside.length !== 1) problems.push(`restored, but ${setAside.length} pre-restore files`);
          for (const name of setAside) {
            const db = openDatabase(path.join(dir, 'backups', name), { readonly: true });
            try {
              keyConnection(db, open.dataKey, template.cipher);
              const aside = stateOf(db, []);
              if (aside.reviews !== template.current.reviews || sameSubmissions(template.current.submissions, aside.submissions) !== null) {
                problems.push(`${name} does not hold the workspace from before the restore`);
              }
            } finally {
              db.close();
            }
          }
          if (!actions.has('backup.restored')) notes.push('restored, no backup.restored in the audit log');
        } else if (setAside.length > 0) {
          notes.push('a pre-restore copy left although the restore did not happen');
        }
        break;
      }
      case 'passphrase':
        if (newWorks && !actions.has('passphrase.changed')) notes.push('passphrase changed, no passphrase.changed in the audit log');
        if (readdirSync(dir).some((name) => name.startsWith(`.${keyFileName}.`))) notes.push('a hidden keys.json .tmp left (removed by the next key change)');
        break;
    }
  } finally {
    await rig.core.session.lock('user');
  }
  if (existsSync(path.join(dir, 'workspace.lock'))) problems.push('workspace.lock still there after locking');
  return { problems, outcome, notes };
}

/** A CSV must be byte for byte the unkilled run's; an XLSX must end with its zip directory, a PDF with %%EOF. */
function complete(bytes: Buffer, extension: string, expected: Buffer | undefined): boolean {
  if (extension === '.csv' && expected) return bytes.equals(expected);
  if (extension === '.xlsx') return bytes.length > 22 && bytes.subarray(-22, -18).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (extension === '.pdf') return bytes.subarray(-8).toString('latin1').includes('%%EOF');
  return bytes.length > 0;
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
