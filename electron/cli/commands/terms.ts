/**
 * `prw tor …` (terms of reference) and `prw verify-pdf`: the same handlers and services as the
 * app. A field's value is text; list fields take one item per line (or a JSON array), milestones a
 * JSON array of {"label", "due"}, dates YYYY-MM-DD (empty clears them).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { DocJson } from '../../../shared/documents/model';
import { AppError } from '../../../shared/errors';
import { termsFieldNames, type TermsField } from '../../../shared/terms/model';
import { decisionMethods, decisionSentence, evidenceTooLargeMessage, largestEvidenceBytes, type DecisionMethod } from '../../../shared/terms/decision';
import { termsStatusLabels, type TermsVersion } from '../../../shared/terms/types';
import { writeExportFile } from '../../services/exports';
import { auditEvidenceSaved, termsExport, versionEvidence } from '../../services/terms';
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
      const shape = field === 'milestones' ? ' of {"label": "…", "due": "YYYY-MM-DD"}' : field === 'panel' ? ' of {"name": "…", "role": "…", "agency": "…"}, or one member per line' : ', or one item per line';
      throw new AppError('validation', `--value for ${field} must be a JSON array${shape}.`);
    }
  }
  if (listFields.has(field)) return trimmed.split(/\r?\n/).map((item) => item.trim()).filter(Boolean);
  return text.replace(/\r\n/g, '\n').trim();
}

/** Sections from plain text: "## Heading" lines become headings, other blocks paragraphs; JSON is taken as the document. */
export function sectionsFromText(text: string): DocJson {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed) as DocJson;
    } catch {
      throw new AppError('validation', '--file looks like JSON but is not valid JSON. Give plain text ("## Heading" lines and paragraphs) or a JSON document.');
    }
  }
  const content = trimmed
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n|\n(?=##\s)|(?<=^##\s[^\n]*)\n/m)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) =>
      block.startsWith('## ')
        ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: block.slice(3).trim() }] }
        : { type: 'paragraph', content: [{ type: 'text', text: block.replace(/\s*\n\s*/g, ' ') }] },
    );
  return { type: 'doc', content };
}

/** The evidence file, refused before it is read if it is missing or too large: nothing is changed. */
async function readEvidence(file: string): Promise<{ fileName: string; base64: string }> {
  const fileName = path.basename(file);
  const info = await stat(file).catch(() => {
    throw new AppError('not-found', `Could not read the evidence file ${fileName}: check the path and that you may read it. Nothing was recorded.`);
  });
  if (!info.isFile()) throw new AppError('validation', `The evidence ${fileName} is not a file. Give the file that holds the decision. Nothing was recorded.`);
  if (info.size > largestEvidenceBytes) throw new AppError('validation', `${evidenceTooLargeMessage(fileName, info.size)} Nothing was recorded.`);
  if (info.size === 0) throw new AppError('validation', `The evidence ${fileName} is empty: give the file that holds the decision. Nothing was recorded.`);
  const bytes = await readFile(file).catch(() => {
    throw new AppError('not-found', `Could not read the evidence file ${fileName}: check the path and that you may read it. Nothing was recorded.`);
  });
  return { fileName, base64: bytes.toString('base64') };
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
    ...(decision ? [`${decisionSentence(decision)}${decision.comments ? `: ${decision.comments}` : ''}`] : []),
    ...(decision?.evidence ? [`Evidence: ${decision.evidence.fileName} (SHA-256 ${decision.evidence.sha256})`] : []),
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
    .description('set one field of the terms of reference (a signed version is refused: start the next one with "new-version")')
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

  addSecretOptions(tor.command('set-sections <dir> <review>'))
    .description('replace the rich-text sections from a text file: "## Heading" lines, paragraphs separated by blank lines (or a JSON document)')
    .requiredOption('--file <file>', 'the text file')
    .option('--json', 'print the version as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { file: string; json?: boolean }) => {
      const sections = sectionsFromText(await readText(options.file));
      const input = checkInput('terms:set-sections', { reviewId, sections }, { reviewId: 'REVIEW', sections: '--file' });
      const terms = await withWorkspace(dir, options, (core) => callChannel(core, 'terms:set-sections', input));
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
    .description('record the chair’s decision on the submitted version: approved (signed off) or returned with comments; you are recorded as the person recording it')
    .requiredOption('--by <name>', 'who decided')
    .requiredOption('--role <role>', 'their role, e.g. "Independent Chair, SVPP"')
    .requiredOption('--decided-on <date>', 'the day they decided, YYYY-MM-DD (today or before)')
    .requiredOption('--how <how>', `how they decided: ${decisionMethods.join(', ')}`)
    .option('--evidence <file>', 'the decision itself (the email, a letter), kept encrypted in the workspace; at most 20 MB')
    .addOption(new Option('--decision <decision>', 'the decision').choices(['approved', 'returned']).default('approved'))
    .option('--comment <text>', 'comments (required when returned)')
    .option('--json', 'print the version as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { by: string; role: string; decidedOn: string; how: string; evidence?: string; decision: 'approved' | 'returned'; comment?: string; json?: boolean }) => {
      if (!(decisionMethods as readonly string[]).includes(options.how)) {
        throw new AppError('validation', `--how must be one of ${decisionMethods.join(', ')}; "${options.how}" is not one of them.`);
      }
      const evidence = options.evidence === undefined ? undefined : await readEvidence(options.evidence);
      const input = checkInput(
        'terms:sign-off',
        { reviewId, by: options.by, role: options.role, decision: options.decision, decidedOn: options.decidedOn, how: options.how as DecisionMethod, comment: options.comment ?? '', ...(evidence ? { evidence } : {}) },
        { reviewId: 'REVIEW', by: '--by', role: '--role', comment: '--comment', decidedOn: '--decided-on', how: '--how' },
      );
      const terms = await withWorkspace(dir, options, (core) => callChannel(core, 'terms:sign-off', input));
      io.out(options.json ? JSON.stringify(terms) + '\n' : `${summary(terms)}\n`);
    });

  addSecretOptions(tor.command('new-version <dir> <review>'))
    .description('start the next version as a draft copied from the signed one (which stays exactly as it was signed)')
    .option('--json', 'print the new version as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { json?: boolean }) => {
      const input = checkInput('terms:new-version', { reviewId }, { reviewId: 'REVIEW' });
      const terms = await withWorkspace(dir, options, (core) => callChannel(core, 'terms:new-version', input));
      io.out(options.json ? JSON.stringify(terms) + '\n' : `${summary(terms)}\n`);
    });

  addSecretOptions(tor.command('evidence <dir> <review>'))
    .description('save the evidence kept with a version’s decision (its approval, or the last decision) to a file')
    .requiredOption('--version <n>', 'the version')
    .requiredOption('--out <file>', 'where to write the file')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { version: string; out: string }) => {
      const number = Number(options.version);
      if (!Number.isInteger(number) || number < 1) throw new AppError('validation', '--version must be a version number: 1, 2, …');
      const saved = await withWorkspace(dir, options, async (core) => {
        const evidence = versionEvidence(core.kernel, reviewId, number);
        await writeExportFile(path.resolve(options.out), evidence.bytes);
        auditEvidenceSaved(core.kernel, evidence.decisionId);
        return evidence;
      });
      io.out(`Wrote ${saved.fileName} (${saved.bytes.length} bytes) to ${options.out}\n`);
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
