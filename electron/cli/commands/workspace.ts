import path from 'node:path';
import type { Command } from 'commander';
import { cipherName, passphraseSchema, workspaceExtension, type RekeyResult } from '../../../shared/workspace';
import type { Core } from '../../services';
import { cipherChoiceHere, rekeyTarget } from '../../services/workspace';
import { isWorkspaceCipher } from '../../services/workspace/db/open';
import { changePassphrase, describeSlots, keyFileName, readKeyFile, replaceRecoveryCode } from '../../services/workspace/keys';
import { readLock } from '../../services/workspace/lock';
import { listBackups } from '../../services/workspace/backup';
import type { CliIo } from '../io';
import { commandLineCore, withWorkspace } from '../open';
import { addSecretOptions, readPassphrase, readSecretFile, type SecretOptions } from '../secrets';

type JsonOption = { json?: boolean };

export function registerWorkspace(program: Command, io: CliIo): void {
  const workspace = program.command('workspace').description('create and look after encrypted workspaces');

  addSecretOptions(workspace.command('create <dir>'))
    .description('create an encrypted workspace folder (DIR, e.g. "Child M.review") and print its recovery code once')
    .option('--json', 'print {"path", "recoveryCode"} as JSON')
    .action(async (dir: string, options: SecretOptions & JsonOption) => {
      const passphrase = readPassphrase(options);
      const target = path.resolve(dir);
      const name = path.basename(target).replace(new RegExp(`\\${workspaceExtension}$`), '');
      const core = commandLineCore();
      const created = await core.session.create(path.dirname(target), name, passphrase);
      await core.shutdown();
      if (options.json) return io.out(JSON.stringify(created) + '\n');
      io.out(`Created ${created.path}\n\n`);
      io.out(recoveryCodeNotice(created.recoveryCode));
    });

  workspace
    .command('status <dir>')
    .description('show a workspace’s key slots, lock and backups (no secret needed)')
    .option('--json', 'print JSON')
    .action(async (dir: string, options: JsonOption) => {
      const keyFile = await readKeyFile(path.join(dir, keyFileName));
      const lock = readLock(dir);
      const backups = await listBackups(dir);
      const status = {
        path: path.resolve(dir),
        slots: describeSlots(keyFile).map(({ kind, createdAt }) => ({ kind, createdAt })),
        lockedBy: lock === 'unreadable' ? 'unreadable lock file' : lock ? { pid: lock.pid, host: lock.host, since: lock.startedAt } : null,
        backups: backups.length,
        newestBackup: backups[0]?.createdAt ?? null,
      };
      if (options.json) return io.out(JSON.stringify(status) + '\n');
      io.out(
        [
          `Workspace: ${status.path}`,
          `Ways to unlock: ${status.slots.map((slot) => slot.kind).join(', ')}`,
          `Open elsewhere: ${status.lockedBy ? JSON.stringify(status.lockedBy) : 'no'}`,
          `Backups: ${status.backups}${status.newestBackup ? ` (newest ${status.newestBackup})` : ''}`,
        ].join('\n') + '\n',
      );
    });

  addSecretOptions(workspace.command('passphrase <dir>'))
    .description('change the passphrase (unlock with the current passphrase or the recovery code)')
    .requiredOption('--new-passphrase-file <file>', 'read the new passphrase from a file')
    .action(async (dir: string, options: SecretOptions & { newPassphraseFile: string }) => {
      const next = readSecretFile(options.newPassphraseFile, 'new passphrase');
      await withWorkspace(dir, options, async (core, open) => {
        await core.session.saveKeyFile(await changePassphrase(open.keyFile, open.dataKey, passphraseSchema.parse(next)));
        core.session.audit('passphrase.changed', 'workspace', open.meta.workspaceId);
      });
      io.out('The passphrase was changed. The old one no longer unlocks this workspace.\n');
    });

  addSecretOptions(workspace.command('recovery-code <dir>'))
    .description('replace the recovery code; the old one stops working')
    .option('--json', 'print {"recoveryCode"} as JSON')
    .action(async (dir: string, options: SecretOptions & JsonOption) => {
      const recoveryCode = await withWorkspace(dir, options, async (core, open) => {
        const { file, recoveryCode } = await replaceRecoveryCode(open.keyFile, open.dataKey);
        await core.session.saveKeyFile(file);
        core.session.audit('recovery-code.replaced', 'workspace', open.meta.workspaceId);
        return recoveryCode;
      });
      if (options.json) return io.out(JSON.stringify({ recoveryCode }) + '\n');
      io.out(recoveryCodeNotice(recoveryCode));
    });

  addSecretOptions(workspace.command('rekey <dir>'))
    .description('re-encrypt the workspace with the cipher this computer should use (a backup is taken first)')
    .option('--json', 'print {"changed", "from", "to", "backup"} as JSON')
    .action(async (dir: string, options: SecretOptions & JsonOption) => {
      const result = (await alreadyCurrent(dir)) ?? (await withWorkspace(dir, options, (core) => rekeyAsJob(core)));
      if (options.json) return io.out(JSON.stringify(result) + '\n');
      if (!result.changed) return io.out(`Nothing to do: this workspace already uses ${cipherName(result.to)}. Nothing was changed.\n`);
      io.out(
        [
          `Re-encrypted the workspace: ${cipherName(result.from)} → ${cipherName(result.to)}.`,
          `A backup from before, in ${cipherName(result.from)}, is in the backups folder: ${result.backup}`,
          'The passphrase, the recovery code and keychain unlocking work as before.',
        ].join('\n') + '\n',
      );
    });
}

/** Read from keys.json without unlocking, so a workspace that needs nothing is not written to at all. */
async function alreadyCurrent(dir: string): Promise<RekeyResult | null> {
  const { cipher } = await readKeyFile(path.join(dir, keyFileName));
  if (!isWorkspaceCipher(cipher)) return null;
  return rekeyTarget(cipher, cipherChoiceHere()) === null ? { changed: false, from: cipher, to: cipher, backup: null } : null;
}

function rekeyAsJob(core: Core): Promise<RekeyResult> {
  return core.kernel.jobs.run({ kind: 'rekey', exclusive: 'workspace', describes: 'Re-encryption of this workspace' }, (job) => core.session.rekey(job));
}

function recoveryCodeNotice(code: string): string {
  return [
    'Recovery code (shown once — it is not stored anywhere in a form you can read back):',
    '',
    `    ${code}`,
    '',
    'Write it down or print it and keep it somewhere safe, apart from this computer.',
    'With it, anyone can open the workspace; without it and the passphrase, nobody can.',
    '',
  ].join('\n');
}
