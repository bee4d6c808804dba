/**
 * `prw document create|list|export-pdf`: documents from the command line, through the same
 * handlers and services as the app. Content arrives as ProseMirror JSON in a file.
 */
import type { Command } from 'commander';
import type { DocJson } from '../../../shared/documents/model';
import { entryCitation } from '../../services/chronology';
import { documentExport } from '../../services/documents';
import { addExportOptions, exportTo, type ExportCliOptions } from '../export';
import { readJsonFile } from '../files';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput } from './review';

async function readJson(file: string): Promise<DocJson> {
  return (await readJsonFile(file, 'a ProseMirror document such as {"type":"doc","content":[…]}')) as DocJson;
}

interface ExportOptions extends SecretOptions, ExportCliOptions {
  anonymised?: boolean;
  draft?: boolean;
  marking?: string;
  version?: string;
}

export function registerDocument(program: Command, io: CliIo): void {
  const document = program.command('document').description('documents: rich text as ProseMirror JSON, versions and PDF export');

  addSecretOptions(document.command('create <dir> <review>'))
    .description('create a document in a review')
    .requiredOption('--title <title>', 'the document title')
    .option('--from-json <file>', 'start from this ProseMirror JSON document')
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { title: string; fromJson?: string; json?: boolean }) => {
      const content = options.fromJson ? await readJson(options.fromJson) : undefined;
      const input = checkInput('document:create', { reviewId, title: options.title, ...(content ? { content } : {}) }, { reviewId: 'REVIEW', title: '--title', content: '--from-json' });
      const created = await withWorkspace(dir, options, (core) => callChannel(core, 'document:create', input));
      if (options.json) return io.out(JSON.stringify({ id: created.id }) + '\n');
      io.out(`Created document ${created.id} (${created.wordCount} words).\n`);
    });

  addSecretOptions(document.command('list <dir> <review>'))
    .description("list a review's documents")
    .option('--json', 'print the documents as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { json?: boolean }) => {
      const input = checkInput('document:list', { reviewId }, { reviewId: 'REVIEW' });
      const list = await withWorkspace(dir, options, (core) => callChannel(core, 'document:list', input));
      if (options.json) return io.out(JSON.stringify(list) + '\n');
      if (list.length === 0) return io.out('No documents yet. Create one with "prw document create DIR REVIEW --title T".\n');
      for (const item of list) io.out(`${item.id}  ${item.title}  ${item.wordCount} words, ${item.versionCount} versions\n`);
    });

  addExportOptions(addSecretOptions(document.command('export-pdf <dir> <doc>')))
    .description('export a document to PDF (fonts embedded, protective marking on every page)')
    .option('--anonymised', 'people by their pseudonyms: for anything that may be shared')
    .option('--draft', 'a DRAFT watermark on every page')
    .option('--marking <text>', 'the protective marking (default: the document’s own, OFFICIAL-SENSITIVE unless changed)')
    .option('--version <n>', 'export a saved version instead of the current text')
    .action(async (dir: string, id: string, options: ExportOptions) => {
      const version = options.version === undefined ? undefined : Number(options.version);
      const input = checkInput(
        'document:export-pdf',
        { id, anonymised: options.anonymised === true, draft: options.draft === true, ...(options.marking !== undefined ? { marking: options.marking } : {}), ...(version !== undefined ? { version } : {}) },
        { id: 'DOC', marking: '--marking', version: '--version' },
      );
      await withWorkspace(dir, options, (core) => {
        const options_ = { id: input.id, version: input.version, anonymised: input.anonymised === true, draft: input.draft === true, marking: input.marking };
        return exportTo(core, documentExport(core.kernel, options_, (entryId) => entryCitation(core.kernel, entryId)), options, io);
      });
      io.out(`Wrote ${options.out}\n`);
    });
}
