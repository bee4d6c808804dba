/**
 * `prw tor …` (terms of reference) and `prw verify-pdf`: the same handlers and services as the
 * app. A field's value is text; list fields take one item per line (or a JSON array), milestones a
 * JSON array of {"label", "due"}, dates YYYY-MM-DD (empty clears them).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { termsFieldNames, type TermsField } from '../../../shared/terms/model';
import { termsStatusLabels, type TermsVersion } from '../../../shared/terms/types';
import { termsExport } from '../../services/terms';
import { addExportOptions, exportTo, type ExportCliOptions } from '../export';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput } from './review';

const listFields = new Set<TermsField>(['agencies', 'linesOfEnquiry', 'panel']);
const dateFields = new Set<TermsField>(['periodFrom', 'periodTo']);

/** The typed value of a field from what was written on the command line or in a file. */
export function fieldValue(field: TermsField, text: string): unknown {
  const trimmed = text.trim();
  if (dateFields.has(field)) return trimmed === '' ? null : trimmed;
  if (field === 'milestones' || (listFields.has(field) && trimmed.startsWith('['))) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      throw new AppError('validation', `--value for ${field} must be a JSON array${field === 'milestones' ? ' of {"label": "…", "due": "YYYY-MM-DD"}' : ', or one item per line'}.`);
    }
  }
  if (listFields.has(field)) return trimmed.split(/\r?\n/).map((item) => item.trim()).filter(Boolean);
  return text.replace(/\r\n/g, '\n').trim();
}

async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => {
    throw new AppError('not-found', `Could not read ${path.basename(file)}: check the path and that you may read it.`);
  });
}

function summary(terms: TermsVersion): string {
  const decision = terms.decisions.at(-1);
  return [
    `Version ${terms.number}: ${termsStatusLabels[terms.status]}`,
    `Verification code: ${terms.sha256}`,
    ...(decision ? [`${decision.decision === 'approved' ? 'Signed off' : 'Returned'} by ${decision.signatory} (${decision.role}) on ${decision.at.slice(0, 10)}${decision.comments ? `: ${decision.comments}` : ''}`] : []),
  ].join('\n');
}

export function registerTerms(program: Command, io: CliIo): void {
  // "terms" matches the app's word; "tor" still works for scripts written before.
  const tor = program.command('terms').alias('tor').description('terms of reference: templates, fields, submission and the chair’s sign-off');
  const context = (core: Parameters<Parameters<typeof withWorkspace>[2]>[0]) => core.kernel;

  addSecretOptions(tor.command('templates <dir>'))
    .description('list the templates: shipped with the app and saved in this workspace')
    .option('--json', 'print JSON')
    .action(async (dir: string, options: SecretOptions & { json?: boolean }) => {
      const templates = await withWorkspace(dir, options, (core) => callChannel(core, 'terms:templates', {}));
      if (options.json) return io.out(JSON.stringify(templates) + '\n');
      for (const template of templates) io.out(`${template.id}  ${template.name}${template.source === 'workspace' ? ' (this workspace)' : ''}\n`);
    });

  addSecretOptions(tor.command('start <dir> <review>'))
    .description('start the terms of reference from a template (fields prefilled from the review)')
    .requiredOption('--template <id>', 'a template id from "prw tor templates"')
    .option('--json', 'print the new version as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { template: string; json?: boolean }) => {
      const input = checkInput('terms:start', { reviewId, template: options.template }, { reviewId: 'REVIEW', template: '--template' });
      const terms = await withWorkspace(dir, options, (core) => callChannel(core, 'terms:start', input));
      io.out(options.json ? JSON.stringify(terms) + '\n' : `${summary(terms)}\n`);
    });

  addSecretOptions(tor.command('show <dir> <review>'))
    .description('show the current terms of reference, their versions and what changed since the signed one')
    .option('--json', 'print JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { json?: boolean }) => {
      const input = checkInput('terms:get', { reviewId }, { reviewId: 'REVIEW' });
      const overview = await withWorkspace(dir, options, (core) => callChannel(core, 'terms:get', input));
      if (options.json) return io.out(JSON.stringify(overview) + '\n');
      if (!overview.current) return io.out('No terms of reference yet. Start them with "prw tor start DIR REVIEW --template ID".\n');
      io.out(`${summary(overview.current)}\n`);
      for (const field of termsFieldNames) io.out(`${field}: ${JSON.stringify(overview.current.fields[field])}\n`);
    });

  addSecretOptions(tor.command('set <dir> <review>'))
    .description('set one field of the terms of reference (after sign-off this starts the next version)')
    .addOption(new Option('--field <name>', 'the field').choices(termsFieldNames).makeOptionMandatory())
    .option('--value <text>', 'the value')
    .option('--value-file <file>', 'read the value from a file')
    .option('--json', 'print the version as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { field: TermsField; value?: string; valueFile?: string; json?: boolean }) => {
      if ((options.value === undefined) === (options.valueFile === undefined)) throw new AppError('validation', 'Give the value with exactly one of --value or --value-file.');
      const text = options.valueFile === undefined ? options.value! : await readText(options.valueFile);
      const input = checkInput('terms:set', { reviewId, field: options.field, value: fieldValue(options.field, text) }, { reviewId: 'REVIEW' });
      const terms = await withWorkspace(dir, options, (core) => callChannel(core, 'terms:set', input));
      io.out(options.json ? JSON.stringify(terms) + '\n' : `${summary(terms)}\n`);
    });

  addSecretOptions(tor.command('submit <dir> <review>'))
    .description('submit the current version for sign-off')
    .option('--json', 'print the version as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { json?: boolean }) => {
      const input = checkInput('terms:submit', { reviewId }, { reviewId: 'REVIEW' });
      const terms = await withWorkspace(dir, options, (core) => callChannel(core, 'terms:submit', input));
      io.out(options.json ? JSON.stringify(terms) + '\n' : `${summary(terms)}\n`);
    });

  addSecretOptions(tor.command('sign-off <dir> <review>'))
    .description('record the decision on the submitted version: approved (signed off) or returned with comments')
    .requiredOption('--by <name>', 'who is signing')
    .requiredOption('--role <role>', 'their role, e.g. "Independent Chair, SVPP"')
    .addOption(new Option('--decision <decision>', 'the decision').choices(['approved', 'returned']).default('approved'))
    .option('--comment <text>', 'comments (required when returned)')
    .option('--json', 'print the version as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { by: string; role: string; decision: 'approved' | 'returned'; comment?: string; json?: boolean }) => {
      const input = checkInput('terms:sign-off', { reviewId, by: options.by, role: options.role, decision: options.decision, comment: options.comment ?? '' }, { reviewId: 'REVIEW', by: '--by', role: '--role', comment: '--comment' });
      const terms = await withWorkspace(dir, options, (core) => callChannel(core, 'terms:sign-off', input));
      io.out(options.json ? JSON.stringify(terms) + '\n' : `${summary(terms)}\n`);
    });

  addExportOptions(addSecretOptions(tor.command('export-pdf <dir> <review>')))
    .description('export the terms of reference to PDF (a signed version carries its sign-off page and verification code)')
    .option('--version <n>', 'the version (default: the current one)')
    .option('--anonymised', 'people by their pseudonyms: for a copy shared beyond the panel')
    .action(async (dir: string, reviewId: string, options: SecretOptions & ExportCliOptions & { version?: string; anonymised?: boolean }) => {
      const version = options.version === undefined ? undefined : Number(options.version);
      const input = checkInput('terms:export-pdf', { reviewId, anonymised: options.anonymised === true, ...(version === undefined ? {} : { version }) }, { reviewId: 'REVIEW', version: '--version' });
      const result = await withWorkspace(dir, options, (core) => exportTo(core, termsExport(context(core), input), options, io));
      io.out(`Wrote version ${result.record.version} to ${options.out}\n`);
    });

  addSecretOptions(program.command('verify-pdf <file>'))
    .description('check a terms-of-reference PDF against the signed versions in a workspace')
    .requiredOption('--workspace <dir>', 'the workspace to check against')
    .option('--json', 'print {"match", "review", "version", "signedBy", "signedAt"} as JSON')
    .action(async (file: string, options: SecretOptions & { workspace: string; json?: boolean }) => {
      const bytes = await readFile(file).catch(() => {
        throw new AppError('not-found', `Could not read ${path.basename(file)}: check the path and that you may read it.`);
      });
      const result = await withWorkspace(options.workspace, options, (core) => callChannel(core, 'terms:verify-pdf', { pdfBase64: bytes.toString('base64') }));
      if (options.json) {
        const { message: _message, ...fields } = result;
        return io.out(JSON.stringify(fields) + '\n');
      }
      io.out(`${result.message}\n`);
    });
}
