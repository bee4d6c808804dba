/**
 * What the kill loop checks after each kill (engine.ts runs the loop): the workspace opens as a
 * user would open it, passes integrity_check, keeps every committed change and an audit chain that
 * verifies, and holds the operation's change whole or not at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../../../../../electron/services/sqlite';
import { listBackups, verifyAudit } from '../../../../../electron/services/workspace';
import { keyConnection, type WorkspaceCipher } from '../../../../../electron/services/workspace/db/open';
import { keyFileName, readKeyFile, unlockWithPassphrase, unlockWithRecoveryCode, type KeyFile } from '../../../../../electron/services/workspace/keys';
import { testPassphrase, type TestRig } from '../session/helpers';
import { newPassphrase, prwProcess, stateOf, type Operation, type Template } from './engine';

async function unlocks(keyFile: KeyFile, secret: string, recovery = false): Promise<boolean> {
  try {
    (await (recovery ? unlockWithRecoveryCode(keyFile, secret) : unlockWithPassphrase(keyFile, secret))).fill(0);
    return true;
  } catch {
    return false;
  }
}

/** Opens a backup read-only with the workspace's key and cipher; its integrity_check result, or the error. */
function checkBackup(file: string, dataKey: Buffer, cipher: WorkspaceCipher): string {
  let db: Db | undefined;
  try {
    db = openDatabase(file, { readonly: true });
    keyConnection(db, dataKey, cipher);
    return String(db.pragma('integrity_check', { simple: true }));
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

function sameSubmissions(expected: Map<string, number>, found: Map<string, number>): string | null {
  for (const [id, entries] of expected) {
    if (found.get(id) !== entries) return `submission ${id} had ${entries} entries, now ${String(found.get(id) ?? 'none')}`;
  }
  return null;
}

interface Inspection {
  problems: string[];
  outcome: string;
  notes: string[];
}

/**
 * Everything checked after a run (killed or not): opens as a user would (breaking the stale lock),
 * integrity_check, audit chain, every backup, nothing committed lost, the change whole or absent.
 */
export async function inspect(
  rig: TestRig,
  operation: Operation,
  template: Template,
  dir: string,
  out: string,
  reference: Map<string, Buffer>,
  cliOpen: boolean,
): Promise<Inspection> {
  const problems: string[] = [];
  const notes: string[] = [];
  let outcome = 'unchanged';
  const keyFile = await readKeyFile(path.join(dir, keyFileName));
  const oldWorks = await unlocks(keyFile, testPassphrase);
  const newWorks = operation === 'passphrase' && (await unlocks(keyFile, newPassphrase));
  if (oldWorks === newWorks) problems.push(`the old passphrase ${oldWorks ? 'and' : 'nor'} the new one unlocks`);
  if (!(await unlocks(keyFile, template.recoveryCode, true))) problems.push('the recovery code no longer unlocks');
  const passphrase = newWorks ? newPassphrase : testPassphrase;
  if (newWorks) outcome = 'changed';

  if (cliOpen) {
    // As a user of the command line would: `prw audit verify` opens it, breaking the stale lock.
    const passphraseFile = newWorks ? template.newPassphraseFile : template.oldPassphraseFile;
    const verified = await prwProcess(dir, ['audit', 'verify', dir, '--break-stale-lock', '--passphrase-file', passphraseFile], null);
    if (verified.code !== 0) problems.push(`prw audit verify --break-stale-lock exited ${String(verified.code)}: ${verified.stderr}`);
  }
  await rig.core.session.unlock(dir, 'passphrase', passphrase, true);
  try {
    const open = rig.core.session.require();
    const integrity = String(open.db.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const audit = verifyAudit(open.db);
    if (!audit.ok) problems.push(`audit chain broken at ${String(audit.firstBrokenSeq)}: ${audit.reason}`);
    const backups = await listBackups(dir);
    const state = stateOf(open.db, backups.map((item) => item.name));
    const actions = new Set(open.db.prepare('SELECT action FROM audit_log').pluck().all() as string[]);

    for (const item of backups) {
      const result = checkBackup(path.join(dir, 'backups', item.name), open.dataKey, template.cipher);
      if (result !== 'ok') problems.push(`backups/${item.name}: ${result}`);
    }
    const stray = readdirSync(path.join(dir, 'backups')).filter((name) => name.endsWith('.partial'));
    if (stray.length > 0) notes.push('a .partial backup left (not under a backup name; removed by the next backup)');
    const interim = readdirSync(dir).filter((name) => /\.(rekeying|restoring)/.test(name));
    if (interim.length > 0) problems.push(`left ${interim.join(', ')} after unlocking`);

    // What was committed before the run: the current state, or for a restore the backup's.
    const restoredState = operation === 'restore' && state.reviews === template.restored.reviews;
    const before = restoredState ? template.restored : template.current;
    if (restoredState) outcome = 'restored';
    if (state.reviews !== before.reviews) problems.push(`${state.reviews} reviews, expected ${before.reviews}`);
    if (state.filler !== before.filler) problems.push(`${state.filler} filler rows, expected ${before.filler}`);
    const lost = sameSubmissions(before.submissions, state.submissions);
    if (lost) problems.push(lost);
    if (state.audit < before.audit) problems.push(`audit log has ${state.audit} records, had ${before.audit}`);
    for (const name of template.current.backups) {
      if (!state.backups.includes(name)) problems.push(`backup ${name} is gone`);
    }

    switch (operation) {
      case 'import': {
        const added = [...state.submissions].filter(([id]) => !before.submissions.has(id));
        for (const [id, entries] of added) {
          if (entries !== template.scale.importRows) problems.push(`import left submission ${id} with ${entries} of ${template.scale.importRows} entries`);
        }
        if (added.length > template.scale.importFiles) problems.push(`${added.length} submissions added from ${template.scale.importFiles} files`);
        if (added.length > 0) outcome = added.length === template.scale.importFiles ? 'changed' : 'some files';
        break;
      }
      case 'export': {
        const recorded = state.exports - before.exports;
        const exists = existsSync(out);
        if (recorded > 1) problems.push(`${recorded} exports recorded for one run`);
        if (recorded === 1 && !exists) problems.push('an export recorded, but its file is not there');
        if (exists) {
          const bytes = readFileSync(out);
          const expected = reference.get(path.extname(out));
          if (!complete(bytes, path.extname(out), expected)) problems.push(`${path.basename(out)} is not a complete export (${bytes.length} bytes)`);
          outcome = 'changed';
          if (recorded === 0) notes.push('export file written, not in the exports register (killed between the two)');
        }
        const temps = readdirSync(path.dirname(out)).filter((name) => name.startsWith(`.${path.basename(out)}.`) && name.endsWith('.tmp'));
        if (temps.length > 0) notes.push('a hidden .tmp file left beside the export target');
        break;
      }
      case 'backup': {
        const added = state.backups.filter((name) => !template.current.backups.includes(name));
        if (added.length > 1) problems.push(`${added.length} backups from one run`);
        if (added.length === 1) {
          outcome = 'changed';
          if (!actions.has('backup.created')) notes.push('backup made, no backup.created in the audit log');
        }
        break;
      }
      case 'restore': {
        const setAside = state.backups.filter((name) => name.startsWith('pre-restore-'));
        if (restoredState) {
          if (setAside.length !== 1) problems.push(`restored, but ${setAside.length} pre-restore files`);
          for (const name of setAside) {
            const db = openDatabase(path.join(dir, 'backups', name), { readonly: true });
            try {
              keyConnection(db, open.dataKey, template.cipher);
              const aside = stateOf(db, []);
              if (aside.reviews !== template.current.reviews || sameSubmissions(template.current.submissions, aside.submissions) !== null) {
                problems.push(`${name} does not hold the workspace from before the restore`);
              }
            } finally {
              db.close();
            }
          }
          if (!actions.has('backup.restored')) notes.push('restored, no backup.restored in the audit log');
        } else if (setAside.length > 0) {
          notes.push('a pre-restore copy left although the restore did not happen');
        }
        break;
      }
      case 'passphrase':
        if (newWorks && !actions.has('passphrase.changed')) notes.push('passphrase changed, no passphrase.changed in the audit log');
        if (readdirSync(dir).some((name) => name.startsWith(`.${keyFileName}.`))) notes.push('a hidden keys.json .tmp left (removed by the next key change)');
        break;
    }
  } finally {
    await rig.core.session.lock('user');
  }
  if (existsSync(path.join(dir, 'workspace.lock'))) problems.push('workspace.lock still there after locking');
  return { problems, outcome, notes };
}

/** A CSV must be byte for byte the unkilled run's; an XLSX must end with its zip directory, a PDF with %%EOF. */
function complete(bytes: Buffer, extension: string, expected: Buffer | undefined): boolean {
  if (extension === '.csv' && expected) return bytes.equals(expected);
  if (extension === '.xlsx') return bytes.length > 22 && bytes.subarray(-22, -18).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (extension === '.pdf') return bytes.subarray(-8).toString('latin1').includes('%%EOF');
  return bytes.length > 0;
}
