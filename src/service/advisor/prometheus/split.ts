import { type TimeRange } from '../series';

/** Prometheus refuses a range query with more than 11,000 points per series. */
export const MAX_POINTS_PER_SERIES = 11_000;

/**
 * Splits a range into consecutive ranges of at most `maxPoints` evaluations each, on the same grid:
 * together they evaluate exactly the times the whole range would.
 */
export function splitRange(range: TimeRange, maxPoints = MAX_POINTS_PER_SERIES): TimeRange[] {
  const parts: TimeRange[] = [];
  const span = (maxPoints - 1) * range.step;
  for (let start = range.start; start <= range.end; start += span + range.step) {
    parts.push({ start, end: Math.min(range.end, start + span), step: range.step });
  }
  return parts;
}
