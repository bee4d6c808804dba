/** Where the CLI writes, injectable so tests can read what a user would see. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Set when stderr is a terminal (a progress line shows only there, cut to its width). */
  errTerminal?: { columns: number } | undefined;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errTerminal: process.stderr.isTTY ? { columns: process.stderr.columns ?? 0 } : undefined,
};

/** Exit codes: 0 success, 1 a user-facing error, 2 a usage error. */
export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;
