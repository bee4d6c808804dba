/**
 * Backup and restore as jobs, through the app's own calls: the window sees their phases, and a
 * cancel leaves no partial backup behind and the workspace as it was.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services';
import { addReviews, reviewTitles } from '../rekey/helpers';
import { createRig, fingerprint, testPassphrase, type TestRig } from '../session/helpers';

let rig: TestRig;
let dir: string;
beforeEach(async () => {
  rig = createRig();
  dir = (await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase)).path;
  await addReviews(rig, 5);
});
afterEach(() => rig.cleanup());

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

const backupsFolder = () => readdirSync(path.join(dir, 'backups')).sort();
const phasesOf = (jobId: string) => [
  ...new Set(rig.events.filter((entry) => entry.event === 'job:progress' && (entry.payload as { jobId: string }).jobId === jobId).map((entry) => (entry.payload as { phase: string }).phase)),
];

describe('backup:create', () => {
  it('reports copying, verifying and swapping, then ends done', async () => {
    const jobId = randomUUID();
    expect(await dispatch(rig.core.handlers, 'backup:create', { jobId })).toMatchObject({ ok: true });
    expect(phasesOf(jobId)).toEqual(['copying', 'verifying', 'swapping']);
    expect(rig.events).toContainEqual({ event: 'job:ended', payload: { jobId, kind: 'backup', outcome: 'done' } });
  });

  it.each([
    ['once the copy is written', 'copying', 1],
    ['once it has been checked', 'verifying', 1],
  ])('cancelled %s leaves no partial backup, and earlier backups as they were', async (_, phase, done) => {
    expect((await dispatch(rig.core.handlers, 'backup:create', {})).ok).toBe(true);
    const before = fingerprint(path.join(dir, 'backups'));
    const jobId = randomUUID();
    cancelWhen(jobId, phase as string, done as number);

    expect(await dispatch(rig.core.handlers, 'backup:create', { jobId })).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Backup cancelled: no backup was made, and earlier backups are as they were.' },
    });
    expect(fingerprint(path.join(dir, 'backups'))).toEqual(before);
    expect(backupsFolder().filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('a second backup while one runs is refused with a message naming the first', async () => {
    const jobId = randomUUID();
    let second: Promise<unknown> | undefined;
    const emit = rig.ports.emit;
    rig.ports.emit = (event, payload) => {
      emit(event, payload);
      if (event === 'job:progress' && !second) second = dispatch(rig.core.handlers, 'backup:create', {});
    };
    expect((await dispatch(rig.core.handlers, 'backup:create', { jobId })).ok).toBe(true);
    expect(await second).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringContaining('A backup of this workspace is already running') } });
  });
});

describe('backup:restore', () => {
  it('cancelled while the backup is copied: the workspace stays open as it was, with nothing set aside and no copy left', async () => {
    const made = await dispatch(rig.core.handlers, 'backup:create', {});
    if (!made.ok) throw new Error(made.error.message);
    const titles = await addReviews(rig, 2).then(() => reviewTitles(rig));
    const backupsBefore = backupsFolder();
    const jobId = randomUUID();
    cancelWhen(jobId, 'copying', 0);

    expect(await dispatch(rig.core.handlers, 'backup:restore', { path: dir, backup: made.value.name, method: 'passphrase', secret: testPassphrase, jobId })).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Restore cancelled: the workspace is as it was.' },
    });
    expect(rig.core.session.status()).toMatchObject({ state: 'open', path: dir });
    expect(await reviewTitles(rig)).toEqual(titles);
    expect(backupsFolder()).toEqual(backupsBefore);
    expect(readdirSync(dir).filter((name) => name.includes('.restoring'))).toEqual([]);
  });

  it('runs to the end when not cancelled: the backup is in place and the replaced file kept', async () => {
    const made = await dispatch(rig.core.handlers, 'backup:create', {});
    if (!made.ok) throw new Error(made.error.message);
    const titles = await reviewTitles(rig);
    await addReviews(rig, 2);
    const jobId = randomUUID();
    expect(await dispatch(rig.core.handlers, 'backup:restore', { path: dir, backup: made.value.name, method: 'passphrase', secret: testPassphrase, jobId })).toMatchObject({
      ok: true,
      value: { state: 'open' },
    });
    expect(await reviewTitles(rig)).toEqual(titles);
    expect(backupsFolder().some((name) => name.startsWith('pre-restore-'))).toBe(true);
    expect(phasesOf(jobId)).toEqual(['verifying', 'copying', 'swapping']);
  });
});
