/**
 * One named logger per module. Logs go to stderr and carry codes, channel names and counts —
 * never workspace content, names or paths chosen by the user.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, fields?: Record<string, string | number | boolean>): void;
  info(message: string, fields?: Record<string, string | number | boolean>): void;
  warn(message: string, fields?: Record<string, string | number | boolean>): void;
  error(message: string, fields?: Record<string, string | number | boolean>): void;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Set by a host that owns stderr (the CLI); undefined means PRW_LOG_LEVEL, else warnings and up. */
let override: LogLevel | 'silent' | undefined;

/**
 * Lets a host decide what reaches stderr: the CLI keeps it to its own one-line message unless
 * asked for more, since log lines there read as part of the answer. Returns the previous setting.
 */
export function setLogThreshold(level: LogLevel | 'silent' | undefined): LogLevel | 'silent' | undefined {
  const previous = override;
  override = level;
  return previous;
}

/** The level PRW_LOG_LEVEL asks for, if it names one. */
export function environmentLogLevel(): LogLevel | undefined {
  const wanted = process.env.PRW_LOG_LEVEL;
  return wanted !== undefined && wanted in order ? (wanted as LogLevel) : undefined;
}

function threshold(): number {
  if (override === 'silent') return Number.POSITIVE_INFINITY;
  return order[override ?? environmentLogLevel() ?? 'warn'];
}

export function createLogger(name: string): Logger {
  const write = (level: LogLevel) => (message: string, fields?: Record<string, string | number | boolean>) => {
    if (order[level] < threshold()) return;
    const extra = fields ? ' ' + JSON.stringify(fields) : '';
    process.stderr.write(`[${new Date().toISOString()}] ${level} ${name}: ${message}${extra}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
