/** keys.json: the workspace's key slots (see schema.ts for the format, key-file.ts for the operations). */
export {
  addKeychainSlot,
  changeCipher,
  changePassphrase,
  createKeyFile,
  describeSlots,
  recordAuditAnchor,
  removeKeychainSlot,
  replaceRecoveryCode,
  unlockWithKeychain,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  verifyKeyFile,
  wrongPassphraseMessage,
  wrongRecoveryCodeMessage,
  type CreateKeyFileInput,
  type SlotDescription,
  type SlotOptions,
} from './key-file';
export { keyFileDamagedMessage, parseKeyFile, readKeyFile, serialiseKeyFile, writeKeyFileAtomic } from './key-file-io';
export { computeChecksum } from './slot-crypto';
export { defaultScryptCost, deriveKey, type ScryptCost, type ScryptParams } from './kdf';
export type { KeychainPort } from './keychain';
export { generateRecoveryCode, normaliseRecoveryCode, recoveryCodeBits } from './recovery-code';
export { keyFileName, type KeyFile, type SlotKind } from './schema';
