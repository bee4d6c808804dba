/**
 * `prw agency pack DIR REVIEW --agency NAME --out FOLDER --json` → {"template", "letter"}: the
 * request pack for the review's request to that agency (its latest, if asked more than once),
 * each file through the export path and recorded.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { packProducts, sameAgency } from '../../services/agency-returns';
import { exportTo } from '../export';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput } from './review';

export function registerAgencyPack(agency: Command, io: CliIo): void {
  addSecretOptions(agency.command('pack <dir> <review>'))
    .description('write the request pack for an agency: an Excel chronology template and a covering letter (PDF)')
    .requiredOption('--agency <name>', 'the agency the request went to')
    .requiredOption('--out <folder>', 'the folder to write both files into (made if missing)')
    .option('--json', 'print {"template": "<path>.xlsx", "letter": "<path>.pdf"}')
    .action(async (dir: string, reviewId: string, options: SecretOptions & { agency: string; out: string; json?: boolean }) => {
      const input = checkInput('agency:list', { reviewId }, { reviewId: 'REVIEW' });
      const folder = path.resolve(options.out);
      const written = await withWorkspace(dir, options, async (core) => {
        const requests = (await callChannel(core, 'agency:list', input)).filter((request) => sameAgency(request.agency, options.agency));
        const request = requests[requests.length - 1];
        if (!request) {
          throw new AppError('validation', `This review has no request to ${options.agency}. Add one first: prw agency request DIR REVIEW --agency "${options.agency}" --asks chronology.`);
        }
        const products = packProducts(core.kernel, request.id);
        mkdirSync(folder, { recursive: true });
        const paths: string[] = [];
        for (const product of products) paths.push((await exportTo(core, product, { out: path.join(folder, product.fileName) }, io)).path);
        return paths;
      });
      const template = written.find((file) => file.endsWith('.xlsx'))!;
      const letter = written.find((file) => file.endsWith('.pdf'))!;
      io.out(options.json ? JSON.stringify({ template, letter }) + '\n' : `Wrote the request pack:\n  ${template}\n  ${letter}\n`);
    });
}
