/**
 * The workspace session: at most one workspace is unlocked at a time. It owns the open database
 * and the data key, runs scheduled backups and auto-lock while unlocked, and forgets everything on
 * lock. Every operation the app, the CLI and the test host offer on a workspace goes through here.
 */
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import { auditActor, workspaceExtension, type AuditCheck, type BackupLocation, type LockReason, type RekeyResult, type UnlockMethod, type WorkspaceStatus } from '../../../../shared/workspace';
import { quietJob, type Job } from '../../jobs';
import { createLogger } from '../../log';
import type { Ports } from '../../ports';
import type { Db } from '../../sqlite';
import { appendAudit, type AuditAction } from '../audit';
import { createBackup, errorCode, listBackups, prepareRestore, scheduleBackups, type BackupSchedule } from '../backup';
import { backupToBothFolders, restoreSource, type TakenBackup } from './second-backup';
import { chooseCipher, rekeyTarget, type CipherChoice, type CpuFacts } from '../db/cipher-choice';
import { cipherChoiceHere } from '../db/cpu-facts';
import { removeInterimCopies, workspaceDbPath } from '../db/files';
import { toWorkspaceDbError } from '../db/errors';
import { readWorkspaceMeta } from '../db/meta';
import type { WorkspaceCipher } from '../db/open';
import { keyFileName, readKeyFile, writeKeyFileAtomic, type KeyFile, type ScryptCost } from '../keys';
import { acquireLock, type LockHandle } from '../lock';
import { migrate, pendingMigrations } from '../migrations';
import { openRecordedCipher, recordFoundCipher, rekeyOpenWorkspace, type WriteCopy } from '../rekey';
import { abortableJob } from './abortable-job';
import { startAutoLock, type AutoLock } from './auto-lock';
import { createWorkspace } from './create';
import { afterFirstScreen, DamageWatch, type DamageCheck } from './damage';
import { anchorInKeyFile, closeWorkspace, statusOf, workspaceName, type OpenWorkspace } from './open-workspace';
import { rememberRecent } from './recent';
import { lateRecords } from './late-records';
import { unwrapDataKey } from './unwrap';
import { verifyWorkspaceAudit, type GivenAnchor } from './verify-audit';

const log = createLogger('workspace.session');

export interface SessionOptions {
  /** Cheaper scrypt for tests; real workspaces use the default cost. */
  kdfParams?: ScryptCost;
  /** Tests: the processor to choose ciphers for; this computer's when absent. */
  cpuFacts?: CpuFacts;
  /** Tests: replaces the step of a re-encryption that writes the new copy (to simulate a full disk). */
  writeRekeyCopy?: WriteCopy;
  /** When every page is checked for damage (damage.ts); a moment after unlocking when absent. */
  damageCheck?: DamageCheck;
}

export interface CreateOptions {
  /** The page cipher; the one this computer should use when absent (tests make older workspaces with it). */
  cipher?: WorkspaceCipher;
}

const rekeyBusyMessage = 'The workspace is being re-encrypted. Wait a moment for it to finish, then try again.';

export class WorkspaceSession {
  private current: OpenWorkspace | null = null;
  private backups: BackupSchedule | null = null;
  private autoLock: AutoLock | null = null;
  /** A re-encryption in progress: other work waits, and locking cancels it first. */
  private rekeying: { controller: AbortController; done: Promise<unknown> } | null = null;
  private readonly damage: DamageWatch;
  /** The backup a restore just put in place, for the unlock that follows to record. */
  private restoring: string | null = null;

  constructor(
    private readonly ports: Ports,
    private readonly options: SessionOptions = {},
  ) {
    this.damage = new DamageWatch(options.damageCheck ?? afterFirstScreen, ports.timers);
  }

  status(): WorkspaceStatus {
    return this.current ? statusOf(this.current, this.cipherChoice()) : { state: 'closed' };
  }

  /** The open workspace, or a clear error telling the user to unlock one. */
  require(): OpenWorkspace {
    if (!this.current) throw new AppError('forbidden', 'No workspace is unlocked. Unlock the workspace, then try again.');
    if (this.rekeying) throw new AppError('busy', rekeyBusyMessage);
    return this.current;
  }

  async create(parentDir: string, name: string, passphrase: string, options: CreateOptions = {}): Promise<{ path: string; recoveryCode: string }> {
    const dir = path.join(parentDir, name + workspaceExtension);
    await this.lock('user');
    const cipher = options.cipher ?? this.cipherChoice().cipher;
    const { open, recoveryCode } = await createWorkspace({ dir, passphrase, cipher, kdfParams: this.options.kdfParams }, this.ports);
    this.attach(open, null);
    this.audit('workspace.created', 'workspace', open.meta.workspaceId);
    return { path: dir, recoveryCode };
  }

  async unlock(dir: string, method: UnlockMethod, secret: string | undefined, breakStaleLock = false): Promise<WorkspaceStatus> {
    await this.lock('user');
    let keyFile = await readKeyFile(path.join(dir, keyFileName));
    const dataKey = await unwrapDataKey(keyFile, method, secret, this.ports.keychain);
    try {
      const lock = await acquireLock(dir, { app: this.ports.app.name, breakStale: breakStaleLock });
      try {
        // Copies a killed re-encryption or restore was building: never in use (see rekey/rekey.ts).
        await removeInterimCopies(dir);
        const { db, cipher } = openRecordedCipher(workspaceDbPath(dir), dataKey, keyFile.cipher, this.ports.sqliteNativeBinding);
        try {
          await this.damage.atUnlock(db, dir);
          if (cipher !== keyFile.cipher) keyFile = await recordFoundCipher(dir, keyFile, dataKey, cipher);
          await this.backupBeforeMigrating(db, dir);
          migrate(db, { appVersion: this.ports.app.version, now: () => this.ports.timers.now() });
          const meta = readWorkspaceMeta(db);
          // The first write: a damaged page anywhere the log touches shows up now, not mid-task.
          const restored = this.restoring;
          if (restored) this.appendAudit(db, 'backup.restored', 'backup', restored);
          for (const late of await lateRecords(db, dir, keyFile, meta.workspaceId, { dataKey, cipher, nativeBinding: this.ports.sqliteNativeBinding })) this.appendAudit(db, late.action, late.entityType, late.entityId);
          this.appendAudit(db, 'workspace.unlocked', 'workspace', meta.workspaceId);
          // Someone reached for the recovery code: the log says so, and the app asks for a new passphrase.
          const recovered = method === 'recovery-code';
          if (recovered) this.appendAudit(db, 'recovery-code.used', 'workspace', meta.workspaceId);
          const lastBackupAt = (await listBackups(dir)).find((backup) => backup.kind === 'backup')?.createdAt ?? null;
          this.attach({ dir, name: workspaceName(dir), db, dataKey, keyFile, lock, meta, lastBackupAt, newPassphraseDue: recovered }, lastBackupAt);
          this.damage.schedule(dir, () => void this.checkForDamage());
        } catch (error) {
          db.close();
          throw toWorkspaceDbError(error);
        }
      } catch (error) {
        lock.release();
        throw error;
      }
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    return this.status();
  }

  /** Locks whatever is open. Safe to call when nothing is. */
  async lock(reason: LockReason): Promise<WorkspaceStatus> {
    if (this.rekeying) {
      // Cancelled at its next step; a swap already under way finishes first (rekey/rekey.ts).
      this.rekeying.controller.abort();
      await this.rekeying.done;
    }
    const open = this.current;
    if (!open) return { state: 'closed' };
    this.current = null;
    this.damage.cancel();
    this.autoLock?.stop();
    this.autoLock = null;
    const backups = this.backups;
    this.backups = null;
    await backups?.stop();
    try {
      this.auditOn(open, 'workspace.locked', 'workspace', open.meta.workspaceId);
      await anchorInKeyFile(open);
    } catch (error) {
      // A damaged page can refuse even this row; the workspace must lock all the same.
      log.warn('the lock was not recorded in the audit log or its anchor', { code: errorCode(error) });
    } finally {
      closeWorkspace(open);
    }
    log.info('locked', { reason });
    this.ports.emit('workspace:locked', { reason });
    return { state: 'closed' };
  }

  /** Who the local user is, as the audit log and the register of exports name them. */
  actor(): string {
    // "Name (Role)": the capacity someone acted in is sealed into the entry with their name.
    return auditActor(this.ports.preferences.settings());
  }

  /** Records an action by the local user on the open workspace. */
  audit(action: AuditAction, entityType: string, entityId?: string | null): void {
    this.auditOn(this.require(), action, entityType, entityId);
  }

  /**
   * Puts a backup in place of workspace.db, then opens the workspace. Works on a locked workspace
   * (that is how a damaged one is recovered), so it unwraps the key itself. The backup is checked
   * and copied first, while whatever is open stays open: a cancel up to then changes nothing.
   * The replaced file is kept in backups/ (backup/restore.ts).
   */
  async restore(
    dir: string,
    backup: string,
    method: UnlockMethod,
    secret: string | undefined,
    job: Job = quietJob('restore'),
    breakStaleLock = false,
    from: BackupLocation = 'workspace',
  ): Promise<WorkspaceStatus> {
    // The secret is checked before anything closes: a typo must not lock the open workspace.
    const keyFile = await readKeyFile(path.join(dir, keyFileName));
    const dataKey = await unwrapDataKey(keyFile, method, secret, this.ports.keychain);
    const ours = this.current !== null && path.resolve(this.current.dir) === path.resolve(dir);
    let lock: LockHandle | null = ours ? null : await acquireLock(dir, { app: this.ports.app.name, breakStale: breakStaleLock });
    try {
      const prepared = await prepareRestore(dir, backup, dataKey, {
        nativeBinding: this.ports.sqliteNativeBinding,
        cipher: keyFile.cipher,
        clock: () => this.ports.timers.now(),
        job,
        sourceDir: await restoreSource(dir, backup, from, this.ports.preferences.settings()),
      });
      try {
        job.throwIfCancelled();
        if (this.current) await this.lock('restore');
        lock ??= await acquireLock(dir, { app: this.ports.app.name });
        job.progress('swapping', 0, 1);
        await prepared.commit();
        job.progress('swapping', 1, 1);
      } catch (error) {
        await prepared.discard();
        throw error;
      }
    } finally {
      lock?.release();
      dataKey.fill(0);
    }
    // Recorded by the unlock, before anything else it writes (late-records.ts relies on the order).
    this.restoring = backup;
    try {
      return await this.unlock(dir, method, secret);
    } finally {
      this.restoring = null;
    }
  }

  /**
   * Re-encrypts the open workspace with the cipher this computer should use (rekey/rekey.ts); the
   * caller has confirmed the passphrase. Nothing is written when it already uses it. Other work
   * on the workspace is refused until it ends, and locking cancels it.
   */
  async rekey(job: Job = quietJob('rekey')): Promise<RekeyResult> {
    const open = this.require();
    const from = open.keyFile.cipher as WorkspaceCipher;
    const to = this.cipherTarget(from);
    if (to === null) return { changed: false, from, to: from, backup: null };
    const controller = new AbortController();
    let finished = () => {};
    this.rekeying = { controller, done: new Promise<void>((resolve) => (finished = resolve)) };
    const guarded = abortableJob(job, controller.signal);
    try {
      const outcome = await rekeyOpenWorkspace({
        open,
        from,
        to,
        job: guarded,
        nativeBinding: this.ports.sqliteNativeBinding,
        writeCopy: this.options.writeRekeyCopy,
        // The backup is part of this job: a cancel during it says the re-encryption was cancelled.
        backup: () => this.backupOf(open, abortableJob(quietJob('rekey'), guarded.signal)),
      });
      this.auditOn(open, 'workspace.rekeyed', 'workspace', open.meta.workspaceId);
      return { changed: true, ...outcome };
    } finally {
      this.rekeying = null;
      // Only if even the old database could not be opened again (rekey/rekey.ts, swapIn).
      if (!open.db.open && this.current === open) await this.lock('user');
      finished();
    }
  }

  /**
   * Reads every page of the open workspace (damage.ts). On damage the workspace is locked, the
   * window told why ('damaged'), and the next unlock checks in full and offers the newest backup.
   * True when the workspace is sound (or nothing is open).
   */
  async checkForDamage(): Promise<boolean> {
    this.damage.cancel();
    const open = this.current;
    // A re-encryption checks its own copy in full; the workspace it leaves is checked next unlock.
    if (!open || this.rekeying) return true;
    if (this.damage.sound(open.db, open.dir)) return true;
    log.warn('damage found after unlocking; the workspace was locked');
    await this.lock('damaged');
    return false;
  }

  /** The audit log's chain, triggers and every anchor (verify-audit.ts), plus any PDFs the user gives. */
  async verifyAudit(given: GivenAnchor[] = []): Promise<AuditCheck> {
    return verifyWorkspaceAudit(this.require(), given, this.ports.sqliteNativeBinding);
  }

  /** Follows a change of the backup settings while a workspace is open. */
  async settingsChanged(): Promise<void> {
    if (!this.current) return;
    await this.backups?.stop();
    this.backups = null;
    this.scheduleBackups(this.current.lastBackupAt);
  }

  private scheduleBackups(lastBackupAt: string | null): void {
    const minutes = this.ports.preferences.settings().backupEveryMinutes;
    if (minutes <= 0) return;
    this.backups = scheduleBackups({
      intervalMs: minutes * 60_000,
      run: () => this.backupNow(),
      // Timed from the newest backup, so locking and unlocking does not keep postponing it.
      lastRunAt: lastBackupAt ? new Date(lastBackupAt) : null,
      clock: () => this.ports.timers.now(),
    });
  }

  /** A schema upgrade rewrites tables: keep a copy from before it, as an app update should. */
  private async backupBeforeMigrating(db: Db, dir: string): Promise<void> {
    if (db.pragma('user_version', { simple: true }) === 0 || pendingMigrations(db).length === 0) return;
    await createBackup(db, dir, { keep: this.ports.preferences.settings().backupsToKeep, clock: () => this.ports.timers.now() });
  }

  get kdfParams(): ScryptCost | undefined {
    return this.options.kdfParams;
  }

  activity(): void {
    this.autoLock?.touch();
  }

  /** Replaces keys.json after a slot change; the in-memory copy follows only once it is on disk. */
  async saveKeyFile(keyFile: KeyFile): Promise<void> {
    const open = this.require();
    await writeKeyFileAtomic(path.join(open.dir, keyFileName), keyFile);
    open.keyFile = keyFile;
  }

  private auditOn(open: OpenWorkspace, action: AuditAction, entityType: string, entityId?: string | null): void {
    this.appendAudit(open.db, action, entityType, entityId);
  }

  private appendAudit(db: Db, action: AuditAction, entityType: string, entityId?: string | null): void {
    appendAudit(db, { actor: this.actor(), action, entityType, entityId }, () => this.ports.timers.now());
  }

  private attach(open: OpenWorkspace, lastBackupAt: string | null): void {
    this.current = open;
    rememberRecent(this.ports.preferences, open.dir);
    this.scheduleBackups(lastBackupAt);
    this.autoLock = startAutoLock(this.ports, (reason) => void this.lock(reason));
  }

  async backupNow(job: Job = quietJob('backup')): Promise<TakenBackup> {
    return this.backupOf(this.require(), job);
  }

  private async backupOf(open: OpenWorkspace, job: Job): Promise<TakenBackup> {
    const taken = await backupToBothFolders(open, this.ports.preferences.settings(), job, () => this.ports.timers.now());
    this.auditOn(open, 'backup.created', 'backup', taken.name);
    // Scheduled backups have nobody waiting on them: the window is told the copy's fate.
    if (taken.secondCopy) this.ports.emit('backup:second-copy', { problem: taken.secondCopy.written ? null : taken.secondCopy.message });
    return taken;
  }

  /** The cipher re-encrypting a workspace that uses `cipher` would move it to here, or null. */
  cipherTarget(cipher: WorkspaceCipher): WorkspaceCipher | null {
    return rekeyTarget(cipher, this.cipherChoice());
  }

  /** The cipher for new workspaces here, and whether this computer has AES instructions. */
  cipherChoice(): CipherChoice {
    return this.options.cpuFacts ? chooseCipher(this.options.cpuFacts) : cipherChoiceHere(this.ports.sqliteNativeBinding);
  }
}
