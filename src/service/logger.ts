import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths whose values never reach a log line, whatever object they sit in. */
const REDACT = [
  'password',
  'token',
  'apiKey',
  'secret',
  'sid',
  'authorization',
  '*.password',
  '*.token',
  '*.apiKey',
  '*.secret',
  '*.sid',
  '*.authorization',
  'headers.authorization',
  'headers["x-api-key"]',
  'config.*.password',
  'config.*.token',
];

export interface LoggerOptions {
  level?: string;
  /** Where lines go; tests pass a stream to read them back. */
  destination?: pino.DestinationStream;
}

/** The service's one logger: JSON lines on stderr, secrets redacted. Children carry collector or device. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.KKT_LOG_LEVEL ?? 'info',
      base: { service: 'kkt-monitor' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? pino.destination(2)
  );
}

/** A logger that drops everything, for tests and offline commands. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
