/**
 * `prw finding add|list|remove`: a review's findings with their evidence (issue #18), through the
 * same handlers, input schemas and services as the app. The `--json` shapes are contracts: add
 * {"id"}, list [{"id","number","statement","category","evidence":[{"kind","citation"}]}], remove
 * {"recommendations"}.
 */
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { evidenceKinds, type EvidenceKind } from '../../../shared/findings/model';
import type { EvidenceTarget } from '../../../shared/findings/schemas';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput, collect } from './review';

type JsonOption = { json?: boolean };

/** `entry:ID`, `episode:ID`, `excerpt:ID` or `theme:ID`. */
export function parseEvidence(value: string): EvidenceTarget {
  const at = value.indexOf(':');
  const kind = value.slice(0, at);
  const id = value.slice(at + 1).trim();
  if (at < 0 || !evidenceKinds.includes(kind as EvidenceKind) || id === '') {
    throw new AppError('validation', `--evidence "${value}": write it as entry:ID, episode:ID, excerpt:ID or theme:ID (the chronology entry’s, key practice episode’s, excerpt’s or theme’s id).`);
  }
  return { kind: kind as EvidenceKind, id };
}

interface AddOptions extends SecretOptions, JsonOption {
  statement: string;
  pattern?: string;
  category?: string;
  evidence: string[];
}

export function registerFinding(program: Command, io: CliIo): void {
  const finding = program.command('finding').description('findings: what a review found, the pattern it shows, its category and evidence');

  addSecretOptions(finding.command('add <dir> <review>'))
    .description('add a finding to a review, with evidence from its chronology, episodes, conversations and themes')
    .requiredOption('--statement <text>', 'what was found')
    .option('--pattern <text>', 'the underlying pattern in the system it shows')
    .option('--category <name>', 'its category, by name (see the categories in the app)')
    .option('--evidence <kind:id>', 'evidence: entry:ID, episode:ID, excerpt:ID or theme:ID (repeatable)', collect, [])
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, reviewId: string, options: AddOptions) => {
      const evidence = options.evidence.map(parseEvidence);
      const input = checkInput(
        'findings:add',
        { source: { kind: 'review', reviewId }, statement: options.statement, ...(options.pattern !== undefined ? { pattern: options.pattern } : {}), evidence },
        { 'source.reviewId': 'REVIEW', statement: '--statement', pattern: '--pattern' },
      );
      const added = await withWorkspace(dir, options, async (core) => {
        const categoryId = options.category === undefined ? undefined : await categoryByName(await callChannel(core, 'categories:list', {}), options.category);
        return callChannel(core, 'findings:add', { ...input, ...(categoryId !== undefined ? { categoryId } : {}) });
      });
      if (options.json) return io.out(JSON.stringify({ id: added.id }) + '\n');
      const cited = added.evidence.length === 0 ? '' : `, with ${added.evidence.length === 1 ? 'one piece' : `${added.evidence.length} pieces`} of evidence`;
      io.out(`Added finding ${added.number}${added.category ? ` (${added.category})` : ''}${cited}: ${added.id}\n`);
    });

  addSecretOptions(finding.command('list <dir> <review>'))
    .description('a review’s findings, in order, with their evidence cited')
    .option('--json', 'print an array of {"id","number","statement","category","evidence":[{"kind","citation"}]}')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption) => {
      const input = checkInput('findings:list', { source: { kind: 'review', reviewId } }, { 'source.reviewId': 'REVIEW' });
      const findings = await withWorkspace(dir, options, (core) => callChannel(core, 'findings:list', input));
      if (options.json) {
        const shown = findings.map((found) => ({ id: found.id, number: found.number, statement: found.statement, category: found.category, evidence: found.evidence.map((e) => ({ kind: e.kind, citation: e.citation })) }));
        return io.out(JSON.stringify(shown) + '\n');
      }
      if (findings.length === 0) return io.out('No findings yet. Add one with "prw finding add DIR REVIEW --statement TEXT".\n');
      for (const found of findings) {
        io.out(`${found.number}. ${found.statement}${found.category ? ` [${found.category}]` : ''}  ${found.id}\n`);
        for (const evidence of found.evidence) io.out(`   - ${evidence.citation}\n`);
      }
    });

  addSecretOptions(finding.command('remove <dir> <finding>'))
    .description('remove a finding; recommendations that answer it stay, marked "finding removed"')
    .option('--force', 'remove it although recommendations answer it')
    .option('--json', 'print {"recommendations"}: how many now say "finding removed"')
    .action(async (dir: string, id: string, options: SecretOptions & JsonOption & { force?: boolean }) => {
      const input = checkInput('findings:remove', { id, force: options.force === true }, { id: 'FINDING' });
      const { recommendations } = await withWorkspace(dir, options, (core) => callChannel(core, 'findings:remove', input));
      if (options.json) return io.out(JSON.stringify({ recommendations }) + '\n');
      io.out(`Removed the finding.${recommendations > 0 ? ` ${recommendations === 1 ? 'One recommendation now says' : `${recommendations} recommendations now say`} “finding removed”.` : ''}\n`);
    });
}

/** A category by its name, whatever the case; an unknown name lists those there are. */
function categoryByName(categories: ReadonlyArray<{ id: string; name: string }>, name: string): string {
  const wanted = name.trim().toLowerCase();
  const found = categories.find((category) => category.name.toLowerCase() === wanted);
  if (found) return found.id;
  const names = categories.map((category) => `“${category.name}”`).join(', ');
  throw new AppError('validation', `--category: there is no category called “${name.trim()}”. The categories are ${names || 'none yet'}.`);
}
