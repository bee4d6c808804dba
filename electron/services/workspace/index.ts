/** The encrypted workspace: its session, keys, backups and audit log, as other domains see it. */
export { WorkspaceSession, type CreateOptions, type SessionOptions } from './session/session';
export { forgetRecent, listRecent } from './session/recent';
export { openDemo } from './session/demo';
export { unlockOptions } from './session/unlock-options';
export { resetAfterRecovery, resetClosedMessage } from './session/recovery';
export { auditHead, formatAnchor, listAudit, verifyAudit, type AuditAction } from './audit';
export { listBackups, listSecondBackups, type BackupInfo } from './backup';
export { workspaceName } from './session/open-workspace';
export type { TakenBackup } from './session/second-backup';
export { addKeychainSlot, changePassphrase, removeKeychainSlot, replaceRecoveryCode, unlockWithPassphrase } from './keys';
export { chooseCipher, cipherChoiceHere, rekeyTarget, type CipherChoice, type CpuFacts } from './db';
export { rekeyOpenWorkspace, type RekeyOutcome, type WriteCopy } from './rekey';
export { lockFileName, readLock } from './lock';
export type { KeychainPort } from './keys';
export { damagedWhileOpenError, isCorruptionError } from './db';
