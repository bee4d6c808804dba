/**
 * `prw chronology import|list|duplicates|export` (and, in chronology-entries.ts, entries by hand and
 * submissions removed): the multi-agency chronology from the command
 * line, through the same handlers as the app. Files are named on the command line, so they are
 * handed to the core as chosen files (the app gets them from its open dialog instead).
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { ChronologyEntry, ImportResult } from '../../../shared/chronology/views';
import { AppError } from '../../../shared/errors';
import { similarityInWords } from '../../../shared/chronology/similarity';
import { pickPath } from '../../services/chronology';
import { sameFileAdvice } from '../../services/chronology/import-service';
import { chronologyExport } from '../../services/chronology';
import { addExportOptions, exportTo, wroteLine, type ExportCliOptions } from '../export';
import type { Core } from '../../services';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { terminalProgress } from '../progress';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { registerChronologyEntries } from './chronology-entries';
import { callChannel, checkInput } from './review';

type JsonOption = { json?: boolean };

interface ChronologyExportOptions {
  format: 'csv' | 'xlsx' | 'pdf';
  anonymised?: boolean;
  agency?: string[];
  from?: string;
  to?: string;
  words?: string;
  text?: string;
}

interface ImportOptions extends SecretOptions, JsonOption {
  agency?: string;
  sheet?: string;
  again?: boolean;
  replaces?: string;
}

/** How each file named on the command line fared: each is imported whole or not at all. */
type FileOutcome = { file: string; status: 'imported'; result: ImportResult } | { file: string; status: 'refused'; reason: string };

async function importOne(core: Core, reviewId: string, file: string, options: ImportOptions) {
  const token = pickPath(core.kernel, file);
  const inspection = await callChannel(core, 'chronology:inspect', { token, ...(options.sheet ? { sheet: options.sheet } : {}) });
  const agency = options.agency ?? inspection.agency;
  if (!agency) throw new AppError('validation', `Which agency sent ${path.basename(file)}? Give it with --agency NAME.`);
  const jobId = randomUUID();
  terminalProgress.label(jobId, `Importing ${path.basename(file)}`);
  return callChannel(core, 'chronology:import', {
    reviewId,
    token,
    ...(inspection.sheet ? { sheet: inspection.sheet } : {}),
    headerIndex: inspection.headerIndex,
    mapping: inspection.mapping,
    agency,
    jobId,
    saveFormat: false,
    ...(options.again ? { again: true } : {}),
    ...(options.replaces ? { replaces: options.replaces } : {}),
  });
}

/** One file's refusal in the core's words, with how to override it said the command line's way. */
function refusalReason(error: AppError): string {
  const { message } = error;
  return message.endsWith(sameFileAdvice) ? `${message.slice(0, -sameFileAdvice.length)}To import it anyway, run the command again with --again.` : message;
}

/** Imports each file on its own, carrying on past a refused one. */
async function importEach(core: Core, reviewId: string, files: string[], options: ImportOptions): Promise<FileOutcome[]> {
  // A review that is not there is the whole command's problem, not each file's.
  await callChannel(core, 'chronology:submissions', { reviewId });
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const name = path.basename(file);
    try {
      outcomes.push({ file: name, status: 'imported', result: await importOne(core, reviewId, file, options) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ file: name, status: 'refused', reason: refusalReason(error) });
    }
  }
  return outcomes;
}

function printImports(outcomes: FileOutcome[], options: ImportOptions, io: CliIo): void {
  const done = outcomes.flatMap((outcome) => (outcome.status === 'imported' ? [{ file: outcome.file, ...outcome.result }] : []));
  const refused = outcomes.length - done.length;
  const imported = done.reduce((sum, result) => sum + result.imported, 0);
  const rejected = done.flatMap((result) => result.rejected.map((row) => ({ file: result.file, row: row.rowNumber, reason: row.reason })));
  if (options.json) {
    const files = outcomes.map((outcome) =>
      outcome.status === 'refused'
        ? outcome
        : {
            file: outcome.file,
            status: outcome.status,
            agency: outcome.result.agency,
            imported: outcome.result.imported,
            rejected: outcome.result.rejected.length,
            // A Word document's empty table rows, left out rather than rejected.
            ...(outcome.result.blankRows === undefined ? {} : { blankRows: outcome.result.blankRows }),
            submissionId: outcome.result.submissionId,
          },
    );
    // imported, rejected and submissions are what --json printed before files were reported one by one: scripts that read them keep working.
    const submissions = done.map((result) => ({ id: result.submissionId, file: result.file, agency: result.agency, imported: result.imported, rejected: result.rejected.length }));
    io.out(JSON.stringify({ files, imported, rejected, submissions, refused }) + '\n');
    return;
  }
  for (const outcome of outcomes) {
    if (outcome.status === 'refused') io.out(`${outcome.file}: not imported\n`);
    else {
      const blank = outcome.result.blankRows ? `, ${outcome.result.blankRows} empty table ${outcome.result.blankRows === 1 ? 'row' : 'rows'} left out` : '';
      io.out(`${outcome.file}: ${outcome.result.imported} entries from ${outcome.result.agency}, ${outcome.result.rejected.length} rows rejected${blank}\n`);
    }
  }
  for (const row of rejected) io.out(`  rejected ${row.file} row ${row.row}: ${row.reason}\n`);
  const fileWords = (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`;
  io.out(`Imported ${imported} entries from ${refused === 0 ? fileWords(done.length) : `${done.length} of ${fileWords(outcomes.length)}`}.\n`);
}

function dateWords(entry: ChronologyEntry): string {
  const { start, end, time } = entry.date;
  return (start === end ? start : `${start}..${end}`) + (time ? ` ${time}` : '');
}

export function registerChronology(program: Command, io: CliIo): void {
  const chronology = program.command('chronology').description("the multi-agency chronology: agencies' submissions merged into one");

  addSecretOptions(chronology.command('import <dir> <review> <files...>'))
    .description('import agency chronology files (Word .docx tables, XLSX, CSV, TSV, semicolon CSV), each as one submission')
    .option('--agency <name>', 'the agency that sent the files (default: inferred from each file name)')
    .option('--sheet <name>', 'the workbook sheet to read (default: the first with data; a Word document\'s chronology tables are all read)')
    .option('--again', 'import a file even if this review already has one with the same contents (its entries would be there twice)')
    .option('--replaces <submission>', 'the submission this corrected file replaces: removed when the file is imported (one file only; undo-removal until the next import)')
    .option('--json', 'print {"files": [{"file", "status", …, "blankRows" for a Word document}], "imported", "rejected", "submissions", "refused"} as JSON')
    .action(async (dir: string, reviewId: string, files: string[], options: ImportOptions) => {
      checkInput('chronology:submissions', { reviewId }, { reviewId: 'REVIEW' });
      if (options.replaces && files.length !== 1) throw new AppError('validation', 'Give one file with --replaces: the corrected file that replaces that submission.');
      const outcomes = await withWorkspace(dir, options, (core) => importEach(core, reviewId, files, options));
      printImports(outcomes, options, io);
      // The core's reason often names the file already ("gp.tsv was already imported…").
      const refusal = ({ file, reason }: { file: string; reason: string }) => (reason.startsWith(`${file} `) ? reason : `${file} was not imported: ${reason}`);
      const refused = outcomes.flatMap((outcome) => (outcome.status === 'refused' ? [refusal(outcome)] : []));
      // Exit 1, naming only the refused files; the others stay imported.
      if (refused.length > 0) throw new AppError('validation', refused.join('\n'));
    });

  addSecretOptions(chronology.command('list <dir> <review>'))
    .description('list the composite chronology in date order')
    .option('--anonymised', "show people by their pseudonyms (names, aliases and variants replaced)")
    .option('--json', 'print the entries as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption & { anonymised?: boolean }) => {
      const input = checkInput('chronology:list', { reviewId, anonymised: options.anonymised === true }, { reviewId: 'REVIEW' });
      const list = await withWorkspace(dir, options, (core) => callChannel(core, 'chronology:list', input));
      if (options.json) return io.out(JSON.stringify(list.entries) + '\n');
      if (list.entries.length === 0) return io.out('No entries yet. Import agency files with "prw chronology import DIR REVIEW FILE...".\n');
      for (const entry of list.entries) io.out(`${dateWords(entry)}  ${entry.agency}  ${(entry.event ?? '').replace(/\s+/g, ' ')}\n`);
    });

  addSecretOptions(chronology.command('duplicates <dir> <review>'))
    .description('list likely duplicates: the same event recorded by two agencies')
    .option('--anonymised', 'show people by their pseudonyms')
    .option('--json', 'print the pairs as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption & { anonymised?: boolean }) => {
      const input = checkInput('chronology:duplicates', { reviewId, anonymised: options.anonymised === true }, { reviewId: 'REVIEW' });
      const pairs = await withWorkspace(dir, options, (core) => callChannel(core, 'chronology:duplicates', input));
      if (options.json) return io.out(JSON.stringify(pairs) + '\n');
      if (pairs.length === 0) return io.out('No likely duplicates.\n');
      for (const { a, b, score, decision } of pairs) {
        io.out(`${dateWords(a)}  ${a.agency} / ${b.agency}  ${similarityInWords(score).toLowerCase()}${decision ? `  (${decision})` : ''}\n`);
      }
    });

  addExportOptions(addSecretOptions(chronology.command('export <dir> <review>')))
    .description('export the composite chronology (or the part a filter picks)')
    .addOption(new Option('--format <format>', 'the file format').choices(['csv', 'xlsx', 'pdf']).makeOptionMandatory())
    .option('--anonymised', 'people by their pseudonyms: for anything that may be shared')
    .option('--agency <name...>', 'only entries from these agencies')
    .option('--from <date>', 'only entries on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'only entries on or before this date (YYYY-MM-DD)')
    .option('--words <text>', 'only entries containing these words (in any column, the analysis too)')
    // The first name of --words, kept for scripts written before it.
    .addOption(new Option('--text <words>').hideHelp())
    .action(async (dir: string, reviewId: string, options: SecretOptions & ExportCliOptions & ChronologyExportOptions) => {
      const words = options.words ?? options.text;
      const filter = { ...(options.agency ? { agencies: options.agency } : {}), ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}), ...(words ? { text: words } : {}) };
      const input = checkInput(
        'chronology:export',
        { reviewId, format: options.format, anonymised: options.anonymised === true, ...(Object.keys(filter).length > 0 ? { filter } : {}) },
        { reviewId: 'REVIEW', 'filter.from': '--from', 'filter.to': '--to', 'filter.text': '--words', 'filter.agencies': '--agency' },
      );
      const result = await withWorkspace(dir, options, async (core) => {
        await callChannel(core, 'chronology:submissions', { reviewId });
        return exportTo(core, chronologyExport(core.kernel, input), options, io);
      });
      io.out(wroteLine(options.out, result));
    });

  registerChronologyEntries(chronology, io);
}
