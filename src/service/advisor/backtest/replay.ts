import { type HistorySource } from '../history';
import { type ConditionRuns } from '../methods/holdTimes';
import { type Expr } from '../promql/ast';
import { type TimeRange, withoutName } from '../series';
import { type HoldTimes, replay, runsOf } from './alertState';
import { type SeriesEpisodes } from './score';

/** When the alert condition held, per series, evaluated at every evaluation of the range. */
export async function conditionRuns(history: HistorySource, expr: Expr, range: TimeRange): Promise<ConditionRuns[]> {
  const series = await history.query(expr, range);
  return series.map((s) => ({
    labels: withoutName(s.labels),
    runs: runsOf(
      s.samples.map((p) => p.t),
      range.step
    ),
  }));
}

/** Every series through the alert state machine with these pending and keep-firing periods. */
export function replayAll(history: readonly ConditionRuns[], hold: HoldTimes, range: TimeRange): SeriesEpisodes[] {
  return history.map((h) => ({ labels: h.labels, episodes: replay(h.runs, range, hold) }));
}
