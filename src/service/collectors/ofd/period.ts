import { type WallClockStyle, formatWallClock } from '../../domain/dateFormat';
import { DAY_MS, utcToLocal } from '../../domain/time';
import { type Period } from './contract';

/** Documents older than this cannot be unsent any more: the FN blocks the register at 30 days. */
const MAX_LOOKBACK_MS = 31 * DAY_MS;

export interface PlanOptions {
  now: number;
  /** Where the last poll ended (an instant), or null for a register never collected. */
  collectedUntil: number | null;
  historyMs: number;
  overlapMs: number;
  maxPeriodMs: number;
  settleMs: number;
  /** Oldest document the OFD had not received: it will arrive later, stamped with its own old time. */
  oldestUnsentAt: number | null;
  timeZone: string;
}

/** The periods one poll asks for, oldest first, each no longer than the operator accepts. */
export function planPeriods(options: PlanOptions): Period[] {
  const { now, collectedUntil, oldestUnsentAt, timeZone, maxPeriodMs } = options;
  const end = now - options.settleMs;
  let start = collectedUntil === null ? now - options.historyMs : collectedUntil - options.overlapMs;
  if (oldestUnsentAt !== null) {
    start = Math.min(start, oldestUnsentAt);
  }
  start = Math.max(start, now - MAX_LOOKBACK_MS);

  const periods: Period[] = [];
  for (let from = start; from < end; from += maxPeriodMs) {
    periods.push({ from, to: Math.min(end, from + maxPeriodMs), timeZone });
  }
  return periods;
}

/**
 * The periods a first poll reaches back over when its window showed no shift document: from the window's
 * start back to the oldest a poll reads, newest first.
 */
export function lookbackPeriods(end: number, now: number, maxPeriodMs: number, timeZone: string): Period[] {
  const periods: Period[] = [];
  for (let to = end; to > now - MAX_LOOKBACK_MS; to -= maxPeriodMs) {
    periods.push({ from: Math.max(now - MAX_LOOKBACK_MS, to - maxPeriodMs), to, timeZone });
  }
  return periods;
}

/** A period bound written for a query: in the register's wall clock, or in UTC for operators that want it. */
export function writeBound(instant: number, period: Period, style: WallClockStyle, zone: 'local' | 'utc'): string {
  return formatWallClock(zone === 'local' ? utcToLocal(instant, period.timeZone) : instant, style);
}
