/**
 * Which cipher a new workspace gets, from facts about the processor: AEGIS-256 only where its AES
 * code runs on the CPU's own instructions, ChaCha20-Poly1305 where they are missing or unknown.
 */
import { describe, expect, it } from 'vitest';
import { chooseCipher, rekeyTarget, type CpuFacts } from '../../../../../electron/services/workspace/db/cipher-choice';

const x86Flags = 'fpu vme de pse tsc msr pae mce cx8 apic sep sse sse2 ssse3 sse4_1 sse4_2 popcnt';
const linuxX64 = (flags: string): CpuFacts => ({
  platform: 'linux',
  arch: 'x64',
  cpuinfo: `processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Some CPU\nflags\t\t: ${flags}\nbugs\t\t: spectre_v1\n\nprocessor\t: 1\nflags\t\t: ${flags}\n`,
});
const linuxArm = (features: string): CpuFacts => ({
  platform: 'linux',
  arch: 'arm64',
  cpuinfo: `processor\t: 0\nBogoMIPS\t: 48.00\nFeatures\t: ${features}\nCPU implementer\t: 0x41\n`,
});

describe('chooseCipher: AES instructions present', () => {
  it.each<[string, CpuFacts]>([
    ['Linux x64 with aes and avx', linuxX64(`${x86Flags} aes avx avx2`)],
    ['Linux arm64 with the crypto extensions', linuxArm('fp asimd evtstrm aes pmull sha1 sha2 crc32')],
    ['an Apple silicon Mac', { platform: 'darwin', arch: 'arm64' }],
    ['an Intel Mac with AES and AVX', { platform: 'darwin', arch: 'x64', sysctl: { 'hw.optional.aes': '1', 'hw.optional.avx1_0': '1' } }],
    ['Windows on Arm', { platform: 'win32', arch: 'arm64' }],
    ['Windows x64 where SQLite3 Multiple Ciphers reports aesni and avx', { platform: 'win32', arch: 'x64', sqliteCpuFeatures: 'sse2 ssse3 sse41 sse42 avx avx2 aesni' }],
  ])('%s → AEGIS-256', (_, facts) => {
    expect(chooseCipher(facts)).toEqual({ cipher: 'aegis', aes: 'present' });
  });
});

describe('chooseCipher: AES instructions missing', () => {
  it.each<[string, CpuFacts]>([
    ['Linux x64 without aes', linuxX64(`${x86Flags} avx`)],
    // libaegis takes its AES-NI path only with AVX too; without it AEGIS runs table-based AES.
    ['Linux x64 with aes but no avx (some Atom, Celeron and Pentium chips)', linuxX64(`${x86Flags} aes`)],
    ['Linux arm64 without the crypto extensions (e.g. a Raspberry Pi 4)', linuxArm('fp asimd evtstrm crc32 cpuid')],
    ['an Intel build under Rosetta without AVX', { platform: 'darwin', arch: 'x64', sysctl: { 'hw.optional.aes': '1', 'hw.optional.avx1_0': '0' } }],
    ['SQLite3 Multiple Ciphers reporting no aesni, whatever /proc says', { ...linuxX64(`${x86Flags} aes avx`), sqliteCpuFeatures: 'sse2 ssse3 avx' }],
    ['a processor AEGIS has no hardware path for', { platform: 'linux', arch: 'riscv64', cpuinfo: 'isa\t: rv64imafdc\n' }],
  ])('%s → ChaCha20', (_, facts) => {
    expect(chooseCipher(facts)).toEqual({ cipher: 'chacha20', aes: 'absent' });
  });
});

describe('chooseCipher: cannot tell', () => {
  it.each<[string, CpuFacts]>([
    ['Windows x64 (Node cannot ask the CPU)', { platform: 'win32', arch: 'x64' }],
    ['Linux without a readable /proc/cpuinfo', { platform: 'linux', arch: 'x64' }],
    ['Linux with a /proc/cpuinfo that has no flags line', { platform: 'linux', arch: 'x64', cpuinfo: 'processor\t: 0\n' }],
    ['an Intel Mac whose sysctl could not be read', { platform: 'darwin', arch: 'x64', sysctl: {} }],
    ['a reply from SQLite that is not a feature list', { platform: 'win32', arch: 'x64', sqliteCpuFeatures: 'ok' }],
  ])('%s → ChaCha20, the safe default', (_, facts) => {
    expect(chooseCipher(facts)).toEqual({ cipher: 'chacha20', aes: 'unknown' });
  });
});

describe('rekeyTarget: what re-encrypting an existing workspace would change', () => {
  const present = { cipher: 'aegis', aes: 'present' } as const;
  const absent = { cipher: 'chacha20', aes: 'absent' } as const;
  const unknown = { cipher: 'chacha20', aes: 'unknown' } as const;

  it('moves ChaCha20 and SQLCipher workspaces to AEGIS-256 where the CPU has AES instructions, and leaves AEGIS-256 alone', () => {
    expect(rekeyTarget('chacha20', present)).toBe('aegis');
    expect(rekeyTarget('sqlcipher', present)).toBe('aegis');
    expect(rekeyTarget('aegis', present)).toBeNull();
  });

  it('moves AEGIS-256 to ChaCha20 where the CPU is known to lack them', () => {
    expect(rekeyTarget('aegis', absent)).toBe('chacha20');
    expect(rekeyTarget('chacha20', absent)).toBeNull();
  });

  it('offers no change away from AEGIS-256 where it cannot tell, but still moves SQLCipher to ChaCha20', () => {
    expect(rekeyTarget('aegis', unknown)).toBeNull();
    expect(rekeyTarget('chacha20', unknown)).toBeNull();
    expect(rekeyTarget('sqlcipher', unknown)).toBe('chacha20');
  });
});
