import { errorShare } from '../pack/burnRate';
import { median, roundNice, sorted } from '../stats/robust';
import { valueText } from './describe';
import { clamp, type Fit, type FitContext, keepDefault } from './types';

/** Fewer registers with errors than this say nothing about the fleet's usual error share. */
const MIN_REGISTERS = 5;

/**
 * Ratios: the error budget is the share of its operations a usual register fails over the lookback
 * (the median over registers, so a few broken ones do not set it); the rule pages when a register burns
 * it 14.4 times as fast over an hour (and 5 minutes) or 6 times over six hours (and 30 minutes).
 */
export async function fitBurnRate(ctx: FitContext): Promise<Fit> {
  const { range, spec } = ctx;
  const lookback = Math.round((range.end - range.start) / 1000);
  const series = await ctx.history.query(errorShare(lookback), { ...range, start: range.end });
  const shares = series.flatMap((s) => s.samples.map((p) => p.v)).filter(Number.isFinite);
  if (shares.length < MIN_REGISTERS) {
    return keepDefault(
      ctx,
      `too sparse: ${shares.length} registers with errors in the lookback, ${MIN_REGISTERS} needed`
    );
  }

  const usual = median(sorted(shares));
  const budget = clamp(roundNice(usual, 'up'), spec.bounds);
  const thresholds = [...new Set([budget, 2 * budget, 4 * budget].map((b) => clamp(b, spec.bounds)))];
  return {
    candidates: thresholds.map((threshold) => ({ threshold, seasons: [] })),
    rationale:
      `the median register failed ${valueText(usual, 'fraction')} of its operations over the lookback, so the budget ` +
      `is ${valueText(budget, 'fraction')}: pages at 14.4x over 1h and 5m, or 6x over 6h and 30m`,
    declined: null,
  };
}
