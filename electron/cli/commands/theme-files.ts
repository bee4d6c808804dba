/**
 * `prw theme report|export-qdc|import-qdc`: the theme report PDF and the REFI-QDA codebook, each
 * through the one export path (anonymised unless --named; names check before, leak check after),
 * and a codebook from another program or partnership imported to start or extend the theme tree.
 */
import type { Command } from 'commander';
import { codebookExport, importCodebookFile, themeReport } from '../../services/interviews';
import { addExportOptions, exportTo, wroteLine, type ExportCliOptions } from '../export';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { checkInput } from './review';

type ExportOptions = SecretOptions & ExportCliOptions & { named?: boolean };

export function registerThemeFiles(theme: Command, io: CliIo): void {
  addExportOptions(addSecretOptions(theme.command('report <dir> <review>')))
    .description('export the theme report (PDF): each theme with its excerpts cited by role and agency; anonymised unless --named')
    .option('--named', 'keep real names (not for sharing)')
    .action(async (dir: string, reviewId: string, options: ExportOptions) => {
      const input = checkInput('interviews:export-report', { reviewId, named: options.named === true }, { reviewId: 'REVIEW' });
      const result = await withWorkspace(dir, options, (core) => exportTo(core, themeReport(core.kernel, input.reviewId, { anonymised: input.named !== true }), options, io));
      io.out(wroteLine(options.out, result));
    });

  addExportOptions(addSecretOptions(theme.command('export-qdc <dir> <review>')))
    .description('export the theme tree as a REFI-QDA codebook (.qdc) for QualCoder, NVivo, ATLAS.ti or MAXQDA')
    .action(async (dir: string, reviewId: string, options: SecretOptions & ExportCliOptions) => {
      const input = checkInput('interviews:export-qdc', { reviewId }, { reviewId: 'REVIEW' });
      const result = await withWorkspace(dir, options, (core) => exportTo(core, codebookExport(core.kernel, input.reviewId), options, io));
      io.out(wroteLine(options.out, result));
    });

  addSecretOptions(theme.command('import-qdc <dir> <review> <file>'))
    .description('add the codes of a REFI-QDA codebook (.qdc) to the review’s themes; a theme already there at the same place is not added twice')
    .action(async (dir: string, reviewId: string, file: string, options: SecretOptions) => {
      const input = checkInput('themes:import-qdc', { reviewId }, { reviewId: 'REVIEW' });
      const { added } = await withWorkspace(dir, options, (core) => importCodebookFile(core.kernel, input.reviewId, file));
      io.out(added === 0 ? 'No themes added: every code in the codebook is already a theme here.\n' : `Added ${added} ${added === 1 ? 'theme' : 'themes'} from the codebook.\n`);
    });
}
