/**
 * `prw agency request|list|update|pack`: what the Practice Review Group asked each agency for,
 * when it is due and what came back. Through the same handlers and input schemas as the app.
 * The `--json` shapes are contracts: {"id","agency","asks","sent","due","status"}, and the list
 * adds "daysLate" (working days, 0 when not late).
 */
import type { Command } from 'commander';
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines/local-date';
import { requestAskLabels, requestAsks, statusLabels, type AgencyRequest, type RequestAsk } from '../../../shared/agency-returns/model';
import { AppError } from '../../../shared/errors';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput } from './review';
import { registerAgencyPack } from './agency-pack';

type JsonOption = { json?: boolean };

/** The CLI's view of a request: exactly the issue's fields. */
export function requestJson(request: AgencyRequest) {
  return { id: request.id, agency: request.agency, asks: request.asks, sent: request.sent, due: request.due, status: request.shownStatus };
}

function parseAsks(value: string): RequestAsk[] {
  const asks = value
    .split(',')
    .map((ask) => ask.trim().toLowerCase())
    .filter(Boolean);
  const unknown = asks.filter((ask) => !(requestAsks as readonly string[]).includes(ask));
  if (unknown.length > 0 || asks.length === 0) {
    throw new AppError('validation', `--asks: use one or more of ${requestAsks.join(', ')}, separated by commas (for example --asks chronology,summary).`);
  }
  return asks as RequestAsk[];
}

const day = (value: string | null) => (value ? formatLocalDate(parseLocalDate(value), 'short') : 'not set');

function describe(request: AgencyRequest): string {
  const late = request.daysLate > 0 ? `, ${request.daysLate} working ${request.daysLate === 1 ? 'day' : 'days'} late` : '';
  return `${request.id}  ${request.agency}: ${request.asks.map((ask) => requestAskLabels[ask]).join(', ')}; sent ${day(request.sent)}; due ${day(request.due)}; ${statusLabels[request.shownStatus]}${late}\n`;
}

export function registerAgency(program: Command, io: CliIo): void {
  const agency = program.command('agency').description('agency requests and returns: who was asked for what, when it is due, what came back');

  addSecretOptions(agency.command('request <dir> <review>'))
    .description('ask an agency for its return; the due date comes from the review’s rules or terms of reference unless --due is given')
    .requiredOption('--agency <name>', 'the agency asked')
    .requiredOption('--asks <list>', `what is asked for, comma-separated: ${requestAsks.join(', ')}`)
    .option('--sent <date>', 'the day the request was sent (YYYY-MM-DD)')
    .option('--contact <text>', 'who it went to: role and team')
    .option('--due <date>', 'a due date of your own (YYYY-MM-DD)')
    .option('--json', 'print {"id","agency","asks","sent","due","status"}')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption & { agency: string; asks: string; sent?: string; contact?: string; due?: string }) => {
      const input = checkInput(
        'agency:add',
        {
          reviewId,
          agency: options.agency,
          asks: parseAsks(options.asks),
          ...(options.sent !== undefined ? { sent: options.sent } : {}),
          ...(options.contact !== undefined ? { contact: options.contact } : {}),
          ...(options.due !== undefined ? { due: options.due } : {}),
        },
        { agency: '--agency', contact: '--contact', reviewId: 'REVIEW' },
      );
      const request = await withWorkspace(dir, options, (core) => callChannel(core, 'agency:add', input));
      io.out(options.json ? JSON.stringify(requestJson(request)) + '\n' : `Asked ${request.agency}: due ${day(request.due)}${request.dueRule ? ` (${request.dueRule.split('. ')[0]})` : ''}.\n${request.id}\n`);
    });

  addSecretOptions(agency.command('list <dir> [review]'))
    .description('the requests of one review, or of every review')
    .option('--json', 'print an array of {"id","agency","asks","sent","due","status","daysLate"}')
    .action(async (dir: string, reviewId: string | undefined, options: SecretOptions & JsonOption) => {
      const input = checkInput('agency:list', reviewId === undefined ? {} : { reviewId }, { reviewId: 'REVIEW' });
      const requests = await withWorkspace(dir, options, (core) => callChannel(core, 'agency:list', input));
      if (options.json) return io.out(JSON.stringify(requests.map((request) => ({ ...requestJson(request), daysLate: request.daysLate }))) + '\n');
      if (requests.length === 0) return io.out('No agency requests yet. Add one with "prw agency request DIR REVIEW --agency NAME --asks chronology".\n');
      for (const request of requests) io.out(describe(request));
    });

  addSecretOptions(agency.command('update <dir> <request>'))
    .description('record a chase or what came back: received, a nil return, or withdrawn')
    .requiredOption('--status <status>', 'received, nil-return, chased or withdrawn')
    .option('--date <date>', 'the day it happened (YYYY-MM-DD; today when not given)')
    .option('--note <text>', 'a note; for a nil return, who confirmed it when --confirmed-by is not given')
    .option('--confirmed-by <text>', 'a nil return: who confirmed the agency had no involvement (role)')
    .option('--json', 'print {"id","agency","asks","sent","due","status","daysLate"}')
    .action(async (dir: string, id: string, options: SecretOptions & JsonOption & { status: string; date?: string; note?: string; confirmedBy?: string }) => {
      const confirmedBy = options.confirmedBy ?? (options.status === 'nil-return' ? options.note : undefined);
      const input = checkInput(
        'agency:record',
        {
          id,
          status: options.status as 'received',
          ...(options.date !== undefined ? { on: options.date } : {}),
          ...(options.note !== undefined ? { note: options.note } : {}),
          ...(confirmedBy !== undefined ? { confirmedBy } : {}),
        },
        { status: '--status', note: '--note', confirmedBy: '--confirmed-by', id: 'REQUEST' },
      );
      const request = await withWorkspace(dir, options, (core) => callChannel(core, 'agency:record', input));
      io.out(options.json ? JSON.stringify({ ...requestJson(request), daysLate: request.daysLate }) + '\n' : describe(request));
    });

  registerAgencyPack(agency, io);
}
