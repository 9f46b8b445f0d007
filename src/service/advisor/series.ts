/** Label sets, samples and series as the advisor handles them; times are UTC milliseconds. */

export type Labels = Readonly<Record<string, string>>;

export interface Sample {
  t: number;
  v: number;
  /** Prometheus' stale marker: the series ended here. */
  stale?: boolean;
}

export interface Series {
  labels: Labels;
  /** Sorted by time. */
  samples: readonly Sample[];
}

export interface TimeRange {
  start: number;
  end: number;
  /** Distance between evaluations, ms. */
  step: number;
}

export const METRIC_NAME = '__name__';

/** A stable key for a label set, optionally restricted to some labels or without the metric name. */
export function labelsKey(labels: Labels, only?: readonly string[]): string {
  const names = only ?? Object.keys(labels).filter((name) => name !== METRIC_NAME);
  return names
    .slice()
    .sort()
    .map((name) => `${name}=${labels[name] ?? ''}`)
    .join('\u0000');
}

export function withoutName(labels: Labels): Labels {
  const { [METRIC_NAME]: _name, ...rest } = labels;
  return rest;
}

export function pick(labels: Labels, names: readonly string[]): Labels {
  return Object.fromEntries(names.filter((n) => labels[n] !== undefined).map((n) => [n, labels[n]]));
}

/** Evaluation times of a range: start, start + step, ... up to end inclusive. */
export function evaluationTimes(range: TimeRange): number[] {
  const times: number[] = [];
  for (let t = range.start; t <= range.end; t += range.step) {
    times.push(t);
  }
  return times;
}
