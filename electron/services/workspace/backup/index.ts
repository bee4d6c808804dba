export { createBackup, errorCode, listBackups, listBackupsIn, backupsDir, backupsDirName, defaultKeep, type BackupInfo, type CreateBackupOptions } from './backup';
export { restoreBackup, prepareRestore, type PreparedRestore, type RestoreOptions, type RestoreResult } from './restore';
export { scheduleBackups, type BackupSchedule, type ScheduleOptions, type Timers } from './scheduler';
export { backupName, parseBackupName, type BackupKind } from './names';
export { copyToSecondFolder, listSecondBackups, secondBackupDir, secondCopyFailedMessage, type SecondBackupInfo, type SecondCopy } from './second-copy';
