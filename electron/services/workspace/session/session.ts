/**
 * The workspace session: at most one workspace is unlocked at a time. It owns the open database
 * and the data key, runs scheduled backups and auto-lock while unlocked, and forgets everything on
 * lock. Every operation the app, the CLI and the test host offer on a workspace goes through here.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import { workspaceExtension, type LockReason, type UnlockMethod, type WorkspaceStatus } from '../../../../shared/workspace';
import { createLogger } from '../../log';
import type { Ports } from '../../ports';
import type { Db } from '../../sqlite';
import { appendAudit, type AuditAction } from '../audit';
import { createBackup, listBackups, restoreBackup, scheduleBackups, type BackupSchedule } from '../backup';
import { workspaceDbPath } from '../db/files';
import { toWorkspaceDbError } from '../db/errors';
import { readWorkspaceMeta } from '../db/meta';
import { openWorkspaceDb, workspaceCipher } from '../db/open';
import {
  createKeyFile,
  describeSlots,
  generateRecoveryCode,
  keyFileName,
  readKeyFile,
  unlockWithKeychain,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  writeKeyFileAtomic,
  type KeyFile,
  type ScryptCost,
} from '../keys';
import { acquireLock } from '../lock';
import { migrate, pendingMigrations } from '../migrations';
import { closeWorkspace, workspaceName, type OpenWorkspace } from './open-workspace';
import { rememberRecent } from './recent';
import { startAutoLock, type AutoLock } from './auto-lock';

const log = createLogger('workspace.session');

export interface SessionOptions {
  /** Cheaper scrypt for tests; real workspaces use the default cost. */
  kdfParams?: ScryptCost;
}

export class WorkspaceSession {
  private current: OpenWorkspace | null = null;
  private backups: BackupSchedule | null = null;
  private autoLock: AutoLock | null = null;

  constructor(
    private readonly ports: Ports,
    private readonly options: SessionOptions = {},
  ) {}

  status(): WorkspaceStatus {
    const open = this.current;
    if (!open) return { state: 'closed' };
    return {
      state: 'open',
      path: open.dir,
      name: open.name,
      slots: describeSlots(open.keyFile).map(({ kind, createdAt, backend }) => ({ kind, createdAt, ...(backend ? { backend } : {}) })),
      schemaVersion: open.db.pragma('user_version', { simple: true }) as number,
      createdAt: open.meta.createdAt,
      lastBackupAt: open.lastBackupAt,
    };
  }

  /** The open workspace, or a clear error telling the user to unlock one. */
  require(): OpenWorkspace {
    if (!this.current) throw new AppError('forbidden', 'No workspace is unlocked. Unlock the workspace, then try again.');
    return this.current;
  }

  async create(parentDir: string, name: string, passphrase: string): Promise<{ path: string; recoveryCode: string }> {
    const dir = path.join(parentDir, name + workspaceExtension);
    await this.lock('user');
    try {
      await mkdir(dir, { recursive: false, mode: 0o700 });
    } catch (error) {
      throw (error as NodeJS.ErrnoException).code === 'EEXIST'
        ? new AppError('validation', `There is already a folder called "${path.basename(dir)}" there. Choose another name or folder.`)
        : new AppError('unavailable', 'The workspace folder could not be created. Check that you can save files in the folder you chose.');
    }
    const dataKey = randomBytes(32);
    const recoveryCode = generateRecoveryCode();
    try {
      const keyFile = await createKeyFile({ dataKey, passphrase, recoveryCode, cipher: workspaceCipher, kdfParams: this.options.kdfParams });
      const lock = await acquireLock(dir, { app: this.ports.app.name });
      try {
        // Created empty and private first: SQLite gives -wal and -shm the database file's permissions.
        await writeFile(workspaceDbPath(dir), '', { mode: 0o600, flag: 'wx' });
        const db = openWorkspaceDb(workspaceDbPath(dir), dataKey, { nativeBinding: this.ports.sqliteNativeBinding, create: true });
        migrate(db, { appVersion: this.ports.app.version, now: () => this.ports.timers.now() });
        // keys.json last: a folder without it is visibly unfinished, never a workspace nobody can open.
        await writeKeyFileAtomic(path.join(dir, keyFileName), keyFile);
        this.attach({ dir, name: workspaceName(dir), db, dataKey, keyFile, lock, meta: readWorkspaceMeta(db), lastBackupAt: null }, null);
      } catch (error) {
        lock.release();
        throw error;
      }
    } catch (error) {
      dataKey.fill(0);
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    this.audit('workspace.created', 'workspace', this.current!.meta.workspaceId);
    return { path: dir, recoveryCode };
  }

  async unlock(dir: string, method: UnlockMethod, secret: string | undefined, breakStaleLock = false): Promise<WorkspaceStatus> {
    await this.lock('user');
    const keyFile = await readKeyFile(path.join(dir, keyFileName));
    const dataKey = await this.unwrap(keyFile, method, secret);
    try {
      const lock = await acquireLock(dir, { app: this.ports.app.name, breakStale: breakStaleLock });
      try {
        const db = openWorkspaceDb(workspaceDbPath(dir), dataKey, { nativeBinding: this.ports.sqliteNativeBinding, cipher: keyFile.cipher });
        try {
          await this.backupBeforeMigrating(db, dir);
          migrate(db, { appVersion: this.ports.app.version, now: () => this.ports.timers.now() });
          const meta = readWorkspaceMeta(db);
          // The first write: a damaged page anywhere the log touches shows up now, not mid-task.
          this.appendAudit(db, 'workspace.unlocked', 'workspace', meta.workspaceId);
          const lastBackupAt = (await listBackups(dir)).find((backup) => backup.kind === 'backup')?.createdAt ?? null;
          this.attach({ dir, name: workspaceName(dir), db, dataKey, keyFile, lock, meta, lastBackupAt }, lastBackupAt);
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

  async unwrap(keyFile: KeyFile, method: UnlockMethod, secret: string | undefined): Promise<Buffer> {
    switch (method) {
      case 'passphrase':
        return unlockWithPassphrase(keyFile, requireSecret(secret, 'passphrase'));
      case 'recovery-code':
        return unlockWithRecoveryCode(keyFile, requireSecret(secret, 'recovery code'));
      case 'keychain':
        if (!this.ports.keychain) throw new AppError('unavailable', "This computer's keychain cannot be used here. Unlock with your passphrase or recovery code.");
        return unlockWithKeychain(keyFile, this.ports.keychain);
    }
  }

  /** Locks whatever is open. Safe to call when nothing is. */
  async lock(reason: LockReason): Promise<WorkspaceStatus> {
    const open = this.current;
    if (!open) return { state: 'closed' };
    this.current = null;
    this.autoLock?.stop();
    this.autoLock = null;
    const backups = this.backups;
    this.backups = null;
    await backups?.stop();
    try {
      this.auditOn(open, 'workspace.locked', 'workspace', open.meta.workspaceId);
    } finally {
      closeWorkspace(open);
    }
    log.info('locked', { reason });
    this.ports.emit('workspace:locked', { reason });
    return { state: 'closed' };
  }

  /** Who the local user is, as the audit log and the register of exports name them. */
  actor(): string {
    return this.ports.preferences.settings().displayName;
  }

  /** Records an action by the local user on the open workspace. */
  audit(action: AuditAction, entityType: string, entityId?: string | null): void {
    this.auditOn(this.require(), action, entityType, entityId);
  }

  /**
   * Puts a backup in place of workspace.db, then opens the workspace. Works on a locked workspace
   * (that is how a damaged one is recovered), so it unwraps the key itself; the replaced file is
   * kept in backups/ by restoreBackup.
   */
  async restore(dir: string, backup: string, method: UnlockMethod, secret: string | undefined): Promise<WorkspaceStatus> {
    // The secret is checked before anything closes: a typo must not lock the open workspace.
    const keyFile = await readKeyFile(path.join(dir, keyFileName));
    const dataKey = await this.unwrap(keyFile, method, secret);
    try {
      if (this.current) await this.lock('restore');
      const lock = await acquireLock(dir, { app: this.ports.app.name });
      try {
        await restoreBackup(dir, backup, dataKey, {
          nativeBinding: this.ports.sqliteNativeBinding,
          cipher: keyFile.cipher,
          clock: () => this.ports.timers.now(),
        });
      } finally {
        lock.release();
      }
    } finally {
      dataKey.fill(0);
    }
    const status = await this.unlock(dir, method, secret);
    this.audit('backup.restored', 'backup', backup);
    return status;
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

  async backupNow() {
    const open = this.require();
    const info = await createBackup(open.db, open.dir, {
      keep: this.ports.preferences.settings().backupsToKeep,
      clock: () => this.ports.timers.now(),
    });
    open.lastBackupAt = info.createdAt;
    this.auditOn(open, 'backup.created', 'backup', info.name);
    return info;
  }
}

function requireSecret(secret: string | undefined, what: string): string {
  if (!secret) throw new AppError('validation', `Enter the ${what}.`);
  return secret;
}
