/**
 * Which page cipher a workspace should use on this computer, from facts about its processor.
 *
 * AEGIS-256 is the cipher of new workspaces where SQLite3MultipleCiphers can run it on the CPU's
 * AES instructions. Its AEGIS code (libaegis) picks the hardware path at run time: on x86 only when
 * the CPU has AES-NI *and* AVX, on Arm when it has the crypto extensions. Anywhere else it falls
 * back to a software AES built on lookup tables: several times slower, and its memory accesses
 * depend on the key and the data, so its timing can leak them to other programs on the computer.
 * ChaCha20-Poly1305 needs no special instructions to be fast and constant-time, so it is the
 * fallback, and also the choice whenever the facts do not say (a wrong "no" costs speed; a wrong
 * "yes" would cost safety).
 *
 * Pure: readCpuFacts() (cpu-facts.ts) gathers the facts; tests pass their own.
 */
import type { AesInstructions } from '../../../../shared/workspace';
import type { WorkspaceCipher } from './open';

export interface CpuFacts {
  /** process.platform */
  platform: string;
  /** process.arch */
  arch: string;
  /**
   * SQLite3MultipleCiphers' own list of the CPU features it detected (`PRAGMA mc_cpu_info`,
   * version 2.6.0 and later, e.g. "sse2 ssse3 avx avx2 aesni"); absent in older builds. It is
   * what its AEGIS code itself goes by, so it wins over everything else.
   */
  sqliteCpuFeatures?: string;
  /** Linux: the text of /proc/cpuinfo. */
  cpuinfo?: string;
  /** macOS on Intel: `sysctl hw.optional.aes hw.optional.avx1_0` as name → value. */
  sysctl?: Record<string, string>;
}

/** What a workspace made on this computer uses. */
export const cipherWithAes: WorkspaceCipher = 'aegis';
export const cipherWithoutAes: WorkspaceCipher = 'chacha20';

export interface CipherChoice {
  /** The cipher for a new workspace here. */
  cipher: WorkspaceCipher;
  aes: AesInstructions;
}

export function chooseCipher(facts: CpuFacts): CipherChoice {
  const aes = aesInstructions(facts);
  return { cipher: aes === 'present' ? cipherWithAes : cipherWithoutAes, aes };
}

/**
 * The cipher re-encrypting an existing workspace should move it to, or null to leave it alone.
 * Only a change known to help is offered: an AEGIS-256 workspace is left as it is where this
 * computer's AES instructions cannot be checked (it most likely has them, and was made on one
 * that did), but moved to ChaCha20 where they are known to be missing.
 */
export function rekeyTarget(current: WorkspaceCipher, choice: CipherChoice): WorkspaceCipher | null {
  if (current === choice.cipher) return null;
  if (choice.aes === 'unknown' && current === cipherWithAes) return null;
  return choice.cipher;
}

export function aesInstructions(facts: CpuFacts): AesInstructions {
  const x86 = facts.arch === 'x64' || facts.arch === 'ia32';
  const arm = facts.arch === 'arm64' || facts.arch === 'arm';
  // libaegis has no hardware path for other processors (PowerPC's is not built here).
  if (!x86 && !arm) return 'absent';

  const sqliteSays = words(facts.sqliteCpuFeatures ?? '');
  if ([...sqliteSays].some((word) => sqliteFeatureIds.has(word))) return (x86 ? sqliteSays.has('aesni') && sqliteSays.has('avx') : sqliteSays.has('armcrypto')) ? 'present' : 'absent';

  switch (facts.platform) {
    case 'linux':
    case 'android':
      return fromCpuinfo(facts.cpuinfo, x86);
    case 'darwin':
      // Every Apple silicon chip has the Arm crypto extensions (libaegis assumes the same).
      if (arm) return 'present';
      // An Intel Mac, or an Intel build under Rosetta 2, which had no AVX before macOS 15.
      return fromSysctl(facts.sysctl ?? {});
    case 'win32':
      // Windows on Arm requires the crypto extensions (libaegis assumes so too). On x64, Node
      // cannot ask the CPU (no cpuid, no IsProcessorFeaturePresent) without a native module.
      return arm ? 'present' : 'unknown';
    default:
      return 'unknown';
  }
}

/** x86 lists "aes" and "avx" on its `flags` line; Arm lists "aes" on its `Features` line. */
function fromCpuinfo(cpuinfo: string | undefined, x86: boolean): AesInstructions {
  const line = cpuinfo?.match(x86 ? /^flags\s*:(.*)$/m : /^Features\s*:(.*)$/m)?.[1];
  if (line === undefined) return 'unknown';
  const flags = words(line);
  return (x86 ? flags.has('aes') && flags.has('avx') : flags.has('aes')) ? 'present' : 'absent';
}

function fromSysctl(values: Record<string, string>): AesInstructions {
  const aes = values['hw.optional.aes']?.trim();
  const avx = values['hw.optional.avx1_0']?.trim();
  if (aes === '0' || avx === '0') return 'absent';
  return aes === '1' && avx === '1' ? 'present' : 'unknown';
}

/** The ids SQLite3MultipleCiphers reports; a reply with none of them is not a feature list. */
const sqliteFeatureIds = new Set(['sse2', 'ssse3', 'sse41', 'sse42', 'avx', 'avx2', 'avx512f', 'aesni', 'neon', 'armcrypto', 'altivec']);

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[\s,]+/).filter(Boolean));
}
