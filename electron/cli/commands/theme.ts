/**
 * `prw theme add|code|list|excerpts|remove`: a review's theme tree and the coding of the notes to
 * it (issue #17), through the same handlers, input schemas and services as the app. The `--json`
 * shapes are contracts: add {"id"}, code {"excerptId"}, list [{"id","name","parentId","excerpts"}]
 * in tree order, excerpts [{"id","text","interviewId","roles","agencies","possibleQuote","orphaned"}].
 */
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import type { Theme } from '../../../shared/interviews/model';
import { codeQuote } from '../../services/interviews';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput, collect } from './review';
import { registerThemeFiles } from './theme-files';

type JsonOption = { json?: boolean };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Supervision", "Supervision and Reflective space", "A, B and C". */
function andList(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A quote shown back to the user, cut short when long. */
function shortQuote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}”`;
}

function parseOccurrence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new AppError('validation', '--occurrence: give a whole number from 1 (the first place the text appears).');
  return n;
}

/** How deep a theme sits in the tree: 0 at the top. */
function depthOf(theme: Theme, byId: Map<string, Theme>): number {
  let depth = 0;
  for (let parent = theme.parentId ? byId.get(theme.parentId) : undefined; parent && depth < 50; parent = parent.parentId ? byId.get(parent.parentId) : undefined) depth++;
  return depth;
}

interface CodeOptions extends SecretOptions, JsonOption {
  theme: string[];
  quote: string;
  possibleQuote?: boolean;
  occurrence?: string;
  participant: string[];
}

export function registerTheme(program: Command, io: CliIo): void {
  const theme = program.command('theme').description('themes: the review’s theme tree, coding the conversations’ notes to it, and its exports');

  addSecretOptions(theme.command('add <dir> <review>'))
    .description('add a theme, at the top of the tree or under another')
    .requiredOption('--name <text>', 'the theme’s name')
    .option('--parent <theme>', 'the theme it sits under (its id)')
    .option('--colour <colour>', 'its colour, #RRGGBB (one is chosen when not given)')
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption & { name: string; parent?: string; colour?: string }) => {
      const input = checkInput(
        'themes:add',
        { reviewId, name: options.name, ...(options.parent !== undefined ? { parentId: options.parent } : {}), ...(options.colour !== undefined ? { colour: options.colour } : {}) },
        { reviewId: 'REVIEW', name: '--name', parentId: '--parent', colour: '--colour' },
      );
      const added = await withWorkspace(dir, options, (core) => callChannel(core, 'themes:add', input));
      if (options.json) return io.out(JSON.stringify({ id: added.id }) + '\n');
      io.out(`Added the theme “${added.name}”: ${added.id}\n`);
    });

  addSecretOptions(theme.command('code <dir> <interview>'))
    .description('code text in a conversation’s notes to one or more themes')
    .requiredOption('--theme <theme>', 'a theme to apply (its id; repeatable)', collect)
    .requiredOption('--quote <text>', 'the text to code, exactly as it is in the notes')
    .option('--occurrence <n>', 'which place the text appears, when it appears more than once (1 for the first)')
    .option('--participant <person>', 'who said it: a participant’s id in the people register (repeatable; everyone in the conversation when not given)', collect, [])
    .option('--possible-quote', 'mark it as a possible quote for the report (every participant it comes from must have consented to quotes)')
    .option('--json', 'print {"excerptId"} as JSON')
    .action(async (dir: string, conversationId: string, options: CodeOptions) => {
      const occurrence = parseOccurrence(options.occurrence);
      const exact = options.quote;
      checkInput(
        'excerpts:code',
        { conversationId, start: 0, end: Math.max(1, exact.length), exact, themeIds: options.theme, possibleQuote: options.possibleQuote === true, ...(options.participant.length > 0 ? { participantIds: options.participant } : {}) },
        {
          conversationId: 'INTERVIEW',
          exact: '--quote',
          themeIds: '--theme',
          participantIds: '--participant',
          ...Object.fromEntries(options.theme.map((_, index) => [`themeIds.${index}`, '--theme'])),
          ...Object.fromEntries(options.participant.map((_, index) => [`participantIds.${index}`, '--participant'])),
        },
      );
      const { excerpt, names } = await withWorkspace(dir, options, async (core) => {
        const excerpt = codeQuote(core.kernel, {
          conversationId,
          quote: exact,
          themeIds: options.theme,
          possibleQuote: options.possibleQuote === true,
          ...(occurrence !== undefined ? { occurrence } : {}),
          ...(options.participant.length > 0 ? { participantIds: options.participant } : {}),
        });
        const themes = await callChannel(core, 'themes:list', { reviewId: excerpt.reviewId });
        return { excerpt, names: excerpt.themeIds.map((id) => themes.find((found) => found.id === id)?.name ?? 'a theme') };
      });
      if (options.json) return io.out(JSON.stringify({ excerptId: excerpt.id }) + '\n');
      io.out(`Coded ${shortQuote(excerpt.anchor.exact)} to ${andList(names)}${excerpt.possibleQuote ? ', as a possible quote' : ''}.\n`);
    });

  addSecretOptions(theme.command('list <dir> <review>'))
    .description('the theme tree, with how many excerpts each theme codes')
    .option('--json', 'print an array of {"id","name","parentId","excerpts"}, parents before their sub-themes')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption) => {
      const input = checkInput('themes:list', { reviewId }, { reviewId: 'REVIEW' });
      const themes = await withWorkspace(dir, options, (core) => callChannel(core, 'themes:list', input));
      if (options.json) return io.out(JSON.stringify(themes.map((found) => ({ id: found.id, name: found.name, parentId: found.parentId, excerpts: found.excerpts }))) + '\n');
      if (themes.length === 0) return io.out('No themes yet. Add one with "prw theme add DIR REVIEW --name NAME", or import a codebook with "prw theme import-qdc DIR REVIEW FILE".\n');
      const byId = new Map(themes.map((found) => [found.id, found]));
      for (const found of themes) io.out(`${'  '.repeat(depthOf(found, byId))}${found.name}  (${plural(found.excerpts, 'excerpt')})  ${found.id}\n`);
    });

  addSecretOptions(theme.command('excerpts <dir> <theme>'))
    .description('every excerpt coded to a theme, across the review’s conversations')
    .option('--json', 'print an array of {"id","text","interviewId","roles","agencies","possibleQuote","orphaned"}')
    .action(async (dir: string, id: string, options: SecretOptions & JsonOption) => {
      const input = checkInput('themes:view', { id }, { id: 'THEME' });
      const view = await withWorkspace(dir, options, (core) => callChannel(core, 'themes:view', input));
      if (options.json) {
        const shown = view.excerpts.map((excerpt) => ({
          id: excerpt.id,
          text: excerpt.anchor.exact,
          interviewId: excerpt.conversationId,
          roles: excerpt.roles,
          agencies: excerpt.agencies,
          possibleQuote: excerpt.possibleQuote,
          orphaned: excerpt.orphaned,
        }));
        return io.out(JSON.stringify(shown) + '\n');
      }
      if (view.excerpts.length === 0) return io.out(`Nothing is coded to “${view.theme.name}” yet. Code text with "prw theme code DIR INTERVIEW --theme THEME --quote TEXT".\n`);
      io.out(`“${view.theme.name}”: ${plural(view.excerpts.length, 'excerpt')}\n`);
      for (const excerpt of view.excerpts) {
        const from = [excerpt.roles.join(', '), excerpt.agencies.join(', ')].filter(Boolean).join(', ') || 'no participant';
        const flags = [
          excerpt.possibleQuote ? 'possible quote' : '',
          excerpt.orphaned ? 'orphaned: its text is no longer in the notes' : '',
          excerpt.consentWithdrawn ? 'consent withdrawn' : '',
        ].filter(Boolean);
        io.out(`  “${excerpt.anchor.exact}” (${from}; ${excerpt.conversation})${flags.length > 0 ? ` [${flags.join('; ')}]` : ''}\n`);
      }
    });

  addSecretOptions(theme.command('remove <dir> <theme>'))
    .description('delete a theme; its sub-themes move up, and excerpts it coded are kept (those with no other theme go to Uncoded)')
    .option('--force', 'delete it although it codes excerpts')
    .action(async (dir: string, id: string, options: SecretOptions & { force?: boolean }) => {
      const input = checkInput('themes:remove', { id, force: options.force === true }, { id: 'THEME' });
      const { name, uncoded } = await withWorkspace(dir, options, async (core) => {
        const { theme: found } = await callChannel(core, 'themes:view', { id: input.id });
        const { uncoded } = await callChannel(core, 'themes:remove', input);
        return { name: found.name, uncoded };
      });
      io.out(`Deleted the theme “${name}”.${uncoded > 0 ? ` ${plural(uncoded, 'excerpt')} with no other theme ${uncoded === 1 ? 'is' : 'are'} kept under Uncoded.` : ''}\n`);
    });

  registerThemeFiles(theme, io);
}
