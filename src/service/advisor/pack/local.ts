import { bin, type Expr, num, shifted } from '../promql/ast';
import { BURN_WINDOWS, burnThreshold, errorShare } from './burnRate';
import { SEASON_SECONDS, unlessCollectorDown } from './signals';
import { type LocalCondition, type Season } from './types';

const value = (values: Readonly<Record<string, number>>, name: string) => values[name] ?? Number.NaN;

/** unlessCollectorDown(unlessSeasonal(s > t)), in pieces: the signal now, and at each seasonal offset. */
export function seasonalLocal(signal: Expr): LocalCondition {
  return {
    pieces: (bound, seasons) => ({
      now: unlessCollectorDown(bin('>', signal, num(bound))),
      ...Object.fromEntries(seasons.map((s) => [s, bin('>', shifted(signal, SEASON_SECONDS[s]), num(bound))])),
    }),
    holds: (v, p) =>
      value(v, 'now') > p.threshold && !(p.seasons.length > 0 && p.seasons.every((s) => value(v, s) > p.threshold)),
  };
}

/** The rate under a fraction of its baseline at a seasonal offset, counting only a busy baseline. */
export function belowBaseline(rate: Expr, season: Season, fraction: number, busy: Expr): Expr {
  const baseline = shifted(rate, SEASON_SECONDS[season]);
  return bin('and', bin('<', bin('/', rate, baseline), num(fraction)), bin('>', baseline, busy));
}

/** Below a fraction of every busy baseline, in pieces: one per baseline, filtered at the loosest fraction. */
export function belowBaselinesLocal(rate: Expr, busy: Expr, defaultSeasons: readonly Season[]): LocalCondition {
  const chosen = (seasons: readonly Season[]) => (seasons.length > 0 ? seasons : defaultSeasons);
  return {
    pieces: (bound, seasons) =>
      Object.fromEntries(chosen(seasons).map((s) => [s, unlessCollectorDown(belowBaseline(rate, s, bound, busy))])),
    holds: (v, p) => chosen(p.seasons).every((s) => value(v, s) < p.threshold),
  };
}

/** A level above the guard and a trend past the limit, in pieces; the limit may scale with the guard. */
export function trendLocal(
  level: (bound: number) => Expr,
  trend: (bound: number) => Expr,
  holds: (level: number, trend: number, threshold: number) => boolean
): LocalCondition {
  return {
    pieces: (bound) => ({ level: level(bound), trend: trend(bound) }),
    holds: (v, p) => holds(value(v, 'level'), value(v, 'trend'), p.threshold),
  };
}

/** Either burn-rate pair above its threshold in both windows, in pieces: each window's error share. */
export const burnLocal: LocalCondition = {
  pieces: (bound) =>
    Object.fromEntries(
      BURN_WINDOWS.flatMap(({ long, short, factor }, i) => {
        const limit = num(burnThreshold(factor, bound));
        return [
          [`long${i}`, bin('>', errorShare(long), limit)],
          [`short${i}`, bin('>', errorShare(short), limit)],
        ];
      })
    ),
  holds: (v, p) =>
    BURN_WINDOWS.some(({ factor }, i) => {
      const limit = burnThreshold(factor, p.threshold);
      return value(v, `long${i}`) > limit && value(v, `short${i}`) > limit;
    }),
};
