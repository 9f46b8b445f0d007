import { DAY_MS } from '../../domain/time';
import { type Season } from '../pack/types';
import { robustSpread, roundNice } from '../stats/robust';
import { seasonsText, spanText, valueText } from './describe';
import { clamp, type Fit, type FitContext, keepDefault, MIN_SIGNAL_VALUES, signalValues } from './types';

/** Distances from the median in robust standard deviations; the first, Iglewicz and Hoaglin's outlier cut, is the pick. */
const SIGMAS = [3.5, 5, 8];

/** Daily baselines need a week of history; weekly ones three weeks, so that a week of them exists twice over. */
export function seasonsFor(days: number): Season[] {
  if (days >= 21) {
    return ['1d', '1w'];
  }
  return days >= 7 ? ['1d'] : [];
}

/**
 * Levels: a band of median plus or minus k robust standard deviations over the fleet's history, with
 * seasonal baselines when there is enough of it, so what recurs every night or every Sunday stays quiet.
 */
export async function fitLevel(ctx: FitContext): Promise<Fit> {
  const { spec, coverage } = ctx;
  const seasons = seasonsFor(coverage.spanMs / DAY_MS);
  if (spec.defaults.seasons.length > 0 && seasons.length === 0) {
    return keepDefault(
      ctx,
      `compares with past days and needs 7 days of history; Prometheus has ${spanText(coverage.spanMs)}`
    );
  }

  const values = await signalValues(ctx);
  if (values.length < MIN_SIGNAL_VALUES) {
    return keepDefault(
      ctx,
      `too sparse: ${values.length} values of the signal in the lookback, ${MIN_SIGNAL_VALUES} needed`
    );
  }

  const spread = robustSpread(values);
  const sign = spec.direction === 'above' ? 1 : -1;
  const band = (k: number) =>
    clamp(roundNice(spread.median + sign * k * spread.sigma, sign > 0 ? 'up' : 'down'), spec.bounds);
  const thresholds = [...new Set([...SIGMAS.map(band), spec.defaults.threshold])];

  const scale =
    spread.fallback === 'none' ? `MAD ${valueText(spread.mad, spec.unit)}` : 'MAD 0, so the mean absolute deviation';
  const rationale =
    `median ${valueText(spread.median, spec.unit)}, ${scale}: 3.5 robust sigma ${spec.direction} is ` +
    `${valueText(band(3.5), spec.unit)}; ${seasonsText(seasons)}`;
  return { candidates: thresholds.map((threshold) => ({ threshold, seasons })), rationale, declined: null };
}
