import { type SourceTime, parseSourceTime } from '../../domain/dates';
import { type Logger } from '../../logger';
import { type z } from 'zod';

/** A time written in the register's wall clock unless it carries a zone. */
export const localTime = (value: unknown): SourceTime | null => parseSourceTime(value, 'local');

/** A time the operator states in UTC, with or without the zone written. */
export const utcTime = (value: unknown): SourceTime | null => parseSourceTime(value, 'utc');

/** A whole number sent as a number or as digits. */
export function wholeNumber(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : null;
}

/** Money already in kopecks: an integer. A fraction here means the operator sent rubles by mistake. */
export function kopecksOf(value: unknown): number | null {
  return wholeNumber(value);
}

/** 0/1 flags and booleans. */
export function flagOf(value: unknown): boolean | null {
  if (value === true || value === 1 || value === '1') {
    return true;
  }
  return value === false || value === 0 || value === '0' ? false : null;
}

/**
 * Narrows each record of a list on its own: one malformed register or document is skipped and logged,
 * the rest of the answer is kept.
 */
export function eachValid<S extends z.ZodType>(
  records: readonly unknown[],
  schema: S,
  log: Logger,
  what: string
): Array<z.output<S>> {
  const valid: Array<z.output<S>> = [];
  let skipped = 0;
  for (const record of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      valid.push(parsed.data);
    } else {
      skipped++;
    }
  }
  if (skipped > 0) {
    log.warn({ skipped, kept: valid.length }, `${what} skipped: not in the shape the operator documents`);
  }
  return valid;
}

/** FN warning flags from the four signs of a close-shift report (tags 1051, 1050, 1052, 1053). */
export function fnFlagsFromSigns(signs: {
  replace?: unknown;
  exhaustion?: unknown;
  memory?: unknown;
  ofdTimeout?: unknown;
}): number | null {
  const bits: Array<[unknown, number]> = [
    [signs.replace, 0x01],
    [signs.exhaustion, 0x02],
    [signs.memory, 0x04],
    [signs.ofdTimeout, 0x08],
  ];
  if (bits.every(([value]) => flagOf(value) === null)) {
    return null;
  }
  return bits.reduce((flags, [value, bit]) => (flagOf(value) ? flags | bit : flags), 0);
}
