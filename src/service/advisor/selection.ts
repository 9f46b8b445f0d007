import { type Score } from './backtest/score';
import { type RuleParams } from './pack/types';

/** One point of the grid: parameters and what they would have done. */
export interface Evaluated {
  params: RuleParams;
  score: Score;
  /** The method's own pick, used when no incidents are known. */
  primary: boolean;
}

/**
 * With known incidents: the fewest episodes among the points that catch at least as many incidents as
 * the rule in use, no later than it by more than `slackMs` on average; then the shortest delay. The rule
 * in use is one of the points, so the choice is never worse on the past. Without incidents: the
 * method's pick.
 */
export function select(
  points: readonly Evaluated[],
  current: Evaluated,
  incidentsKnown: boolean,
  slackMs: number
): Evaluated {
  if (!incidentsKnown) {
    return points.find((p) => p.primary) ?? current;
  }

  const recallFloor = (current.score.recall ?? 0) - 1e-9;
  const delayCeiling = (current.score.meanDetectionDelaySeconds ?? Number.POSITIVE_INFINITY) + slackMs / 1000;
  const eligible = [current, ...points].filter(
    (p) => (p.score.recall ?? 0) >= recallFloor && (p.score.meanDetectionDelaySeconds ?? 0) <= delayCeiling
  );
  return eligible.sort(compare)[0] ?? current;
}

function compare(a: Evaluated, b: Evaluated): number {
  return (
    a.score.episodes - b.score.episodes ||
    (a.score.meanDetectionDelaySeconds ?? 0) - (b.score.meanDetectionDelaySeconds ?? 0) ||
    a.params.forMs - b.params.forMs ||
    a.params.keepFiringForMs - b.params.keepFiringForMs
  );
}
