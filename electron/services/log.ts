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

function threshold(): number {
  const wanted = process.env.PRW_LOG_LEVEL as LogLevel | undefined;
  return order[wanted ?? 'warn'] ?? order.warn;
}

export function createLogger(name: string): Logger {
  const write = (level: LogLevel) => (message: string, fields?: Record<string, string | number | boolean>) => {
    if (order[level] < threshold()) return;
    const extra = fields ? ' ' + JSON.stringify(fields) : '';
    process.stderr.write(`[${new Date().toISOString()}] ${level} ${name}: ${message}${extra}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
