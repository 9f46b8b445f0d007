import { KktError } from '../errors';

/** Query strings as Fastify hands them over: a value, or a list when the key repeats. */
export type Query = Record<string, string | string[] | undefined>;

const MAX_LIMIT = 1000;

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) {
    throw new KktError('BAD_PARAMETER', `${name} is given more than once; use a comma-separated list`);
  }
  return value === undefined || value === '' ? undefined : value;
}

/** For routes that take no query parameters. */
export const NO_PARAMETERS: readonly string[] = [];

/** Refuses parameters a route does not know, so a misspelt filter is an error rather than ignored. */
export function onlyKnown(query: Query, known: readonly string[]): void {
  const unknown = Object.keys(query).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const accepted = known.length > 0 ? `it accepts ${known.join(', ')}` : 'it takes none';
    throw new KktError('BAD_PARAMETER', `unknown parameter ${unknown.map((n) => `"${n}"`).join(', ')}; ${accepted}`);
  }
}

export function paging(query: Query, defaultLimit = 100): { limit: number; offset: number } {
  return {
    limit: integer(query, 'limit', 1, MAX_LIMIT) ?? defaultLimit,
    offset: integer(query, 'offset', 0, Number.MAX_SAFE_INTEGER) ?? 0,
  };
}

export function integer(query: Query, name: string, min: number, max: number): number | undefined {
  const text = single(query, name);
  if (text === undefined) {
    return undefined;
  }

  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max) {
    throw new KktError('BAD_PARAMETER', `${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/** A date, or a date and time with its zone; a time without a zone would be read in nobody's zone. */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A time as ISO 8601 (a date alone is midnight UTC), Unix seconds or Unix milliseconds; returns UTC ms. */
export function time(query: Query, name: string): number | undefined {
  const text = single(query, name);
  if (text === undefined) {
    return undefined;
  }

  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    // Grafana sends milliseconds, people type seconds: a 10-digit number is seconds until 2286.
    return n < 1e11 ? Math.round(n * 1000) : Math.round(n);
  }
  return isoTime(name, text);
}

function isoTime(name: string, text: string): number {
  const match = ISO_TIME.exec(text);
  if (!match) {
    throw new KktError('BAD_PARAMETER', `${name} must be an ISO 8601 time or a Unix timestamp, got "${text}"`);
  }

  const [, year, month, day, hour, , , zone] = match;
  if (hour !== undefined && zone === undefined) {
    throw new KktError('BAD_PARAMETER', `${name} "${text}" has no time zone: add Z or an offset such as +03:00`);
  }
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    throw new KktError('BAD_PARAMETER', `${name} "${text}" is not a date in the calendar`);
  }
  const parsed = Date.parse(text.replace(' ', 'T'));
  if (Number.isNaN(parsed)) {
    throw new KktError('BAD_PARAMETER', `${name} "${text}" is not a valid time`);
  }
  return parsed;
}

/** A comma-separated list, each item checked against the allowed values when given. */
export function list<T extends string>(query: Query, name: string, allowed?: readonly T[]): T[] | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') {
    return undefined;
  }

  const items = (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  for (const item of items) {
    if (allowed && !allowed.includes(item as T)) {
      throw new KktError('BAD_PARAMETER', `${name} "${item}" is not one of: ${allowed.join(', ')}`);
    }
  }
  return items as T[];
}

export function boolean(query: Query, name: string): boolean | undefined {
  const text = single(query, name);
  if (text === undefined) {
    return undefined;
  }
  if (text !== 'true' && text !== 'false') {
    throw new KktError('BAD_PARAMETER', `${name} must be true or false, got "${text}"`);
  }
  return text === 'true';
}

export function text(query: Query, name: string): string | undefined {
  return single(query, name);
}

export function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
