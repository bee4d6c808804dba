/**
 * `prw review add|list|show`: the reviews register from the command line. Commands go through
 * the same handlers (and input schemas) as the app's IPC channels, so they check input and say
 * what is wrong in the same words.
 */
import { Option, type Command } from 'commander';
import { AppError } from '../../../shared/errors';
import type { ChannelInput, ChannelResult, Channel } from '../../../shared/ipc/contract';
import { contract } from '../../../shared/ipc/contract';
import { keyDateFields, keyDateLabels, reviewTypeLabels, reviewTypes, ruleSetIds, ruleSetLabels } from '../../../shared/reviews/catalogue';
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines/local-date';
import { capitalise } from '../../../shared/reviews/text';
import { statusLabels } from '../../../shared/reviews/lifecycle';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { dispatch, type Core } from '../../services';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';

type JsonOption = { json?: boolean };

/** Repeatable options (--alias A --alias B) collect into a list; without a default, a required one still counts as missing until given. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Checks a channel's input before the workspace is unlocked, so a typo costs no key derivation.
 * A bad value is reported against the option the user typed (`options` maps an input path such
 * as "dates.aware" to "--aware").
 */
export function checkInput<C extends Channel>(channel: C, input: ChannelInput<C>, options: Record<string, string> = {}): ChannelInput<C> {
  const parsed = contract[channel].input.safeParse(input);
  if (parsed.success) return input;
  const issue = parsed.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const option = options[path] ?? path;
  // Date messages already name the date; others are zod's words, so say which option they are about.
  const message = issue?.code === 'custom' ? issue.message : `${option ? option + ': ' : ''}${issue?.message ?? 'not valid'}`;
  throw new AppError('validation', /[.!?]$/.test(message) ? message : `${message}.`);
}

/** Calls a channel exactly as the app does (the same validation, handler and error messages). */
export async function callChannel<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value;
}

export function registerReview(program: Command, io: CliIo): void {
  const review = program.command('review').description('the reviews register: rapid reviews, LCSPRs, SARs, DHRs, audits and peer reviews');

  const add = addSecretOptions(review.command('add <dir>'))
    .description('add a review to the register')
    .addOption(new Option('--type <type>', 'the kind of review').choices(reviewTypes).makeOptionMandatory())
    .requiredOption('--title <title>', 'a title for the register')
    .option('--subject <label>', 'the pseudonym the review is known by, e.g. "Child M"')
    .addOption(new Option('--rules <set>', 'the rule set for its deadlines (default: local)').choices(ruleSetIds))
    .option('--looked-after', 'the child was looked after (Working Together 2023 adds a notice to the Secretary of State and Ofsted)')
    .option('--agency <name>', 'an agency involved (repeatable)', collect, [])
    .option('--aware <date>', 'the day the local authority became aware of the incident (YYYY-MM-DD)')
    .option('--notified <date>', 'the day the notification was sent')
    .option('--decision <date>', 'the day of the decision to review')
    .option('--referral <date>', 'the day of the referral (SAR)')
    .option('--publication <date>', 'the planned publication date')
    .option('--json', 'print {"id"} as JSON');
  add.action(async (dir: string, options: SecretOptions & JsonOption & AddOptions) => {
    const { aware, notified, decision, referral, publication: plannedPublication } = options;
    const given = { aware, notified, decision, referral, plannedPublication };
    const dates = Object.fromEntries(Object.entries(given).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const input = checkInput(
      'review:create',
      {
        type: options.type,
        title: options.title,
        ...(options.subject !== undefined ? { subject: options.subject } : {}),
        ...(options.rules !== undefined ? { rules: options.rules } : {}),
        ...(options.agency.length > 0 ? { agencies: options.agency } : {}),
        ...(options.lookedAfter ? { lookedAfter: true } : {}),
        dates,
      },
      { title: '--title', subject: '--subject', ...Object.fromEntries(options.agency.map((_, index) => [`agencies.${index}`, '--agency'])) },
    );
    const created = await withWorkspace(dir, options, (core) => callChannel(core, 'review:create', input));
    if (options.json) return io.out(JSON.stringify({ id: created.id }) + '\n');
    io.out(`Added ${reviewTypeLabels[created.type]} "${created.title}" at "${statusLabels[created.status]}": ${created.id}\n`);
  });

  addSecretOptions(review.command('list <dir>'))
    .description('list the reviews, most recently changed first')
    .option('--json', 'print JSON')
    .action(async (dir: string, options: SecretOptions & JsonOption) => {
      const reviews = await withWorkspace(dir, options, (core) => callChannel(core, 'review:list', {}));
      if (options.json) return io.out(JSON.stringify(reviews) + '\n');
      if (reviews.length === 0) return io.out('No reviews yet. Add one with "prw review add DIR --type TYPE --title TITLE".\n');
      for (const item of reviews) io.out(`${item.id}  ${item.type}  ${statusLabels[item.status]}  ${item.title}${item.subject ? ` (${item.subject})` : ''}\n`);
    });

  addSecretOptions(review.command('show <dir> <id>'))
    .description('show a review with its decision, status history and deadlines')
    .option('--json', 'print JSON')
    .action(async (dir: string, id: string, options: SecretOptions & JsonOption) => {
      const input = checkInput('review:get', { id }, { id: 'ID' });
      const detail = await withWorkspace(dir, options, (core) => callChannel(core, 'review:get', input));
      io.out(options.json ? JSON.stringify(detail) + '\n' : describe(detail));
    });
}

interface AddOptions {
  type: (typeof reviewTypes)[number];
  title: string;
  subject?: string;
  rules?: (typeof ruleSetIds)[number];
  agency: string[];
  lookedAfter?: boolean;
  aware?: string;
  notified?: string;
  decision?: string;
  referral?: string;
  publication?: string;
}

function describe(detail: ReviewDetail): string {
  const lines = [
    `${detail.title}${detail.subject ? ` (${detail.subject})` : ''}`,
    `Type: ${reviewTypeLabels[detail.type]}`,
    `Status: ${statusLabels[detail.status]}`,
    `Rule set: ${ruleSetLabels[detail.rules]}`,
    ...keyDateFields.filter((field) => detail.dates[field] !== null).map((field) => `${capitalise(keyDateLabels[field])}: ${day(detail.dates[field]!)}`),
  ];
  if (detail.decision) lines.push(`Decision: (${detail.decision.outcome}) agreed ${day(detail.decision.agreedOn)}`);
  // The rule set's id is already named above in words; the rule reads without it.
  for (const deadline of detail.deadlines) lines.push(`Due ${day(deadline.due)}: ${deadline.label} — ${deadline.rule.replace(/^[a-z0-9-]+: /, '')}`);
  if (detail.deadlineProblem) lines.push(`Deadlines: ${detail.deadlineProblem}`);
  return lines.join('\n') + '\n';
}

/** "Thu 2 Jan 2020": day first, as users read dates. */
function day(iso: string): string {
  try {
    return formatLocalDate(parseLocalDate(iso), 'short');
  } catch {
    return iso;
  }
}
