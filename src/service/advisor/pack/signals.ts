import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../domain/time';
import { bin, days, type Expr, num, selector, shifted, time } from '../promql/ast';
import { type RuleParams, type Season } from './types';

/** The labels every per-register series carries: its id, and the scrape target it came from. */
export const DEVICE_LABELS = ['device_id', 'instance', 'job'] as const;

export const SEASON_SECONDS: Record<Season, number> = { '1d': 86_400, '1w': 604_800 };

/** Seconds since the timestamp in the metric. */
export const age = (metric: string): Expr => bin('-', time(), selector(metric));

/** Seconds until the timestamp in the metric. */
export const remaining = (metric: string): Expr => bin('-', selector(metric), time());

/**
 * Drops per-register alerts from a kkt-monitor instance while one of its collectors is failing: the
 * registers behind a failed collector look silent and unreachable, and one KktCollectorDown says it
 * better than a page per register. Series carry no collector label, so the guard covers the instance.
 */
export function unlessCollectorDown(expr: Expr): Expr {
  return bin('unless', expr, bin('==', selector('kkt_collector_success'), num(0)), ['instance']);
}

/**
 * A level alert with seasonal baselines: the condition holds now, unless it also held at the same time
 * on every chosen past day (yesterday, a week ago). Nightly silences recur and are dropped; a register
 * that stays down keeps alerting, since a week ago it was fine.
 */
export function unlessSeasonal(condition: (signal: Expr) => Expr, signal: Expr, seasons: readonly Season[]): Expr {
  const now = condition(signal);
  if (seasons.length === 0) {
    return now;
  }

  const past = seasons.map((season) => condition(shifted(signal, SEASON_SECONDS[season])));
  const recurring = past.reduce((all, p) => bin('and', all, p, ['device_id']));
  return bin('unless', now, recurring, ['device_id']);
}

/** A threshold in seconds, written as days when it is a whole number of days. */
export function dayCount(seconds: number): Expr {
  return seconds % 86_400 === 0 ? days(seconds / 86_400) : num(seconds);
}

export function params(threshold: number, forMs: number, rest: Partial<RuleParams> = {}): RuleParams {
  return { threshold, forMs, keepFiringForMs: 0, seasons: [], ...rest };
}

export { DAY_MS, HOUR_MS, MINUTE_MS };
