/**
 * The page ciphers a workspace can use, and how the app and `prw` name them to people. The core
 * decides which one a computer should use (electron/services/workspace/db/cipher-choice.ts); these
 * are only the names and the words.
 */
export const workspaceCipherNames = ['aegis', 'chacha20', 'sqlcipher'] as const;
export type WorkspaceCipherName = (typeof workspaceCipherNames)[number];

/** Whether this computer's processor has the AES instructions AEGIS-256 needs to run fast and in constant time. */
export type AesInstructions = 'present' | 'absent' | 'unknown';

export interface WorkspaceEncryption {
  /** The cipher this workspace's database is encrypted with (recorded in keys.json). */
  cipher: WorkspaceCipherName;
  aes: AesInstructions;
  /** The cipher re-encrypting would move it to on this computer, or null when it is already right. */
  rekeyTo: WorkspaceCipherName | null;
}

/** The cipher's name as a user reads it: no pragma names. */
export function cipherName(cipher: WorkspaceCipherName): string {
  switch (cipher) {
    case 'aegis':
      return 'AES-based AEGIS-256';
    case 'chacha20':
      return 'ChaCha20-Poly1305';
    case 'sqlcipher':
      return 'AES-256 (SQLCipher)';
  }
}

/** The name with what it means on this computer, e.g. "AES-based AEGIS-256, using this computer’s AES instructions". */
export function describeCipher(cipher: WorkspaceCipherName, aes: AesInstructions): string {
  if (cipher !== 'aegis') return cipherName(cipher);
  switch (aes) {
    case 'present':
      return `${cipherName(cipher)}, using this computer’s AES instructions`;
    case 'absent':
      return `${cipherName(cipher)} (this computer has no AES instructions, so it runs more slowly here)`;
    case 'unknown':
      return cipherName(cipher);
  }
}
