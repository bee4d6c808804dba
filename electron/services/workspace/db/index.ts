export { openWorkspaceDb, keyConnection, rekeyConnection, isWorkspaceCipher, workspaceCipher, workspaceCiphers, workspacePageSize, workspaceCacheKiB, dataKeyBytes, type OpenWorkspaceDbOptions, type WorkspaceCipher } from './open';
export { checkDatabase, type CheckMode, type CheckResult } from './check';
export { corruptDatabaseError, damagedWhileOpenError, isCorruptionError, newerVersionError, toWorkspaceDbError } from './errors';
export { workspaceDbName, workspaceDbPath, sqliteFiles } from './files';
export { readWorkspaceMeta, type WorkspaceMeta } from './meta';
export { systemClock, type Clock } from './clock';
export { chooseCipher, rekeyTarget, aesInstructions, cipherWithAes, cipherWithoutAes, type CipherChoice, type CpuFacts } from './cipher-choice';
export { cipherChoiceHere, readCpuFacts } from './cpu-facts';
