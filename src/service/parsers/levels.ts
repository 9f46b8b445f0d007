import { type LogLevel } from './types';

/** Level words of every format (log4cpp, logback, spdlog letters, logcat letters, pino numbers as text). */
const LEVELS = new Map<string, LogLevel>([
  ['TRACE', 'trace'],
  ['VERBOSE', 'trace'],
  ['NOTSET', 'trace'],
  ['DEBUG', 'debug'],
  ['INFO', 'info'],
  ['NOTICE', 'info'],
  ['WARN', 'warn'],
  ['WARNING', 'warn'],
  ['ERROR', 'error'],
  ['ERR', 'error'],
  ['CRIT', 'fatal'],
  ['CRITICAL', 'fatal'],
  ['ALERT', 'fatal'],
  ['EMERG', 'fatal'],
  ['FATAL', 'fatal'],
  ['PANIC', 'fatal'],
  ['V', 'trace'],
  ['T', 'trace'],
  ['D', 'debug'],
  ['I', 'info'],
  ['W', 'warn'],
  ['E', 'error'],
  ['C', 'fatal'],
  ['F', 'fatal'],
  ['A', 'fatal'],
]);

const PINO_LEVELS: ReadonlyArray<[number, LogLevel]> = [
  [60, 'fatal'],
  [50, 'error'],
  [40, 'warn'],
  [30, 'info'],
  [20, 'debug'],
  [10, 'trace'],
];

/** The level a word names, in any case; null for a word that is no level. */
export function levelOf(word: string): LogLevel | null {
  return LEVELS.get(word) ?? LEVELS.get(word.toUpperCase()) ?? null;
}

/** Numeric levels as pino and bunyan write them (30 info, 50 error). */
export function levelOfNumber(value: number): LogLevel | null {
  for (const [threshold, level] of PINO_LEVELS) {
    if (value >= threshold) {
      return level;
    }
  }
  return null;
}
