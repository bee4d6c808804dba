export { openWorkspaceDb, keyConnection, isWorkspaceCipher, workspaceCipher, workspaceCiphers, workspacePageSize, workspaceCacheKiB, dataKeyBytes, type OpenWorkspaceDbOptions, type WorkspaceCipher } from './open';
export { checkDatabase, type CheckMode, type CheckResult } from './check';
export { corruptDatabaseError, isCorruptionError, newerVersionError, toWorkspaceDbError } from './errors';
export { workspaceDbName, workspaceDbPath, sqliteFiles } from './files';
export { readWorkspaceMeta, type WorkspaceMeta } from './meta';
export { systemClock, type Clock } from './clock';
