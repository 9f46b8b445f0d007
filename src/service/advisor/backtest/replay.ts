import { type HistorySource } from '../history';
import { type ConditionRuns } from '../methods/holdTimes';
import { type Expr } from '../promql/ast';
import { labelsKey, type Series, type TimeRange, withoutName } from '../series';
import { type HoldTimes, replay, runsOf } from './alertState';
import { type SeriesEpisodes } from './score';

/** When the alert condition held, per series, evaluated at every evaluation of the range. */
export async function conditionRuns(history: HistorySource, expr: Expr, range: TimeRange): Promise<ConditionRuns[]> {
  const series = await history.query(expr, range);
  return alertSeries(series).map((s) => ({ labels: s.labels, runs: runsOf(s.times, range.step) }));
}

/**
 * The condition's series as Prometheus keeps its alerts: by labels without the metric name, so that two
 * sides of an `or` that differ only by name are one alert, held while either holds.
 */
export function alertSeries(series: readonly Series[]): Array<{ labels: Series['labels']; times: number[] }> {
  const merged = new Map<string, { labels: Series['labels']; times: Set<number> }>();
  for (const s of series) {
    const labels = withoutName(s.labels);
    const into = merged.get(labelsKey(labels)) ?? { labels, times: new Set<number>() };
    s.samples.forEach((p) => into.times.add(p.t));
    merged.set(labelsKey(labels), into);
  }
  return [...merged.values()].map((m) => ({ labels: m.labels, times: [...m.times].sort((a, b) => a - b) }));
}

/** Every series through the alert state machine with these pending and keep-firing periods. */
export function replayAll(history: readonly ConditionRuns[], hold: HoldTimes, range: TimeRange): SeriesEpisodes[] {
  return history.map((h) => ({ labels: h.labels, episodes: replay(h.runs, range, hold) }));
}
