import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { verifyAudit } from '../../services/workspace/audit';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';

export function registerAudit(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('the workspace’s tamper-evident audit log');

  addSecretOptions(audit.command('verify <dir>'))
    .description('check the hash chain; names the first broken entry')
    .option('--json', 'print JSON')
    .action(async (dir: string, options: SecretOptions & { json?: boolean }) => {
      const result = await withWorkspace(dir, options, (_core, open) => verifyAudit(open.db));
      if (options.json) io.out(JSON.stringify(result) + '\n');
      if (!result.ok) {
        throw new AppError('corrupt', `The audit log is broken at entry ${result.firstBrokenSeq}: ${result.message}`);
      }
      if (!options.json) io.out(`The audit log is intact: ${result.count} entries, each linked to the one before.\n`);
    });
}
