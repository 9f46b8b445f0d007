import { runsOf } from '../backtest/alertState';
import { BURN_WINDOWS, burnThreshold, errorShare } from '../pack/burnRate';
import { bin, num } from '../promql/ast';
import { type Labels, labelsKey } from '../series';
import { roundNice, sorted } from '../stats/robust';
import { valueText } from './describe';
import { type ConditionRuns } from './holdTimes';
import { clamp, type Fit, type FitContext, keepDefault, MIN_SIGNAL_VALUES, signalValues } from './types';

/**
 * Ratios: the error budget is the share of operations that fail on the fleet in a usual hour; the rule
 * pages when a register burns it 14.4 times as fast over an hour (and 5 minutes) or 6 times over six
 * hours (and 30 minutes).
 */
export async function fitBurnRate(ctx: FitContext): Promise<Fit> {
  const values = await signalValues(ctx);
  if (values.length < MIN_SIGNAL_VALUES) {
    return keepDefault(
      ctx,
      `too sparse: ${values.length} hourly error shares in the lookback, ${MIN_SIGNAL_VALUES} needed`
    );
  }

  // The worst 1 % of hours are incidents' doing (a blocked FN refuses every sale); they are not the norm.
  const kept = sorted(values).subarray(0, Math.ceil(values.length * 0.99));
  const mean = kept.reduce((a, v) => a + v, 0) / kept.length;
  const budget = clamp(roundNice(mean, 'up'), ctx.spec.bounds);
  const thresholds = [...new Set([budget, 2 * budget, 4 * budget].map((b) => clamp(b, ctx.spec.bounds)))];
  const pairs = await fetchShares(ctx, Math.min(...thresholds));

  return {
    candidates: thresholds.map((threshold) => ({ threshold, seasons: [] })),
    rationale:
      `registers fail ${valueText(mean, 'fraction')} of operations in a usual hour (1 % trimmed mean), so the ` +
      `budget is ${valueText(budget, 'fraction')}: pages at 14.4x over 1h and 5m, or 6x over 6h and 30m`,
    declined: null,
    conditions: (candidate) => burning(pairs, candidate.threshold, ctx.range.step),
  };
}

/** A window's share per register and time, kept only above the loosest candidate's threshold. */
type Shares = Map<string, { labels: Labels; at: Map<number, number> }>;

async function fetchShares(ctx: FitContext, loosest: number) {
  const share = async (window: number, factor: number): Promise<Shares> => {
    const series = await ctx.history.query(
      bin('>', errorShare(window), num(burnThreshold(factor, loosest))),
      ctx.range
    );
    return new Map(
      series.map((s) => [labelsKey(s.labels), { labels: s.labels, at: new Map(s.samples.map((p) => [p.t, p.v])) }])
    );
  };
  const pairs = [];
  for (const { long, short, factor } of BURN_WINDOWS) {
    pairs.push({ long: await share(long, factor), short: await share(short, factor), factor });
  }
  return pairs;
}

/** When the rule with this budget held, decided from the fetched shares exactly as its expression does. */
function burning(
  pairs: Array<{ long: Shares; short: Shares; factor: number }>,
  budget: number,
  step: number
): ConditionRuns[] {
  const held = new Map<string, { labels: Labels; times: Set<number> }>();
  for (const { long, short, factor } of pairs) {
    const limit = burnThreshold(factor, budget);
    for (const [key, l] of long) {
      const s = short.get(key);
      for (const [t, v] of l.at) {
        if (v > limit && (s?.at.get(t) ?? 0) > limit) {
          const into = held.get(key) ?? { labels: l.labels, times: new Set<number>() };
          into.times.add(t);
          held.set(key, into);
        }
      }
    }
  }
  return [...held.values()].map(({ labels, times }) => ({
    labels,
    runs: runsOf(
      [...times].sort((a, b) => a - b),
      step
    ),
  }));
}
