/** Shared by the re-encryption tests: processors with and without AES, jobs that cancel, reviews to keep. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { dispatch } from '../../../../../electron/services';
import { quietJob, type Job } from '../../../../../electron/services/jobs';
import { rekeyTarget, type CipherChoice, type CpuFacts } from '../../../../../electron/services/workspace';
import type { WorkspaceCipher } from '../../../../../electron/services/workspace/db/open';
import type { JobPhase } from '../../../../../shared/jobs';
import type { TestRig } from '../session/helpers';

export const withAes: CpuFacts = { platform: 'linux', arch: 'x64', cpuinfo: 'processor\t: 0\nflags\t\t: fpu sse2 ssse3 aes avx avx2\n' };
export const withoutAes: CpuFacts = { platform: 'linux', arch: 'x64', cpuinfo: 'processor\t: 0\nflags\t\t: fpu sse2 ssse3\n' };

/** A cipher this computer would re-encrypt away from, so a rekey has something to do here. */
export function olderCipher(choice: CipherChoice): WorkspaceCipher {
  const older = (['chacha20', 'aegis', 'sqlcipher'] as const).find((cipher) => rekeyTarget(cipher, choice) !== null);
  if (!older) throw new Error('no cipher to re-encrypt from');
  return older;
}

export function recordedCipher(dir: string): string {
  return (JSON.parse(readFileSync(path.join(dir, 'keys.json'), 'utf8')) as { cipher: string }).cipher;
}

/** A job that is cancelled (as the Cancel button does) the moment it reports `phase` reaching `done`. */
export function cancellingJob(phase: JobPhase, done: number): Job & { cancelled: () => boolean } {
  const controller = new AbortController();
  const job = quietJob('rekey', controller.signal);
  return {
    id: job.id,
    kind: job.kind,
    signal: job.signal,
    progress: (reported, count) => {
      if (reported === phase && count === done) controller.abort();
    },
    throwIfCancelled: () => job.throwIfCancelled(),
    pause: () => job.pause(),
    cancelled: () => controller.signal.aborted,
  };
}

/** Adds `count` reviews through the app's own calls; returns their titles. */
export async function addReviews(rig: TestRig, count: number): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 1; i <= count; i++) {
    const title = `Review ${String(i).padStart(3, '0')} (fictional)`;
    const result = await dispatch(rig.core.handlers, 'review:create', { type: 'sar', title });
    expect(result.ok).toBe(true);
    titles.push(title);
  }
  return titles;
}

export async function reviewTitles(rig: TestRig): Promise<string[]> {
  const result = await dispatch(rig.core.handlers, 'review:list', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((review) => review.title).sort();
}
