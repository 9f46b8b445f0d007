import { type Incident } from './backtest/incidents';
import { conditionRuns, replayAll } from './backtest/replay';
import { score, type Score, type Scoring, type SeriesEpisodes } from './backtest/score';
import { type HoldTimes } from './backtest/alertState';
import { type Coverage } from './coverage';
import { type HistorySource } from './history';
import { type ConditionRuns, holdOptions } from './methods/holdTimes';
import { METHODS } from './methods';
import { type Fit } from './methods/types';
import { type AlertRule, buildRule, type PackOptions, type RuleSpec } from './pack/types';
import { reach } from './promql/ast';
import { promDuration } from './promql/render';
import { type Evaluated, select } from './selection';
import { type Labels, labelsKey, type TimeRange } from './series';

/** The history one rule is advised on. */
export interface RuleContext {
  history: HistorySource;
  /** The lookback; its step is also the evaluation interval replayed. */
  range: TimeRange;
  coverage: Coverage;
  incidents: readonly Incident[];
  options: PackOptions;
}

export interface RuleAdvice {
  spec: RuleSpec;
  /** The rule in use: the default pack's. */
  current: AlertRule;
  suggested: AlertRule;
  currentScore: Score | null;
  suggestedScore: Score | null;
  rationale: string;
  declined: string | null;
  /** The series the rule in use fired most on, and when the suggestion would have fired there. */
  example: { labels: Labels; firing: Array<{ start: number; end: number }> } | null;
}

/** Fits a rule's threshold, backtests every candidate against the rule in use, and picks one. */
export async function adviseRule(spec: RuleSpec, ctx: RuleContext): Promise<RuleAdvice> {
  const current = buildRule(spec, spec.defaults, ctx.options);
  const fit = await METHODS[spec.method]({
    spec,
    history: ctx.history,
    range: ctx.range,
    coverage: ctx.coverage,
    options: ctx.options,
  });
  const candidateExprs = fit.candidates.map((c) => buildRule(spec, { ...spec.defaults, ...c }, ctx.options).expr);
  const scoring = scoringFor(spec, ctx, Math.max(...[current.expr, ...candidateExprs].map(reach)));
  const currentRuns = await conditionRuns(ctx.history, current.expr, ctx.range);
  const currentScore = score(replayAll(currentRuns, spec.defaults, ctx.range), scoring);
  const busiest = mostEpisodes(replayAll(currentRuns, spec.defaults, ctx.range));
  if (fit.declined) {
    const example = busiest && exampleOf(busiest, currentRuns, spec.defaults, ctx.range);
    const { rationale, declined } = fit;
    return {
      spec,
      current,
      suggested: current,
      currentScore,
      suggestedScore: currentScore,
      rationale,
      declined,
      example,
    };
  }

  const { points, notes, runsByThreshold } = await evaluateCandidates(spec, fit, ctx, scoring);
  const inUse = { params: spec.defaults, score: currentScore, primary: false };
  const chosen = select(points, inUse, scoring.incidents.length > 0, spec.maxForMs);
  const suggested = buildRule(spec, chosen.params, ctx.options);
  const rationale = [fit.rationale, notes[0], choiceText(chosen, inUse, scoring)].filter(Boolean).join('; ');
  const runs = runsByThreshold.get(chosen.params.threshold) ?? [];
  const example = busiest && exampleOf(busiest, runs, chosen.params, ctx.range);
  return { spec, current, suggested, currentScore, suggestedScore: chosen.score, rationale, declined: null, example };
}

function mostEpisodes(all: SeriesEpisodes[]): Labels | null {
  const sorted = [...all].sort((a, b) => b.episodes.length - a.episodes.length);
  return sorted[0]?.labels ?? null;
}

function exampleOf(labels: Labels, runs: ConditionRuns[], hold: HoldTimes, range: TimeRange): RuleAdvice['example'] {
  const key = labelsKey(labels);
  const own = runs.filter((r) => labelsKey(r.labels) === key);
  const firing = replayAll(own, hold, range).flatMap((s) =>
    s.episodes.map((e) => ({ start: e.firedAt, end: e.resolvedAt ?? range.end }))
  );
  return { labels, firing };
}

/** Every candidate is scored over the same span: from when the longest look-back among them has data. */
function scoringFor(spec: RuleSpec, ctx: RuleContext, reachSeconds: number): Scoring {
  const kinds = spec.incidents?.kinds ?? [];
  const from = Math.min(
    ctx.range.end,
    ctx.range.start + Math.ceil((reachSeconds * 1000) / ctx.range.step) * ctx.range.step
  );
  return {
    incidents: ctx.incidents.filter((i) => kinds.includes(i.kind)),
    leadMs: spec.incidents?.leadMs ?? 0,
    range: ctx.range,
    from,
    devices: ctx.coverage.devices,
  };
}

/** Each candidate threshold's condition is asked once; pending and keep-firing periods are replayed locally. */
async function evaluateCandidates(spec: RuleSpec, fit: Fit, ctx: RuleContext, scoring: Scoring) {
  const points: Evaluated[] = [];
  const notes: string[] = [];
  const runsByThreshold = new Map<number, ConditionRuns[]>();
  for (const [index, candidate] of fit.candidates.entries()) {
    const base = { ...spec.defaults, ...candidate };
    const runs =
      fit.conditions?.(candidate) ??
      (await conditionRuns(ctx.history, buildRule(spec, base, ctx.options).expr, ctx.range));
    runsByThreshold.set(candidate.threshold, runs);
    const hold = holdOptions(runs, spec, scoring.incidents, ctx.range.step);
    notes.push(hold.note);
    for (const forMs of hold.forMs) {
      for (const keepFiringForMs of hold.keepFiringForMs) {
        const params = { ...base, forMs, keepFiringForMs };
        const primary = index === 0 && forMs === hold.primary.forMs && keepFiringForMs === hold.primary.keepFiringForMs;
        points.push({ params, score: score(replayAll(runs, params, ctx.range), scoring), primary });
      }
    }
  }
  return { points, notes, runsByThreshold };
}

function choiceText(chosen: Evaluated, inUse: Evaluated, scoring: Scoring): string {
  const current = inUse.score;
  const hold =
    `for ${promDuration(chosen.params.forMs / 1000)}` +
    (chosen.params.keepFiringForMs > 0
      ? `, keep_firing_for ${promDuration(chosen.params.keepFiringForMs / 1000)}`
      : '');
  if (scoring.incidents.length === 0) {
    return `${hold}; no incidents of its kind are known, so the method's pick stands`;
  }
  if (chosen === inUse) {
    return `${hold}: no candidate fired less at equal recall and delay, so the rule in use stays`;
  }
  const recall = (r: number | null) => (r === null ? 'n/a' : `${Math.round(r * 100)} %`);
  return `${hold}: the fewest episodes (${chosen.score.episodes} vs ${current.episodes} for the rule in use) at recall ${recall(chosen.score.recall)} (in use: ${recall(current.recall)}) on ${scoring.incidents.length} incidents`;
}
