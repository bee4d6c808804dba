/** Re-encrypting a workspace with another page cipher, crash-safe (see rekey.ts for the order of writes). */
export { rekeyOpenWorkspace, type RekeyOutcome, type RekeyRequest } from './rekey';
export { openRecordedCipher, recordFoundCipher, type OpenedWorkspaceDb } from './open-recorded';
export { writeReencryptedCopy, type CopyRequest, type WriteCopy } from './copy';
export { verifyCopy, tableCounts, type TableCounts } from './verify';
