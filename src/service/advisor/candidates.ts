import { type RuleContext } from './adviseRule';
import { decide, fetchPieces } from './backtest/pieces';
import { conditionRuns, replayAll } from './backtest/replay';
import { score, type Scoring } from './backtest/score';
import { type ConditionRuns, holdOptions } from './methods/holdTimes';
import { type Fit } from './methods/types';
import { buildRule, type RuleParams, type RuleSpec } from './pack/types';
import { promDuration } from './promql/render';
import { type Evaluated } from './selection';
import { type TimeRange } from './series';

export type ConditionSource = (params: RuleParams) => Promise<ConditionRuns[]>;

/**
 * Where a rule's condition history comes from: decided locally from pieces fetched once when the rule
 * has a local condition, otherwise one range query per distinct condition.
 */
export async function conditionSource(
  spec: RuleSpec,
  ctx: RuleContext,
  all: readonly RuleParams[]
): Promise<ConditionSource> {
  const { local } = spec;
  if (!local) {
    return (params) => conditionRuns(ctx.history, buildRule(spec, params, ctx.options).expr, ctx.range);
  }

  const thresholds = all.map((p) => p.threshold);
  const bound = spec.direction === 'above' ? Math.min(...thresholds) : Math.max(...thresholds);
  const seasons = [...new Set(all.flatMap((p) => p.seasons))];
  const pieces = await fetchPieces(ctx.history, local, bound, seasons, ctx.range, ctx.options);
  return async (params) => decide(pieces, local, params, ctx.range.step);
}

/** Each candidate threshold's condition is read once; pending and keep-firing periods are replayed locally. */
export async function evaluateCandidates(
  spec: RuleSpec,
  fit: Fit,
  range: TimeRange,
  scoring: Scoring,
  conditions: ConditionSource
) {
  const points: Evaluated[] = [];
  const notes: string[] = [];
  const runsByThreshold = new Map<number, ConditionRuns[]>();
  for (const [index, candidate] of fit.candidates.entries()) {
    const base = { ...spec.defaults, ...candidate };
    const runs = await conditions(base);
    runsByThreshold.set(candidate.threshold, runs);
    const hold = holdOptions(runs, spec, scoring.incidents, range.step);
    notes.push(hold.note);
    for (const forMs of hold.forMs) {
      for (const keepFiringForMs of hold.keepFiringForMs) {
        const params = { ...base, forMs, keepFiringForMs };
        const primary = index === 0 && forMs === hold.primary.forMs && keepFiringForMs === hold.primary.keepFiringForMs;
        points.push({ params, score: score(replayAll(runs, params, range), scoring), primary });
      }
    }
  }
  return { points, notes, runsByThreshold };
}

/** Why the choice, in one clause: the numbers it was chosen on. */
export function choiceText(chosen: Evaluated, inUse: Evaluated, scoring: Scoring): string {
  const keep = chosen.params.keepFiringForMs;
  const hold = `for ${promDuration(chosen.params.forMs / 1000)}${keep > 0 ? `, keep_firing_for ${promDuration(keep / 1000)}` : ''}`;
  if (scoring.incidents.length === 0) {
    return `${hold}; no incidents of its kind are known, so the method's pick stands`;
  }
  if (chosen === inUse) {
    return `${hold}: no candidate fired less at equal recall and delay, so the rule in use stays`;
  }
  const recall = (r: number | null) => (r === null ? 'n/a' : `${Math.round(r * 100)} %`);
  return (
    `${hold}: the fewest episodes (${chosen.score.episodes} vs ${inUse.score.episodes} for the rule in use) ` +
    `at recall ${recall(chosen.score.recall)} (in use: ${recall(inUse.score.recall)}) on ${scoring.incidents.length} incidents`
  );
}
