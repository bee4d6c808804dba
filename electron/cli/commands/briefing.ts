/**
 * `prw briefing create|log|list`: 7-minute briefings made from a review's findings and their
 * dissemination log (issue #18), through the same handlers and input schemas as the app. The
 * `--json` shapes are contracts: create {"documentId"}; log {"id","agency","receivedOn","used"}
 * (the agency's line); list [{"documentId","title","deliveries":[{"agency","receivedOn","used"}],"notConfirmed"}].
 */
import type { Command } from 'commander';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput } from './review';

type JsonOption = { json?: boolean };

export function registerBriefing(program: Command, io: CliIo): void {
  const briefing = program.command('briefing').description('7-minute briefings made from a review’s findings, and which agencies received them');

  addSecretOptions(briefing.command('create <dir> <review>'))
    .description('make a 7-minute briefing document from the review’s findings (pseudonymised), to edit and export as any document')
    .option('--json', 'print {"documentId"} as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption) => {
      const input = checkInput('briefings:create', { reviewId }, { reviewId: 'REVIEW' });
      const made = await withWorkspace(dir, options, (core) => callChannel(core, 'briefings:create', input));
      if (options.json) return io.out(JSON.stringify({ documentId: made.documentId }) + '\n');
      io.out(`Made “${made.title}”: ${made.documentId}\n`);
    });

  addSecretOptions(briefing.command('log <dir> <document>'))
    .description('record that an agency received the briefing (again: replaces that agency’s line) and how it used it')
    .requiredOption('--agency <name>', 'the agency that received it')
    .requiredOption('--received <date>', 'the day it was received, YYYY-MM-DD')
    .option('--used <text>', 'how the agency confirmed it used it (team meetings, supervision…)')
    .option('--json', 'print {"id","agency","receivedOn","used"} as JSON')
    .action(async (dir: string, documentId: string, options: SecretOptions & JsonOption & { agency: string; received: string; used?: string }) => {
      const input = checkInput(
        'briefings:log',
        { documentId, agency: options.agency, receivedOn: options.received, ...(options.used !== undefined ? { used: options.used } : {}) },
        { documentId: 'DOCUMENT', agency: '--agency', receivedOn: '--received', used: '--used' },
      );
      const logged = await withWorkspace(dir, options, (core) => callChannel(core, 'briefings:log', input));
      const line = logged.deliveries.find((delivery) => delivery.agency.toLowerCase() === input.agency.toLowerCase())!;
      if (options.json) return io.out(JSON.stringify({ id: line.id, agency: line.agency, receivedOn: line.receivedOn, used: line.used }) + '\n');
      io.out(`${line.agency} received it on ${line.receivedOn}${line.used ? `; used: ${line.used}` : '; use not confirmed yet'}.\n`);
    });

  addSecretOptions(briefing.command('list <dir> <review>'))
    .description('the review’s briefings, who received each and which agencies have not confirmed using it')
    .option('--json', 'print the briefings as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption) => {
      const input = checkInput('briefings:list', { reviewId }, { reviewId: 'REVIEW' });
      const briefings = await withWorkspace(dir, options, (core) => callChannel(core, 'briefings:list', input));
      if (options.json) {
        const shown = briefings.map((b) => ({
          documentId: b.documentId,
          title: b.title,
          deliveries: b.deliveries.map(({ agency, receivedOn, used }) => ({ agency, receivedOn, used })),
          notConfirmed: b.notConfirmed,
        }));
        return io.out(JSON.stringify(shown) + '\n');
      }
      if (briefings.length === 0) return io.out('No briefings for this review yet.\n');
      for (const b of briefings) {
        io.out(`${b.title} (${b.documentId}): received by ${b.deliveries.length}${b.notConfirmed.length > 0 ? `; not confirmed: ${b.notConfirmed.join(', ')}` : ''}\n`);
      }
    });
}
