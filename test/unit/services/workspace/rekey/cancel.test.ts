/**
 * Cancel, as the progress panel's Cancel button sends it (`job:cancel` with the id the window
 * chose), at each point a re-encryption can be stopped: the workspace is left as it was.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services';
import { createRig, testPassphrase, type TestRig } from '../session/helpers';
import { addReviews, reviewTitles, withAes } from './helpers';

let rig: TestRig;
afterEach(() => rig.cleanup());

/** Sends `job:cancel` for the job the first time it reports `phase` at `done`. */
function cancelWhen(jobId: string, phase: string, done: number) {
  const emit = rig.ports.emit;
  rig.ports.emit = (event, payload) => {
    emit(event, payload);
    const progress = payload as { jobId?: string; phase?: string; done?: number };
    if (event === 'job:progress' && progress.jobId === jobId && progress.phase === phase && progress.done === done) {
      void rig.core.handlers['job:cancel']({ jobId });
    }
  };
}

it.each([
  ['after the backup, before the copy', 'copying', 1],
  ['after the copy, before it is re-encrypted', 'copying', 2],
  ['while the copy is being checked', 'verifying', 1],
])('cancelled %s: the workspace keeps its cipher, keys.json and reviews, and no copy is left', async (_, phase, done) => {
  rig = createRig({}, undefined, { cpuFacts: withAes });
  const { path: dir } = await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase, { cipher: 'chacha20' });
  const titles = await addReviews(rig, 10);
  const keysBefore = readFileSync(path.join(dir, 'keys.json'));
  const jobId = randomUUID();
  cancelWhen(jobId, phase as string, done as number);

  expect(await dispatch(rig.core.handlers, 'workspace:rekey', { passphrase: testPassphrase, jobId })).toEqual({
    ok: false,
    error: { code: 'cancelled', message: 'Re-encryption cancelled: the workspace is as it was.' },
  });
  expect(rig.events).toContainEqual({ event: 'job:ended', payload: { jobId, kind: 'rekey', outcome: 'cancelled' } });
  expect(readFileSync(path.join(dir, 'keys.json'))).toEqual(keysBefore);
  expect(readdirSync(dir).filter((name) => name.includes('.rekeying'))).toEqual([]);
  const status = rig.core.session.status();
  expect(status).toMatchObject({ state: 'open', encryption: { cipher: 'chacha20', rekeyTo: 'aegis' } });
  expect(await reviewTitles(rig)).toEqual(titles);

  // Still usable straight away, and after a lock.
  expect((await addReviews(rig, 1)).length).toBe(1);
  await rig.core.session.lock('user');
  await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
  expect(await reviewTitles(rig)).toHaveLength(titles.length + 1);
});

it('refuses other work on the workspace while it runs, with a message saying why', async () => {
  rig = createRig({}, undefined, { cpuFacts: withAes });
  await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase, { cipher: 'chacha20' });
  const seen: unknown[] = [];
  const emit = rig.ports.emit;
  rig.ports.emit = (event, payload) => {
    emit(event, payload);
    if (event === 'job:progress' && (payload as { phase: string }).phase === 'verifying' && seen.length === 0) {
      seen.push(dispatch(rig.core.handlers, 'review:list', {}));
    }
  };
  expect((await dispatch(rig.core.handlers, 'workspace:rekey', { passphrase: testPassphrase })).ok).toBe(true);
  expect(await seen[0]).toEqual({ ok: false, error: { code: 'busy', message: 'The workspace is being re-encrypted. Wait a moment for it to finish, then try again.' } });
  expect((await dispatch(rig.core.handlers, 'review:list', {})).ok).toBe(true);
});
