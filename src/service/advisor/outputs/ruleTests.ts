import { type Episode, replay, runsOf } from '../backtest/alertState';
import { alertSeries } from '../backtest/replay';
import { type AlertRule } from '../pack/types';
import { evaluateRange } from '../promql/evaluate';
import { promDuration } from '../promql/render';
import { SeriesStore } from '../promql/store';
import { type Labels, METRIC_NAME, type Series, type TimeRange, withoutName } from '../series';
import { comment, annotations as ruleAnnotations } from './ruleFile';
import { toYaml } from './yaml';
import { encode, expand, type Segment } from './seriesNotation';
import { expandLabels, usesOnlyLabels } from './templates';

export interface ScenarioSeries {
  /** Labels including __name__. */
  labels: Labels;
  segments: readonly Segment[];
}

/** Synthetic input for one rule: series sampled every `intervalMs` from time 0, watched for `durationMs`. */
export interface Scenario {
  rule: AlertRule;
  title: string;
  intervalMs: number;
  durationMs: number;
  series: readonly ScenarioSeries[];
  /** Check every evaluation instead of only the moments around firing and resolving. */
  everyEvaluation?: boolean;
}

export interface AlertCheck {
  at: number;
  firing: Array<{ labels: Labels; annotations: Record<string, string> }>;
}

/** What the backtest predicts promtool will see: the rule replayed over the scenario's series. */
export function predictEpisodes(scenario: Scenario, evaluationIntervalMs: number) {
  const store = new SeriesStore(scenario.series.map(toSeries(scenario.intervalMs)));
  const range: TimeRange = { start: 0, end: scenario.durationMs, step: evaluationIntervalMs };
  const { params } = scenario.rule;

  return alertSeries(evaluateRange(scenario.rule.expr, store, range)).map((series) => ({
    labels: series.labels,
    episodes: replay(runsOf(series.times, range.step), range, params),
  }));
}

/** The moments to check: either every evaluation, or just before and at each firing and each resolving. */
export function expectedChecks(scenario: Scenario, evaluationIntervalMs: number): AlertCheck[] {
  const predicted = predictEpisodes(scenario, evaluationIntervalMs);
  const times = scenario.everyEvaluation
    ? Array.from(
        { length: Math.floor(scenario.durationMs / evaluationIntervalMs) + 1 },
        (_, i) => i * evaluationIntervalMs
      )
    : boundaries(
        predicted.flatMap((p) => p.episodes),
        evaluationIntervalMs,
        scenario.durationMs
      );

  return times.map((at) => ({
    at,
    firing: predicted
      .filter((p) => p.episodes.some((e) => e.firedAt <= at && (e.resolvedAt === null || at < e.resolvedAt)))
      .map((p) => alertOf(scenario.rule, p.labels)),
  }));
}

function boundaries(episodes: Episode[], step: number, end: number): number[] {
  const times = episodes.flatMap((e) => [
    e.firedAt - step,
    e.firedAt,
    ...(e.resolvedAt === null ? [] : [e.resolvedAt - step, e.resolvedAt]),
  ]);
  return [...new Set(times.filter((t) => t >= 0 && t <= end))].sort((a, b) => a - b);
}

function alertOf(rule: AlertRule, seriesLabels: Labels) {
  const labels = { ...seriesLabels, severity: rule.spec.severity };
  const templates = ruleAnnotations(rule);
  const annotations = Object.fromEntries(
    Object.entries(templates).map(([k, v]) => {
      if (!usesOnlyLabels(v)) {
        throw new Error(`${rule.spec.alert} ${k} uses more than {{ $labels.name }}; its tests could not predict it`);
      }
      return [k, expandLabels(v, seriesLabels)];
    })
  );
  return { labels, annotations };
}

/** One promtool test group for a scenario, its alert checks derived from the backtest. */
export function testGroup(scenario: Scenario, evaluationIntervalMs: number): Record<string, unknown> {
  const checks = expectedChecks(scenario, evaluationIntervalMs);
  if (!checks.some((c) => c.firing.length > 0)) {
    throw new Error(`scenario "${scenario.title}" never fires ${scenario.rule.spec.alert}; it tests nothing`);
  }

  return {
    name: `${scenario.rule.spec.alert}: ${scenario.title}`,
    interval: promDuration(scenario.intervalMs / 1000),
    input_series: scenario.series.map((s) => ({ series: seriesText(s.labels), values: encode(s.segments) })),
    alert_rule_test: checks.map((c) => ({
      eval_time: promDuration(c.at / 1000),
      alertname: scenario.rule.spec.alert,
      exp_alerts: c.firing.map((a) => ({ exp_labels: a.labels, exp_annotations: a.annotations })),
    })),
  };
}

/** A promtool test file over `ruleFiles`, one group per scenario. */
export function ruleTestFile(
  scenarios: readonly Scenario[],
  ruleFiles: string[],
  evaluationIntervalMs: number,
  header: string
) {
  const tests = scenarios.map((s) => testGroup(s, evaluationIntervalMs));
  const file = { rule_files: ruleFiles, evaluation_interval: promDuration(evaluationIntervalMs / 1000), tests };
  return `${comment(header)}${toYaml(file)}`;
}

function seriesText(labels: Labels): string {
  const name = labels[METRIC_NAME] ?? '';
  const rest = Object.entries(withoutName(labels)).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `${name}{${rest.join(', ')}}`;
}

function toSeries(intervalMs: number) {
  return (s: ScenarioSeries): Series => ({ labels: s.labels, samples: expand(s.segments, intervalMs) });
}
