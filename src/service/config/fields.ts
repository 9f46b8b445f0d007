import { z } from 'zod';

import { isValidTimeZone } from '../domain/time';

/**
 * Field types shared by every configuration section. Values may come from ${VAR} expansion, which
 * always yields text, so numbers and booleans also accept their text form.
 */

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses Prometheus-style durations ("90s", "5m", "1h30m") to milliseconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const parts = text.trim().match(/^((\d+)(ms|s|m|h|d|w))+$/);
  if (!parts) {
    return null;
  }

  let total = 0;
  for (const [, amount, unit] of text.trim().matchAll(/(\d+)(ms|s|m|h|d|w)/g)) {
    total += Number(amount) * UNITS[unit];
  }
  return total;
}

export function formatDuration(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const) {
    if (ms >= size && ms % size === 0) {
      return `${ms / size}${unit}`;
    }
  }
  return `${ms}ms`;
}

/** A duration written as "30s", "5m", "1h"; yields milliseconds. */
export const duration = (min = 0) =>
  z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `write a duration with its unit, such as ${issue.input}s or ${issue.input}ms`
          : undefined,
    })
    .describe('duration such as 500ms, 30s, 5m, 1h or 1d')
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === null) {
        ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration (write it as 500ms, 30s, 5m, 1h or 1d)` });
        return z.NEVER;
      }
      if (ms < min) {
        ctx.addIssue({ code: 'custom', message: `${text} is too short (at least ${formatDuration(min)})` });
        return z.NEVER;
      }
      return ms;
    });

const numericText = (value: unknown) =>
  typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;

export const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(numericText, z.number().int().min(min).max(max));

export const number = (min: number, max: number) => z.preprocess(numericText, z.number().min(min).max(max));

export const bool = () =>
  z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean());

export const timeZone = () =>
  z
    .string()
    .describe('IANA time zone such as Europe/Moscow or Asia/Krasnoyarsk')
    .superRefine((zone, ctx) => {
      if (!isValidTimeZone(zone)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown time zone "${zone}" (use an IANA name such as Europe/Moscow)`,
        });
      }
    });

/** "host:port" to listen on or reach; the host may be a name, IPv4 or [IPv6], the port 0 to 65535. */
export const hostPort = () =>
  z
    .string({
      error: (issue) =>
        typeof issue.input === 'number' ? `expected host:port such as 127.0.0.1:${issue.input}` : undefined,
    })
    .regex(/^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, {
      error: (issue) => `expected host:port such as 127.0.0.1:9877, got ${JSON.stringify(issue.input)}`,
      abort: true,
    })
    .refine((value) => Number(value.slice(value.lastIndexOf(':') + 1)) <= 65535, {
      error: 'the port must be from 0 to 65535',
    });

/** An API key; an empty one (a variable left unset with ${VAR:-}) is allowed and means no key. */
export const apiKey = () =>
  z.string().refine((key) => key === '' || key.length >= 16, {
    error: 'an API key needs at least 16 characters (an empty one, e.g. from ${KKT_API_KEY:-}, is left out)',
  });

export function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

export const httpUrl = () => z.string().refine(isHttpUrl, { error: 'expected an http:// or https:// URL' });

/** A regular expression, checked to compile. */
export const regex = () =>
  z.string().superRefine((value, ctx) => {
    try {
      new RegExp(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
    }
  });
