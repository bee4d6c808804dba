/**
 * Reads the facts cipher-choice.ts decides from, once per process: what SQLite3MultipleCiphers
 * says about the CPU (newer builds), else /proc/cpuinfo on Linux, else sysctl on an Intel Mac.
 * Every read is allowed to fail: a missing fact means "cannot tell", which chooses ChaCha20.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createLogger } from '../../log';
import { openDatabase } from '../../sqlite';
import { chooseCipher, type CipherChoice, type CpuFacts } from './cipher-choice';

const log = createLogger('workspace.cpu');

let cached: CipherChoice | undefined;

/** The cipher for new workspaces on this computer, and whether it has AES instructions. */
export function cipherChoiceHere(nativeBinding?: string): CipherChoice {
  if (!cached) {
    cached = chooseCipher(readCpuFacts(nativeBinding));
    log.info('cipher for new workspaces', { cipher: cached.cipher, aes: cached.aes });
  }
  return cached;
}

export function readCpuFacts(nativeBinding?: string): CpuFacts {
  const facts: CpuFacts = { platform: process.platform, arch: process.arch };
  const fromSqlite = sqliteCpuFeatures(nativeBinding);
  if (fromSqlite) facts.sqliteCpuFeatures = fromSqlite;
  if (process.platform === 'linux' || process.platform === 'android') {
    const cpuinfo = attempt(() => readFileSync('/proc/cpuinfo', 'utf8'));
    if (cpuinfo !== undefined) facts.cpuinfo = cpuinfo;
  }
  if (process.platform === 'darwin' && process.arch === 'x64') facts.sysctl = macSysctl();
  return facts;
}

/** `PRAGMA mc_cpu_info` (SQLite3MultipleCiphers 2.6.0+); older builds answer nothing. */
function sqliteCpuFeatures(nativeBinding?: string): string | undefined {
  return attempt(() => {
    const db = openDatabase(':memory:', { nativeBinding });
    try {
      const value = db.pragma('mc_cpu_info', { simple: true }) as unknown;
      return typeof value === 'string' ? value : undefined;
    } finally {
      db.close();
    }
  });
}

function macSysctl(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of ['hw.optional.aes', 'hw.optional.avx1_0']) {
    const value = attempt(() => execFileSync('/usr/sbin/sysctl', ['-n', name], { encoding: 'utf8', timeout: 2000, stdio: ['ignore', 'pipe', 'ignore'] }));
    if (value !== undefined) values[name] = value.trim();
  }
  return values;
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
