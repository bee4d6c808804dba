/**
 * The progress line of a long command: its words, when it shows (a terminal, without --json) and
 * when not (piped), how it rewrites itself and clears at the end — and, through real commands,
 * that a piped import writes nothing but its result while one on a terminal shows the line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/jobs';
import { run } from '../../../electron/cli/program';
import { progressLine, TerminalProgress, wantsProgress } from '../../../electron/cli/progress';
import { json, passphrase, prw } from './run';

const checking: JobProgress = { jobId: 'j1', kind: 'import', phase: 'checking', done: 12_000, total: 25_000 };

describe('the words of the progress line', () => {
  it('names the job and says what it is doing, with counts', () => {
    expect(progressLine(checking, 'Importing gp.csv')).toBe('Importing gp.csv — checking rows 12,000 of 25,000');
    expect(progressLine(checking)).toBe('Importing a file — checking rows 12,000 of 25,000');
    expect(progressLine({ ...checking, kind: 'export', phase: 'rendering', done: 40, total: 100 }, 'Exporting chronology.pdf')).toBe('Exporting chronology.pdf — laying out the pages (40%)');
    expect(progressLine({ ...checking, kind: 'export', phase: 'checking-file', done: 40, total: 472 }, 'Exporting report.pdf')).toBe('Exporting report.pdf — checking the finished file, page 40 of 472');
    expect(progressLine({ ...checking, kind: 'backup', phase: 'copying', done: 1, total: 4 })).toBe('Backing up the workspace — copying the workspace (25%)');
    expect(progressLine({ ...checking, kind: 'duplicates', phase: 'comparing', done: 0, total: 50_000 })).toBe('Finding likely duplicates — comparing 50,000 entries');
  });
});

describe('when the line shows', () => {
  it('on a terminal; not when stderr is piped or redirected, nor with --json', () => {
    expect(wantsProgress({ columns: 80 }, false)).toBe(true);
    expect(wantsProgress({ columns: 80 }, true)).toBe(false);
    expect(wantsProgress(undefined, false)).toBe(false);
    expect(wantsProgress(undefined, true)).toBe(false);
  });

  it('rewrites one line in place, skips repeats, and clears it when the job ends', () => {
    const written: string[] = [];
    const progress = new TerminalProgress();
    progress.attach((text) => written.push(text));
    progress.label('j1', 'Importing gp.csv');
    progress.emit('job:progress', { ...checking, done: 5_000 });
    progress.emit('job:progress', { ...checking, done: 5_000 });
    progress.emit('job:progress', checking);
    progress.emit('workspace:locked', { reason: 'user' });
    progress.emit('job:ended', { jobId: 'j1', kind: 'import', outcome: 'done' });
    expect(written).toEqual(['\rImporting gp.csv — checking rows 5,000 of 25,000\x1b[K', '\rImporting gp.csv — checking rows 12,000 of 25,000\x1b[K', '\r\x1b[K']);
  });

  it('cuts a line short of the terminal’s width, so it never wraps', () => {
    const written: string[] = [];
    const progress = new TerminalProgress();
    progress.attach((text) => written.push(text), 20);
    progress.emit('job:progress', checking);
    expect(written).toEqual(['\rImporting a file —…\x1b[K']);
  });

  it('writes nothing when not attached to a terminal', () => {
    const written: string[] = [];
    const progress = new TerminalProgress();
    progress.attach(null);
    progress.emit('job:progress', checking);
    progress.emit('job:ended', { jobId: 'j1', kind: 'import', outcome: 'cancelled' });
    expect(written).toEqual([]);
  });
});

describe('prw chronology import and its progress line', () => {
  let temp: string;
  let dir: string;
  let reviewId: string;
  let file: string;

  beforeAll(() => {
    temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-progress-'));
    dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child M'), '--json')).path;
    reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child M', '--json')).id;
    // Enough fictional rows to be checked in several slices.
    file = path.join(temp, 'probation.csv');
    writeFileSync(file, ['Date,Event', ...Array.from({ length: 12_000 }, (_, index) => `${String((index % 28) + 1).padStart(2, '0')}/03/2019,Supervision ${index}`)].join('\n'));
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('piped: stderr stays empty, stdout has the result', () => {
    const result = prw('chronology', 'import', dir, reviewId, file, '--agency', 'Probation');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('probation.csv: 12000 entries from Probation, 0 rows rejected');
  });

  async function onTerminal(...extra: string[]) {
    const io = { stdout: '', stderr: '' };
    const previous = process.env.PRW_PASSPHRASE;
    process.env.PRW_PASSPHRASE = passphrase;
    try {
      // Each test imports the same file into the one review: --again, or it is refused as already imported.
      const code = await run(['chronology', 'import', dir, reviewId, file, '--agency', 'Probation', '--again', ...extra], {
        out: (text) => void (io.stdout += text),
        err: (text) => void (io.stderr += text),
        errTerminal: { columns: 200 },
      });
      return { code, stdout: io.stdout, stderr: io.stderr };
    } finally {
      if (previous === undefined) delete process.env.PRW_PASSPHRASE;
      else process.env.PRW_PASSPHRASE = previous;
    }
  }

  it('on a terminal: the line names the file and counts the rows, and is cleared before the result', async () => {
    const result = await onTerminal();
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('\rImporting probation.csv — checking rows 5,000 of 12,000\x1b[K');
    expect(result.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(result.stdout).toContain('probation.csv: 12000 entries from Probation');
  });

  it('on a terminal with --json: no line, only the JSON', async () => {
    const result = await onTerminal('--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 12_000 });
  });
});
