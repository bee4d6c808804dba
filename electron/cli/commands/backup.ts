import type { Command } from 'commander';
import { listBackups } from '../../services/workspace/backup';
import type { CliIo } from '../io';
import { commandLineCore, errorForCommandLine, withWorkspace } from '../open';
import { addSecretOptions, readSecret, type SecretOptions } from '../secrets';

type JsonOption = { json?: boolean };

export function registerBackup(program: Command, io: CliIo): void {
  const backup = program.command('backup').description('encrypted backups of a workspace (kept in its backups/ folder)');

  addSecretOptions(backup.command('create <dir>'))
    .description('take an encrypted backup now')
    .option('--keep <n>', 'how many backups to keep', (value) => Number.parseInt(value, 10))
    .option('--json', 'print JSON')
    .action(async (dir: string, options: SecretOptions & JsonOption & { keep?: number }) => {
      const info = await withWorkspace(dir, options, (core) => {
        if (options.keep !== undefined) {
          const { preferences } = core.ports;
          preferences.saveSettings({ ...preferences.settings(), backupsToKeep: options.keep });
        }
        // A job, as in the app, so the command line's progress line sees it.
        return core.kernel.jobs.run({ kind: 'backup', exclusive: 'workspace', describes: 'A backup of this workspace' }, (job) => core.session.backupNow(job));
      });
      if (options.json) return io.out(JSON.stringify(info) + '\n');
      io.out(`Backed up to backups/${info.name} (${formatBytes(info.size)}).\n`);
    });

  backup
    .command('list <dir>')
    .description('list backups, newest first (no secret needed)')
    .option('--json', 'print JSON')
    .action(async (dir: string, options: JsonOption) => {
      const backups = await listBackups(dir);
      if (options.json) return io.out(JSON.stringify(backups) + '\n');
      if (backups.length === 0) return io.out('No backups yet. Take one with "prw backup create DIR".\n');
      for (const item of backups) io.out(`${item.name}  ${item.createdAt}  ${formatBytes(item.size)}${item.kind === 'pre-restore' ? '  (set aside by a restore)' : ''}\n`);
    });

  addSecretOptions(backup.command('restore <dir> <backup>'))
    .description('put BACKUP (a name from "backup list") in place of the workspace; the current database is kept in backups/')
    .action(async (dir: string, name: string, options: SecretOptions) => {
      const secret = readSecret(options);
      const core = commandLineCore();
      try {
        await core.kernel.jobs.run({ kind: 'restore', exclusive: 'workspace', describes: 'A restore of this workspace' }, (job) =>
          core.session.restore(dir, name, secret.method, secret.value, job, options.breakStaleLock ?? false),
        );
      } catch (error) {
        throw errorForCommandLine(error);
      } finally {
        await core.shutdown();
      }
      io.out(`Restored ${name}. The database it replaced is kept in the backups folder.\n`);
    });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
