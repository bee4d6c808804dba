/**
 * Errors the user can act on. Every failure that crosses IPC or reaches the CLI is one of
 * these codes plus a message that says what happened and what to do next.
 */
export const errorCodes = [
  'validation', // input did not match the contract (a bug in the caller or a bad file)
  'not-found',
  'forbidden', // the request came from somewhere other than the app's own page
  'unavailable', // something the app depends on is missing on this machine
  'internal', // a bug: the message never carries details, they go to the log
  'wrong-secret', // a passphrase or recovery code that does not unlock the workspace: ask again
  'corrupt', // a workspace file is damaged or was changed outside the app: restore it from a copy
  'newer-version', // made by a newer version of the app: update the app; the file is left untouched
  'locked', // the workspace is open for writing in another window, app or computer: close it there
  'stale-lock', // a lock left by an app that is no longer running: the user may break it
  'cancelled', // the user stopped a long operation (an import): nothing of it was kept
  'busy', // the same work is already running (two imports of one file): wait for it or cancel it
  'same-file', // the review already has this very file (same SHA-256): the user may import it again on purpose
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

/** For exhaustive switches: the compiler proves this is never reached. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
