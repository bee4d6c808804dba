/** Where the CLI writes, injectable so tests can read what a user would see. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit codes: 0 success, 1 a user-facing error, 2 a usage error. */
export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;
