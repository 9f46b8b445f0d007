import { quantile, roundNice, sorted } from '../stats/robust';
import { valueText } from './describe';
import { clamp, type Fit, type FitContext, keepDefault, MIN_SIGNAL_VALUES, signalValues } from './types';

/** Quantiles of the level for the current-level guard; the first is the pick. */
const QUANTILES = [0.95, 0.9, 0.99];

/**
 * Trends: predict_linear says where the level is heading, and a guard on the level now keeps registers
 * that are far from trouble out, so only the top of the fleet can fire.
 */
export async function fitTrend(ctx: FitContext): Promise<Fit> {
  const values = await signalValues(ctx);
  if (values.length < MIN_SIGNAL_VALUES) {
    return keepDefault(
      ctx,
      `too sparse: ${values.length} values of the level in the lookback, ${MIN_SIGNAL_VALUES} needed`
    );
  }

  const levels = sorted(values);
  const guard = (q: number) => clamp(roundNice(quantile(levels, q), 'up'), ctx.spec.bounds);
  const thresholds = [...new Set([...QUANTILES.map(guard), ctx.spec.defaults.threshold])];
  const rationale =
    `guard at the fleet's 95th percentile of the level, ${valueText(guard(0.95), ctx.spec.unit)}, ` +
    'then the linear trend must reach the limit';
  return { candidates: thresholds.map((threshold) => ({ threshold, seasons: [] })), rationale, declined: null };
}
