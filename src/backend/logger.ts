import { hclogLine } from './guard';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

/** Keys whose values never reach a line, at any depth. */
const SECRET_KEY = /api[-_]?key|authorization|token|password|secret|cookie/i;

export interface Logger {
  trace(fields: Record<string, unknown> | string, message?: string): void;
  debug(fields: Record<string, unknown> | string, message?: string): void;
  info(fields: Record<string, unknown> | string, message?: string): void;
  warn(fields: Record<string, unknown> | string, message?: string): void;
  error(fields: Record<string, unknown> | string, message?: string): void;
  child(fields: Record<string, unknown>): Logger;
}

/**
 * The backend's one logger: hclog JSON lines on stderr (@level, @message, @timestamp and key/values),
 * which the plugin host re-logs at the same level. Context first, message second, as in the service.
 */
export function createLogger(level: LogLevel = 'info', write: (line: string) => void = stderrWrite): Logger {
  return makeLogger(RANK[level], {}, write);
}

/** The level from KKT_BACKEND_LOG_LEVEL, else info. */
export function levelFromEnv(env: NodeJS.ProcessEnv): LogLevel {
  const value = env.KKT_BACKEND_LOG_LEVEL?.toLowerCase();
  return isLevel(value) ? value : 'info';
}

function isLevel(value: string | undefined): value is LogLevel {
  return value !== undefined && Object.hasOwn(RANK, value);
}

function makeLogger(threshold: number, base: Record<string, unknown>, write: (line: string) => void): Logger {
  const at =
    (level: LogLevel) =>
    (fields: Record<string, unknown> | string, message?: string): void => {
      if (RANK[level] < threshold) {
        return;
      }
      const [context, text] = typeof fields === 'string' ? [{}, fields] : [fields, message ?? ''];
      write(hclogLine(level, text, redact({ ...base, ...context })));
    };

  return {
    trace: at('trace'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (fields) => makeLogger(threshold, { ...base, ...fields }, write),
  };
}

/** Copies the fields with secrets masked and errors reduced to their message. */
export function redact(fields: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = SECRET_KEY.test(key) ? '[redacted]' : clean(value, depth);
  }
  return out;
}

function clean(value: unknown, depth: number): unknown {
  if (value instanceof Error) {
    return value.message;
  }
  if (depth < 4 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return redact(Object.fromEntries(Object.entries(value)), depth + 1);
  }
  return value;
}

function stderrWrite(line: string): void {
  process.stderr.write(line);
}
