import { type Sample } from '../series';
import { type RangeFunction } from './ast';

/**
 * Range functions as Prometheus 2.x computes them, over the samples of one window (stale markers
 * removed). Each returns null where Prometheus returns no sample.
 */
export function applyRange(fn: RangeFunction, samples: readonly Sample[], window: Window): number | null {
  switch (fn) {
    case 'rate':
      return extrapolatedDelta(samples, window, true);
    case 'increase':
      return extrapolatedDelta(samples, window, false);
    case 'changes':
      return samples.length === 0 ? null : changes(samples);
    case 'min_over_time':
      return samples.length === 0 ? null : Math.min(...samples.map((s) => s.v));
    case 'max_over_time':
      return samples.length === 0 ? null : Math.max(...samples.map((s) => s.v));
    case 'avg_over_time':
      return samples.length === 0 ? null : samples.reduce((a, s) => a + s.v, 0) / samples.length;
    case 'predict_linear':
      return predictLinear(samples, window);
  }
}

/** The window a range function saw: its bounds, the evaluation time and predict_linear's horizon. */
export interface Window {
  start: number;
  end: number;
  at: number;
  horizonSeconds: number;
}

function changes(samples: readonly Sample[]): number {
  let count = 0;
  for (let i = 1; i < samples.length; i++) {
    const [prev, cur] = [samples[i - 1].v, samples[i].v];
    if (prev !== cur && !(Number.isNaN(prev) && Number.isNaN(cur))) {
      count++;
    }
  }
  return count;
}

/** rate() and increase(): counter resets added back, then extrapolated towards the window's edges. */
function extrapolatedDelta(samples: readonly Sample[], window: Window, perSecond: boolean): number | null {
  if (samples.length < 2) {
    return null;
  }

  const first = samples[0];
  const last = samples[samples.length - 1];
  let delta = last.v - first.v;
  for (let i = 1; i < samples.length; i++) {
    if (samples[i].v < samples[i - 1].v) {
      delta += samples[i - 1].v;
    }
  }

  const sampled = (last.t - first.t) / 1000;
  const average = sampled / (samples.length - 1);
  let toStart = (first.t - window.start) / 1000;
  const toEnd = (window.end - last.t) / 1000;
  if (delta > 0 && first.v >= 0) {
    // A counter cannot have been negative: extrapolate no further back than its zero point.
    toStart = Math.min(toStart, sampled * (first.v / delta));
  }

  const threshold = average * 1.1;
  const extended = sampled + (toStart < threshold ? toStart : average / 2) + (toEnd < threshold ? toEnd : average / 2);
  const factor = extended / sampled;
  return perSecond ? (delta * factor) / ((window.end - window.start) / 1000) : delta * factor;
}

/** Least-squares line through the window, read `horizonSeconds` after the evaluation time. */
function predictLinear(samples: readonly Sample[], window: Window): number | null {
  if (samples.length < 2) {
    return null;
  }
  if (samples.every((s) => s.v === samples[0].v)) {
    return samples[0].v;
  }

  const n = samples.length;
  let [sumX, sumY, sumXY, sumX2] = [0, 0, 0, 0];
  for (const { t, v } of samples) {
    const x = (t - window.at) / 1000;
    sumX += x;
    sumY += v;
    sumXY += x * v;
    sumX2 += x * x;
  }
  const slope = (sumXY - (sumX * sumY) / n) / (sumX2 - (sumX * sumX) / n);
  const intercept = sumY / n - (slope * sumX) / n;
  return intercept + slope * window.horizonSeconds;
}
