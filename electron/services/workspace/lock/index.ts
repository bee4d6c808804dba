export { acquireLock, readLock, lockFileName, type AcquireLockOptions, type WorkspaceLock } from './lock';
export type { LockInfo } from './lock-info';
export { LockError, forCommandLine, formatLockTime, type LockSurface } from './messages';
export { appInstanceId, processIsAlive, processStartOf } from './process-identity';
/** The name the workspace session uses for a held lock. */
export type { WorkspaceLock as LockHandle } from './lock';
