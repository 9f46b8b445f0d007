/** Consistency constant: MAD / 0.6745 estimates the standard deviation of normal data. */
const MAD_TO_SIGMA = 1 / 0.6745;

/** Mean absolute deviation scaled to a standard deviation, used when more than half the values are equal. */
const MEAN_AD_TO_SIGMA = 1.253314;

export function sorted(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Quantile q (0..1) of sorted values, interpolating between neighbours. */
export function quantile(sortedValues: Float64Array, q: number): number {
  if (sortedValues.length === 0) {
    return Number.NaN;
  }
  const position = (sortedValues.length - 1) * q;
  const [low, high] = [Math.floor(position), Math.ceil(position)];
  return sortedValues[low] + (sortedValues[high] - sortedValues[low]) * (position - low);
}

export const median = (sortedValues: Float64Array) => quantile(sortedValues, 0.5);

export interface RobustSpread {
  median: number;
  /** Median absolute deviation from the median. */
  mad: number;
  /** MAD as a standard deviation; from the mean absolute deviation when the MAD is 0. */
  sigma: number;
  fallback: 'none' | 'mean_absolute_deviation';
}

/**
 * Median and MAD of the values (Iglewicz and Hoaglin): a value more than 3.5 sigma from the median is
 * an outlier, whatever the tail does. When most values are equal the MAD is 0 and says nothing; the
 * mean absolute deviation stands in for it then.
 */
export function robustSpread(values: ArrayLike<number>): RobustSpread {
  const s = sorted(values);
  const m = median(s);
  const deviations = sorted(Array.from(s, (v) => Math.abs(v - m)));
  const mad = median(deviations);
  if (mad > 0) {
    return { median: m, mad, sigma: mad * MAD_TO_SIGMA, fallback: 'none' };
  }

  const meanAd = deviations.reduce((a, d) => a + d, 0) / Math.max(1, deviations.length);
  return { median: m, mad, sigma: meanAd * MEAN_AD_TO_SIGMA, fallback: 'mean_absolute_deviation' };
}

/** Rounds up (or down) to two significant digits, so thresholds read as people write them. */
export function roundNice(value: number, direction: 'up' | 'down'): number {
  if (value === 0 || !Number.isFinite(value)) {
    return value;
  }
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  const scaled = value / magnitude;
  const rounded = direction === 'up' ? Math.ceil(scaled - 1e-9) : Math.floor(scaled + 1e-9);
  return Number((rounded * magnitude).toPrecision(2));
}
