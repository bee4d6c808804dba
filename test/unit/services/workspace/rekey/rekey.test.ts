/**
 * AEGIS-256 for new workspaces, and re-encrypting an older ChaCha20 workspace through the app's
 * own call (`workspace:rekey`): what changes, what must not, and what a failure leaves.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services';
import { verifyAudit } from '../../../../../electron/services/workspace';
import { changeCipher, readKeyFile, unlockWithPassphrase, writeKeyFileAtomic } from '../../../../../electron/services/workspace/keys';
import { writeReencryptedCopy, type WriteCopy } from '../../../../../electron/services/workspace/rekey';
import { rawConnection } from '../db/helpers';
import { createRig, fingerprint, listFiles, testPassphrase, type TestRig } from '../session/helpers';
import { addReviews, recordedCipher, reviewTitles, withAes, withoutAes } from './helpers';

let rig: TestRig;
afterEach(() => rig.cleanup());

async function chachaWorkspace(options: { writeRekeyCopy?: WriteCopy } = {}) {
  rig = createRig({}, undefined, { cpuFacts: withAes, ...options });
  const created = await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase, { cipher: 'chacha20' });
  const titles = await addReviews(rig, 25);
  return { dir: created.path, recoveryCode: created.recoveryCode, titles };
}

const rekey = (passphrase = testPassphrase, jobId?: string) => dispatch(rig.core.handlers, 'workspace:rekey', { passphrase, ...(jobId ? { jobId } : {}) });
const encryption = () => {
  const status = rig.core.session.status();
  if (status.state !== 'open') throw new Error('not open');
  return status.encryption;
};
const interimFiles = (dir: string) => readdirSync(dir).filter((name) => /\.(rekeying|restoring)/.test(name));

async function reopen(dir: string) {
  await rig.core.session.lock('user');
  await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
}

/** True when the file's pages authenticate under this cipher and the workspace's key. */
async function opensAs(dir: string, cipher: 'aegis' | 'chacha20') {
  const dataKey = await unlockWithPassphrase(await readKeyFile(path.join(dir, 'keys.json')), testPassphrase);
  const db = rawConnection(path.join(dir, 'workspace.db'), dataKey, cipher);
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

describe('new workspaces', () => {
  it('are AEGIS-256 on a computer with AES instructions, as keys.json records', async () => {
    rig = createRig({}, undefined, { cpuFacts: withAes });
    const { path: dir } = await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase);
    expect(recordedCipher(dir)).toBe('aegis');
    expect(encryption()).toEqual({ cipher: 'aegis', aes: 'present', rekeyTo: null });
    expect(await opensAs(dir, 'aegis')).toBe(true);
    expect(await opensAs(dir, 'chacha20')).toBe(false);
  });

  it('are ChaCha20 on a computer without them, and nothing suggests re-encrypting', async () => {
    rig = createRig({}, undefined, { cpuFacts: withoutAes });
    const { path: dir } = await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase);
    expect(recordedCipher(dir)).toBe('chacha20');
    expect(encryption()).toEqual({ cipher: 'chacha20', aes: 'absent', rekeyTo: null });
  });
});

describe('an older ChaCha20 workspace', () => {
  it('still opens, and says it can be re-encrypted with AEGIS-256', async () => {
    const { dir, titles } = await chachaWorkspace();
    await reopen(dir);
    expect(encryption()).toEqual({ cipher: 'chacha20', aes: 'present', rekeyTo: 'aegis' });
    expect(await reviewTitles(rig)).toEqual(titles);
  });

  it('is re-encrypted: keys.json records AEGIS-256, the slots are untouched, reviews and audit log intact, and it opens again', async () => {
    const { dir, recoveryCode, titles } = await chachaWorkspace();
    const slotsBefore = (await readKeyFile(path.join(dir, 'keys.json'))).slots;

    const result = await rekey();
    expect(result).toMatchObject({ ok: true, value: { changed: true, from: 'chacha20', to: 'aegis', backup: expect.stringMatching(/^workspace-.*\.db$/) } });
    expect(recordedCipher(dir)).toBe('aegis');
    expect((await readKeyFile(path.join(dir, 'keys.json'))).slots).toEqual(slotsBefore);
    expect(encryption()).toEqual({ cipher: 'aegis', aes: 'present', rekeyTo: null });
    expect(await reviewTitles(rig)).toEqual(titles);
    const audit = verifyAudit(rig.core.session.require().db);
    expect(audit.ok).toBe(true);
    const actions = rig.core.session.require().db.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all();
    expect(actions.slice(-2)).toEqual(['backup.created', 'workspace.rekeyed']);
    expect(interimFiles(dir)).toEqual([]);

    // The data key did not change, so the recovery code still opens it.
    await rig.core.session.lock('user');
    expect(await opensAs(dir, 'aegis')).toBe(true);
    expect(await opensAs(dir, 'chacha20')).toBe(false);
    await rig.core.session.unlock(dir, 'recovery-code', recoveryCode);
    expect(await reviewTitles(rig)).toEqual(titles);
  });

  it('can be restored from the backup taken first, in ChaCha20, and stays AEGIS-256', async () => {
    const { dir, titles } = await chachaWorkspace();
    const result = await rekey();
    if (!result.ok) throw new Error(result.error.message);
    await addReviews(rig, 1);

    const restored = await dispatch(rig.core.handlers, 'backup:restore', { path: dir, backup: result.value.backup!, method: 'passphrase', secret: testPassphrase });
    expect(restored).toMatchObject({ ok: true, value: { state: 'open', encryption: { cipher: 'aegis' } } });
    expect(recordedCipher(dir)).toBe('aegis');
    expect(await reviewTitles(rig)).toEqual(titles);
    await reopen(dir);
    expect(await reviewTitles(rig)).toEqual(titles);
  });

  it('already on the current cipher: says nothing changed and writes nothing', async () => {
    const { dir } = await chachaWorkspace();
    expect((await rekey()).ok).toBe(true);
    const before = fingerprint(dir);
    expect(await rekey()).toMatchObject({ ok: true, value: { changed: false, from: 'aegis', to: 'aegis', backup: null } });
    expect(fingerprint(dir)).toEqual(before);
  });

  it('a wrong passphrase is refused and no file changes; it opens as before', async () => {
    const { dir, titles } = await chachaWorkspace();
    const before = fingerprint(dir);
    expect(await rekey('not the passphrase')).toEqual({ ok: false, error: { code: 'wrong-secret', message: 'The passphrase does not unlock this workspace.' } });
    expect(fingerprint(dir)).toEqual(before);
    await reopen(dir);
    expect(encryption().cipher).toBe('chacha20');
    expect(await reviewTitles(rig)).toEqual(titles);
  });

  it('a full disk half way leaves keys.json, the cipher and the reviews as they were, no copy behind, and it opens', async () => {
    const diskFull = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    // The real copy is written, then the disk fills up before it can be re-encrypted.
    const fillsUp: WriteCopy = (request) =>
      writeReencryptedCopy({
        ...request,
        between: () => {
          expect(existsSync(request.target)).toBe(true);
          return Promise.reject(diskFull);
        },
      });
    const { dir, titles } = await chachaWorkspace({ writeRekeyCopy: fillsUp });
    const keysBefore = readFileSync(path.join(dir, 'keys.json'));

    const result = await rekey();
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('the disk is full') } });
    if (!result.ok) expect(result.error.message).toContain('The workspace was not changed.');
    // The same slots and cipher; locking records only where the audit log had reached (audit/anchor.ts).
    const { auditAnchor: _after, mac: _macAfter, checksum: _checksumAfter, ...keysAfter } = JSON.parse(readFileSync(path.join(dir, 'keys.json'), 'utf8')) as Record<string, unknown>;
    const { auditAnchor: _before, mac: _macBefore, checksum: _checksumBefore, ...keysAsBefore } = JSON.parse(keysBefore.toString('utf8')) as Record<string, unknown>;
    expect(keysAfter).toEqual(keysAsBefore);
    expect(interimFiles(dir)).toEqual([]);
    expect(encryption().cipher).toBe('chacha20');
    expect(await reviewTitles(rig)).toEqual(titles);
    await reopen(dir);
    expect(await reviewTitles(rig)).toEqual(titles);
  });

  it('writes only private files (mode 0600): the copy, the new workspace.db, keys.json and the backup', async () => {
    const modes: Record<string, number> = {};
    const watched: WriteCopy = async (request) => {
      const counts = await writeReencryptedCopy(request);
      modes['the re-encrypted copy'] = statSync(request.target).mode & 0o777;
      return counts;
    };
    const { dir } = await chachaWorkspace({ writeRekeyCopy: watched });
    expect((await rekey()).ok).toBe(true);
    const written = ['workspace.db', 'workspace.db-wal', 'workspace.db-shm', 'keys.json'].map((name) => path.join(dir, name));
    written.push(...listFiles(path.join(dir, 'backups')));
    for (const file of written) modes[path.relative(dir, file)] = statSync(file).mode & 0o777;
    expect(Object.values(modes).every((mode) => mode === 0o600), JSON.stringify(modes, null, 1)).toBe(true);
    expect(Object.keys(modes)).toHaveLength(6);
    expect(statSync(path.join(dir, 'backups')).mode & 0o777).toBe(0o700);
  });
});

describe('a re-encryption that was stopped', () => {
  it('finishes on the next unlock when it was killed between putting the new file in place and recording its cipher', async () => {
    const { dir, titles } = await chachaWorkspace();
    expect((await rekey()).ok).toBe(true);
    await rig.core.session.lock('user');
    // The state a kill between steps 5 and 6 leaves: AEGIS-256 on disk, keys.json still saying ChaCha20,
    // plus a leftover copy from an earlier attempt.
    const keysPath = path.join(dir, 'keys.json');
    const keyFile = await readKeyFile(keysPath);
    const dataKey = await unlockWithPassphrase(keyFile, testPassphrase);
    await writeKeyFileAtomic(keysPath, changeCipher(keyFile, dataKey, 'chacha20'));
    writeFileSync(path.join(dir, 'workspace.db.rekeying'), 'left by a killed re-encryption');

    await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
    expect(recordedCipher(dir)).toBe('aegis');
    expect(encryption()).toMatchObject({ cipher: 'aegis', rekeyTo: null });
    expect(await reviewTitles(rig)).toEqual(titles);
    expect(interimFiles(dir)).toEqual([]);
  });

  it('by locking the workspace part way is cancelled, and the workspace is as it was', async () => {
    const { dir, titles } = await chachaWorkspace();
    const keysBefore = readFileSync(path.join(dir, 'keys.json'));
    let locking: Promise<unknown> | undefined;
    const emit = rig.ports.emit;
    rig.ports.emit = (event, payload) => {
      emit(event, payload);
      if (event === 'job:progress' && (payload as { phase: string }).phase === 'verifying') locking ??= rig.core.session.lock('idle');
    };
    expect(await rekey()).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'Re-encryption cancelled: the workspace is as it was.' } });
    await locking;
    expect(rig.core.session.status()).toEqual({ state: 'closed' });
    // The same slots and cipher; locking records only where the audit log had reached (audit/anchor.ts).
    const { auditAnchor: _after, mac: _macAfter, checksum: _checksumAfter, ...keysAfter } = JSON.parse(readFileSync(path.join(dir, 'keys.json'), 'utf8')) as Record<string, unknown>;
    const { auditAnchor: _before, mac: _macBefore, checksum: _checksumBefore, ...keysAsBefore } = JSON.parse(keysBefore.toString('utf8')) as Record<string, unknown>;
    expect(keysAfter).toEqual(keysAsBefore);
    expect(interimFiles(dir)).toEqual([]);
    await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
    expect(encryption().cipher).toBe('chacha20');
    expect(await reviewTitles(rig)).toEqual(titles);
  });
});
