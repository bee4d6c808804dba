export { acquireLock, readLock, processIsAlive, lockFileName, type AcquireLockOptions, type LockInfo, type WorkspaceLock } from './lock';
/** The name the workspace session uses for a held lock. */
export type { WorkspaceLock as LockHandle } from './lock';
