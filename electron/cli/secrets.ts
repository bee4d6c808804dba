/**
 * Where the CLI takes secrets from, as restic does: a file, standard input, or the environment.
 * Never from an argument (it would sit in shell history and the process list). Every command that
 * unlocks takes these options, so the one about a stale lock lives here too.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import type { UnlockMethod } from '../../shared/workspace';

export interface SecretOptions {
  passphraseFile?: string;
  passphraseStdin?: boolean;
  recoveryCodeFile?: string;
  /** Break a lock left by a copy of the app that is no longer running (open.ts); never a live one. */
  breakStaleLock?: boolean;
}

export function addSecretOptions(command: Command): Command {
  return command
    .option('--passphrase-file <file>', 'read the passphrase from a file')
    .option('--passphrase-stdin', 'read the passphrase from standard input')
    .option('--recovery-code-file <file>', 'unlock with the recovery code in a file instead')
    .option('--break-stale-lock', 'open the workspace even though a copy of the app that is no longer running left it marked as open');
}

export interface Secret {
  method: UnlockMethod;
  value: string;
}

/** The secret to unlock with: the recovery code if one was given, else the passphrase. */
export function readSecret(options: SecretOptions, env: NodeJS.ProcessEnv = process.env): Secret {
  if (options.recoveryCodeFile) return { method: 'recovery-code', value: readSecretFile(options.recoveryCodeFile, 'recovery code') };
  return { method: 'passphrase', value: readPassphrase(options, env) };
}

export function readPassphrase(options: SecretOptions, env: NodeJS.ProcessEnv = process.env): string {
  if (options.passphraseFile) return readSecretFile(options.passphraseFile, 'passphrase');
  if (options.passphraseStdin) return trimNewline(readFileSync(0, 'utf8'));
  if (env.PRW_PASSPHRASE) return env.PRW_PASSPHRASE;
  throw new AppError('validation', 'No passphrase given. Use --passphrase-file FILE, --passphrase-stdin or the PRW_PASSPHRASE environment variable.');
}

export function readSecretFile(file: string, what: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AppError('not-found', `The ${what} file could not be read. Check the path and that you can read it.`);
  }
  const value = trimNewline(text);
  if (!value) throw new AppError('validation', `The ${what} file is empty.`);
  return value;
}

/** Editors and `echo` end files with a newline that is not part of the secret. */
function trimNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}
