import { type Labels, METRIC_NAME, type Sample, type Series } from '../series';
import { type Matcher, type Selector } from './ast';

/** How far back an instant selector looks for a sample, as Prometheus' default lookback delta. */
export const LOOKBACK_MS = 5 * 60_000;

/**
 * Series held in memory, looked up the way Prometheus 2.x does: an instant selector takes the newest
 * sample in [t - 5m, t] unless it is a stale marker, and a range takes the samples in [start, end].
 * (Prometheus 3 made both windows open at the start; results differ only at the exact edge.)
 */
export class SeriesStore {
  private readonly byMetric = new Map<string, Series[]>();
  private readonly selected = new WeakMap<Selector, Series[]>();

  constructor(series: readonly Series[]) {
    for (const s of series) {
      const name = s.labels[METRIC_NAME] ?? '';
      const list = this.byMetric.get(name) ?? [];
      list.push(s);
      this.byMetric.set(name, list);
    }
  }

  select(selector: Selector): Series[] {
    let found = this.selected.get(selector);
    if (!found) {
      const candidates = this.byMetric.get(selector.metric) ?? [];
      found = candidates.filter((s) => selector.matchers.every((m) => matches(m, s.labels)));
      this.selected.set(selector, found);
    }
    return found;
  }
}

function matches(matcher: Matcher, labels: Labels): boolean {
  const value = labels[matcher.name] ?? '';
  switch (matcher.op) {
    case '=':
      return value === matcher.value;
    case '!=':
      return value !== matcher.value;
    case '=~':
      return new RegExp(`^(?:${matcher.value})$`).test(value);
    case '!~':
      return !new RegExp(`^(?:${matcher.value})$`).test(value);
  }
}

/** The value an instant selector sees at time t, or null when the series is absent or stale there. */
export function instantValue(samples: readonly Sample[], t: number): number | null {
  const i = lastAtOrBefore(samples, t);
  if (i < 0 || samples[i].t < t - LOOKBACK_MS || samples[i].stale) {
    return null;
  }
  return samples[i].v;
}

/** Samples with start <= t <= end, stale markers left out. */
export function windowSamples(samples: readonly Sample[], start: number, end: number): Sample[] {
  const out: Sample[] = [];
  for (let i = lastAtOrBefore(samples, start - 1) + 1; i < samples.length && samples[i].t <= end; i++) {
    if (!samples[i].stale) {
      out.push(samples[i]);
    }
  }
  return out;
}

/** Index of the last sample at or before t, or -1. */
function lastAtOrBefore(samples: readonly Sample[], t: number): number {
  let [lo, hi] = [0, samples.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid].t <= t) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return hi;
}
