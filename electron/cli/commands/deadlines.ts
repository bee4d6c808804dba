/**
 * `prw deadlines`: the statutory clocks for a review's key dates. Needs no workspace.
 * Bad values (an unknown type or rule set, an impossible date, dates out of order) are
 * AppErrors: one line on stderr, exit 1. A malformed command line (no --type, an unknown
 * option) is commander's: exit 2.
 */
import type { Command } from 'commander';
import {
  computeDeadlines,
  defaultRuleSetId,
  builtInRuleSets,
  deadlineInputs,
  formatLocalDate,
  getRuleSet,
  inputsFor,
  parseReviewType,
  reviewTypeLabels,
  reviewTypes,
  type Deadline,
  type DeadlineDates,
  type DeadlineInput,
} from '../../../shared/deadlines';
import { loadBankHolidays } from '../../services/deadlines';
import type { CliIo } from '../io';
import { resourcesDir } from '../resources';

type DeadlineOptions = Partial<Record<DeadlineInput, string>> & {
  type: string;
  rules: string;
  bankHolidays?: string[];
  lookedAfter?: boolean;
  json?: boolean;
};

const optionHelp: Record<DeadlineInput, string> = {
  aware: 'the date the local authority became aware of the incident',
  notified: 'the date the notification was sent',
  decision: 'the date of the decision to review',
  referral: 'the date of the referral (SAR)',
  publication: 'the planned publication date',
  stage1: 'escalation: the date raised at stage 1',
  stage2: 'escalation: the date raised at stage 2',
  stage3: 'escalation: the date raised at stage 3',
};

export function registerDeadlines(program: Command, io: CliIo): void {
  const command = program
    .command('deadlines')
    .description('show the statutory deadlines for a review from its key dates (no workspace needed)')
    .requiredOption('--type <type>', `review type: ${reviewTypes.join(', ')}`)
    .option('--rules <id>', `rule set: ${builtInRuleSets.map((set) => set.id).join(', ')}`, defaultRuleSetId)
    .option('--bank-holidays <file>', 'a newer gov.uk bank-holidays.json to use for the years it covers (repeatable)', collect);
  for (const input of deadlineInputs) command.option(`--${input} <YYYY-MM-DD>`, optionHelp[input]);
  command.option('--looked-after', 'the child was looked after (Working Together 2023 adds a notice to the Secretary of State and Ofsted)');
  command.option('--json', 'print JSON: [{ id, due, rule, source }]').action(async (options: DeadlineOptions) => {
    // Validate what needs no file first, so a typo is reported before any reading.
    const reviewType = parseReviewType(options.type);
    const ruleSet = getRuleSet(options.rules);
    const dates: DeadlineDates = {};
    for (const input of deadlineInputs) if (options[input] !== undefined) dates[input] = options[input];
    const holidays = await loadBankHolidays({ resourcesDir, newerFiles: options.bankHolidays ?? [] });
    const deadlines = computeDeadlines({ reviewType, ruleSet, dates, holidays, facts: { 'looked-after': options.lookedAfter === true } });
    if (options.json) return io.out(JSON.stringify(deadlines) + '\n');

    const usable = inputsFor(ruleSet, reviewType);
    const unused = deadlineInputs.filter((input) => dates[input] !== undefined && !usable.includes(input));
    const lines = [`Deadlines for a ${reviewTypeLabels[reviewType]} (rule set: ${ruleSet.id})`, ''];
    if (deadlines.length === 0) {
      lines.push(`No deadlines yet: give a date to count from (${usable.map((input) => `--${input}`).join(', ')}).`);
    } else {
      lines.push(...table(deadlines), '', 'Sources', ...deadlines.map((deadline) => `  ${deadline.id}: ${deadline.source}`));
    }
    if (unused.length) lines.push('', `Not used by the ${ruleSet.id} rule set for this review type: ${unused.map((input) => `--${input}`).join(', ')}.`);
    io.out(lines.join('\n') + '\n');
  });
}

function table(deadlines: Deadline[]): string[] {
  const rows = [['Deadline', 'Due', 'Rule'], ...deadlines.map((deadline) => [deadline.id, formatLocalDate(deadline.due, 'short'), deadline.rule])];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => (column < 2 ? cell.padEnd((widths[column] ?? 0) + 2) : cell)).join(''));
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
