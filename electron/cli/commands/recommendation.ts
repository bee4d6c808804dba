/**
 * `prw recommendation add`: a recommendation answering one or more findings of one review (issue
 * #18), through the same handler as the app. The `--json` shape is a contract: {"id"}.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput, collect } from './review';

interface AddOptions extends SecretOptions {
  finding: string[];
  text: string;
  to: string[];
  json?: boolean;
}

export function registerRecommendation(program: Command, io: CliIo): void {
  const recommendation = program.command('recommendation').description('recommendations: what should change, answering a review’s findings');

  addSecretOptions(recommendation.command('add <dir>'))
    .description('add a recommendation answering one or more findings (all of one review or activity); it is made today')
    .requiredOption('--finding <finding>', 'a finding it answers (its id; repeatable)', collect)
    .requiredOption('--text <text>', 'the recommendation')
    .option('--to <agency>', 'an agency it is addressed to (repeatable; the partnership as a whole when not given)', collect, [])
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, options: AddOptions) => {
      const input = checkInput(
        'recommendations:add',
        { findingIds: options.finding, text: options.text, to: options.to },
        {
          findingIds: '--finding',
          text: '--text',
          to: '--to',
          ...Object.fromEntries(options.finding.map((_, index) => [`findingIds.${index}`, '--finding'])),
          ...Object.fromEntries(options.to.map((_, index) => [`to.${index}`, '--to'])),
        },
      );
      const added = await withWorkspace(dir, options, (core) => callChannel(core, 'recommendations:add', input));
      if (options.json) return io.out(JSON.stringify({ id: added.id }) + '\n');
      const to = added.addressedTo.length > 0 ? `, to ${added.addressedTo.join(', ')}` : ', to the partnership';
      io.out(`Added recommendation ${added.number} for “${added.sourceLabel}”${to}: ${added.id}\n`);
    });
}
