/**
 * `prw chronology add|edit|delete|restore|submissions|remove-submission|undo-removal`: entries
 * written, corrected and deleted by hand, and a wrong import taken out again — through the same
 * handlers as the app. Each command names the review, and an entry or submission of another
 * review is refused as unknown: a typo in one id must not change another review.
 */
import type { Command } from 'commander';
import type { SubmissionInfo } from '../../../shared/chronology/views';
import { AppError } from '../../../shared/errors';
import type { Core } from '../../services';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput } from './review';

type JsonOption = { json?: boolean };

/** Options to messages: which flag a schema's complaint is about. */
const flags = { reviewId: 'REVIEW', id: 'ENTRY', reason: '--reason', date: '--date', agency: '--agency', event: '--event', action: '--action', source: '--source', outcome: '--outcome' };

interface EntryOptions {
  date?: string;
  agency?: string;
  event?: string;
  action?: string;
  source?: string;
  outcome?: string;
}

/** The entry, known and in this review; its history says which review it is in. */
async function requireEntryIn(core: Core, reviewId: string, id: string): Promise<void> {
  await callChannel(core, 'chronology:submissions', { reviewId });
  const history = await callChannel(core, 'chronology:entry-history', { id }).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'not-found' ? unknownEntry(id) : error;
  });
  if (history.reviewId !== reviewId) throw unknownEntry(id);
}

const unknownEntry = (id: string) => new AppError('not-found', `There is no chronology entry ${id} in this review. "prw chronology list DIR REVIEW --json" lists the entries with their ids.`);

async function requireSubmissionIn(core: Core, reviewId: string, id: string): Promise<SubmissionInfo> {
  const submission = (await callChannel(core, 'chronology:submissions', { reviewId })).find((candidate) => candidate.id === id);
  if (!submission) throw new AppError('not-found', `There is no agency submission ${id} in this review. "prw chronology submissions DIR REVIEW" lists them with their ids.`);
  return submission;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

export function registerChronologyEntries(chronology: Command, io: CliIo): void {
  addSecretOptions(chronology.command('add <dir> <review>'))
    .description("add an entry by hand: the reviewer's own note of an event")
    .requiredOption('--date <text>', 'when it happened, in any form an agency file may use: 14/06/2019, 14 June 2019, June 2019, w/c 18 February 2019, Spring term 2019')
    .requiredOption('--agency <name>', 'the agency the event concerns')
    .requiredOption('--event <text>', 'what happened')
    .option('--action <text>', 'the action taken')
    .option('--source <text>', 'the source of information')
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption & EntryOptions) => {
      const input = checkInput(
        'chronology:add-entry',
        { reviewId, date: options.date ?? '', agency: options.agency ?? '', event: options.event ?? '', ...(options.action ? { action: options.action } : {}), ...(options.source ? { source: options.source } : {}) },
        flags,
      );
      const entry = await withWorkspace(dir, options, (core) => callChannel(core, 'chronology:add-entry', input));
      if (options.json) return io.out(JSON.stringify({ id: entry.id }) + '\n');
      io.out(`Added entry ${entry.id}: ${entry.date.text}, ${entry.agency}.\n`);
    });

  addSecretOptions(chronology.command('edit <dir> <review> <entry>'))
    .description('correct an entry, with the reason; the earlier version is kept')
    .requiredOption('--reason <text>', 'why it is corrected (kept with the correction)')
    .option('--date <text>', 'the corrected date, in any form an agency file may use')
    .option('--agency <name>', 'the corrected agency')
    .option('--event <text>', 'the corrected event')
    .option('--action <text>', 'the corrected action taken ("" clears it)')
    .option('--source <text>', 'the corrected source of information ("" clears it)')
    .option('--outcome <text>', 'the corrected outcome ("" clears it)')
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, reviewId: string, id: string, options: SecretOptions & JsonOption & EntryOptions & { reason: string }) => {
      const fields = Object.fromEntries((['date', 'agency', 'event', 'action', 'source', 'outcome'] as const).flatMap((field) => (options[field] === undefined ? [] : [[field, options[field]]])));
      if (Object.keys(fields).length === 0) throw new AppError('validation', 'Say what to correct: give at least one of --date, --agency, --event, --action, --source or --outcome.');
      checkInput('chronology:submissions', { reviewId }, flags);
      const input = checkInput('chronology:correct-entry', { id, reason: options.reason, ...fields }, flags);
      await withWorkspace(dir, options, async (core) => {
        await requireEntryIn(core, reviewId, id);
        return callChannel(core, 'chronology:correct-entry', input);
      });
      if (options.json) return io.out(JSON.stringify({ id }) + '\n');
      io.out(`Corrected entry ${id}. The earlier version is kept with your reason.\n`);
    });

  addSecretOptions(chronology.command('delete <dir> <review> <entry>'))
    .description('take an entry out of the composite, with the reason; it stays in the workspace and can be restored')
    .requiredOption('--reason <text>', 'why it is deleted (kept with the entry)')
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, reviewId: string, id: string, options: SecretOptions & JsonOption & { reason: string }) => {
      checkInput('chronology:submissions', { reviewId }, flags);
      const input = checkInput('chronology:delete-entry', { id, reason: options.reason }, flags);
      await withWorkspace(dir, options, async (core) => {
        await requireEntryIn(core, reviewId, id);
        return callChannel(core, 'chronology:delete-entry', input);
      });
      if (options.json) return io.out(JSON.stringify({ id }) + '\n');
      io.out(`Deleted entry ${id} from the chronology. It is kept in the workspace: "prw chronology restore DIR REVIEW ${id}" brings it back.\n`);
    });

  addSecretOptions(chronology.command('restore <dir> <review> <entry>'))
    .description('bring a deleted entry back into the composite')
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, reviewId: string, id: string, options: SecretOptions & JsonOption) => {
      checkInput('chronology:submissions', { reviewId }, flags);
      await withWorkspace(dir, options, async (core) => {
        await requireEntryIn(core, reviewId, id);
        return callChannel(core, 'chronology:restore-entry', { id });
      });
      if (options.json) return io.out(JSON.stringify({ id }) + '\n');
      io.out(`Restored entry ${id} to the chronology.\n`);
    });

  addSecretOptions(chronology.command('submissions <dir> <review>'))
    .description("list the agencies' files imported into the review (removed ones are not listed)")
    .option('--json', 'print [{"id", "file", "agency", "imported", "rejected"}] as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption) => {
      checkInput('chronology:submissions', { reviewId }, flags);
      const all = await withWorkspace(dir, options, (core) => callChannel(core, 'chronology:submissions', { reviewId }));
      const shown = all.filter((submission) => submission.removed === null);
      if (options.json) {
        return io.out(JSON.stringify(shown.map((submission) => ({ id: submission.id, file: submission.fileName, agency: submission.agency, imported: submission.entries, rejected: submission.rejected }))) + '\n');
      }
      if (shown.length === 0) return io.out('No agency submissions in this review. Import files with "prw chronology import DIR REVIEW FILE...".\n');
      for (const submission of shown) {
        io.out(`${submission.id}  ${submission.fileName}  ${submission.agency}  ${plural(submission.entries, 'entry', 'entries')}, ${plural(submission.rejected, 'row')} rejected\n`);
      }
    });

  addSecretOptions(chronology.command('remove-submission <dir> <review> <submission>'))
    .description('take a wrongly imported file out of the review, with the reason; undoable until the next import')
    .requiredOption('--reason <text>', 'why it is removed (kept with the submission)')
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, reviewId: string, id: string, options: SecretOptions & JsonOption & { reason: string }) => {
      checkInput('chronology:submissions', { reviewId }, flags);
      const input = checkInput('chronology:remove-submission', { id, reason: options.reason }, { ...flags, id: 'SUBMISSION' });
      const removed = await withWorkspace(dir, options, async (core) => {
        await requireSubmissionIn(core, reviewId, id);
        return callChannel(core, 'chronology:remove-submission', input);
      });
      if (options.json) return io.out(JSON.stringify({ id }) + '\n');
      io.out(
        `Removed ${removed.fileName} (${removed.agency}): its ${plural(removed.entries, 'entry', 'entries')} and ${plural(removed.rejected, 'rejected row')} are out of the chronology. ` +
          `"prw chronology undo-removal DIR REVIEW ${id}" brings them back until the next import into this review.\n`,
      );
    });

  addSecretOptions(chronology.command('undo-removal <dir> <review> <submission>'))
    .description('bring a removed submission back (until the next import into the review)')
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, reviewId: string, id: string, options: SecretOptions & JsonOption) => {
      checkInput('chronology:submissions', { reviewId }, flags);
      const restored = await withWorkspace(dir, options, async (core) => {
        await requireSubmissionIn(core, reviewId, id);
        return callChannel(core, 'chronology:undo-removal', { id });
      });
      if (options.json) return io.out(JSON.stringify({ id }) + '\n');
      io.out(`Brought back ${restored.fileName} (${restored.agency}): ${plural(restored.entries, 'entry', 'entries')} are in the chronology again.\n`);
    });
}
