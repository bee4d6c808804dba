import type { Command } from 'commander';
import { readAppInfo } from '../../services/app-info';
import type { CliIo } from '../io';
import { cliPorts } from '../ports';

export function registerInfo(program: Command, io: CliIo): void {
  program
    .command('info')
    .description('show the version, platform and encrypted database engine')
    .option('--json', 'print machine-readable JSON')
    .action((options: { json?: boolean }) => {
      const info = readAppInfo(cliPorts());
      if (options.json) {
        io.out(JSON.stringify(info) + '\n');
        return;
      }
      io.out(
        [
          `${info.name} ${info.version}`,
          `Platform: ${info.platform}`,
          `Database: SQLite ${info.sqlite.version}, ${info.sqlite.cipher}`,
          `Node.js: ${info.runtime.node}`,
        ].join('\n') + '\n',
      );
    });
}
