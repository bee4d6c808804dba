export { createBackup, listBackups, restoreBackup, backupsDir, backupsDirName, defaultKeep, type BackupInfo, type CreateBackupOptions, type RestoreOptions, type RestoreResult } from './backup';
export { scheduleBackups, type BackupSchedule, type ScheduleOptions, type Timers } from './scheduler';
export { backupName, parseBackupName, type BackupKind } from './names';
