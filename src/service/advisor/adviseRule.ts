import { type Incident } from './backtest/incidents';
import { replayAll } from './backtest/replay';
import { score, type Score, type Scoring, type SeriesEpisodes } from './backtest/score';
import { type HoldTimes } from './backtest/alertState';
import { choiceText, conditionSource, evaluateCandidates } from './candidates';
import { type Coverage } from './coverage';
import { type HistorySource } from './history';
import { type ConditionRuns } from './methods/holdTimes';
import { METHODS } from './methods';
import { type AlertRule, buildRule, type PackOptions, type RuleSpec } from './pack/types';
import { reach } from './promql/ast';
import { select } from './selection';
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
  const { history, range, coverage, options } = ctx;
  const current = buildRule(spec, spec.defaults, options);
  const fit = await METHODS[spec.method]({ spec, history, range, coverage, options });
  const all = [spec.defaults, ...(fit.declined ? [] : fit.candidates.map((c) => ({ ...spec.defaults, ...c })))];
  const scoring = scoringFor(spec, ctx, Math.max(...all.map((p) => reach(buildRule(spec, p, options).expr))));

  const conditions = await conditionSource(spec, ctx, all);
  const currentRuns = await conditions(spec.defaults);
  const currentScore = score(replayAll(currentRuns, spec.defaults, range), scoring);
  const busiest = mostEpisodes(replayAll(currentRuns, spec.defaults, range));
  if (fit.declined) {
    const example = busiest && exampleOf(busiest, currentRuns, spec.defaults, range);
    const kept = { suggested: current, suggestedScore: currentScore };
    return { spec, current, ...kept, currentScore, rationale: fit.rationale, declined: fit.declined, example };
  }

  const { points, notes, runsByThreshold } = await evaluateCandidates(spec, fit, ctx.range, scoring, conditions);
  const inUse = { params: spec.defaults, score: currentScore, primary: false };
  const chosen = select(points, inUse, scoring.incidents.length > 0, spec.maxForMs);
  const runs = chosen === inUse ? currentRuns : (runsByThreshold.get(chosen.params.threshold) ?? []);
  return {
    spec,
    current,
    suggested: buildRule(spec, chosen.params, options),
    currentScore,
    suggestedScore: chosen.score,
    rationale: [fit.rationale, notes[0], choiceText(chosen, inUse, scoring)].filter(Boolean).join('; '),
    declined: null,
    example: busiest && exampleOf(busiest, runs, chosen.params, range),
  };
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
  const { range } = ctx;
  const kinds = spec.incidents?.kinds ?? [];
  const warmUp = Math.ceil((reachSeconds * 1000) / range.step) * range.step;
  return {
    incidents: ctx.incidents.filter((i) => kinds.includes(i.kind)),
    leadMs: spec.incidents?.leadMs ?? 0,
    range,
    from: Math.min(range.end, range.start + warmUp),
    devices: ctx.coverage.devices,
  };
}
