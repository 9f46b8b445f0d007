import { type AdvisorSeriesPoint, type AdvisorSuggestion, type BacktestResult } from '../../api/types';
import { type Advice } from './advise';
import { type RuleAdvice } from './adviseRule';
import { type Score } from './backtest/score';
import { type HistorySource } from './history';
import { type PackOptions } from './pack/types';
import { restricted } from './promql/ast';
import { promDuration, render } from './promql/render';
import { type Labels, type TimeRange } from './series';

/** At most this many points of the example signal go to the page that plots it. */
const PLOT_POINTS = 1000;

const NO_BACKTEST: BacktestResult = {
  episodesPerWeek: 0,
  episodesPerDevice: 0,
  firingRatio: 0,
  precision: null,
  recall: null,
  meanDetectionDelaySeconds: null,
};

/** The API's view of the advice, with the watched signal of the busiest series for plotting. */
export async function toSuggestions(
  advice: Advice,
  history: HistorySource | null,
  pack: PackOptions
): Promise<AdvisorSuggestion[]> {
  const suggestions: AdvisorSuggestion[] = [];
  for (const rule of advice.rules) {
    const series = history && rule.example ? await exampleSignal(rule, history, pack, advice.range) : [];
    suggestions.push(suggestionOf(rule, series));
  }
  return suggestions;
}

export function suggestionOf(rule: RuleAdvice, series: AdvisorSeriesPoint[]): AdvisorSuggestion {
  const { spec, suggested } = rule;
  const { params } = suggested;
  return {
    alert: spec.alert,
    severity: spec.severity,
    method: spec.method,
    expr: render(suggested.expr),
    for: promDuration(params.forMs / 1000),
    keepFiringFor: params.keepFiringForMs > 0 ? promDuration(params.keepFiringForMs / 1000) : null,
    summary: spec.summary(params),
    description: spec.description(params),
    rationale: rule.rationale,
    declined: rule.declined,
    backtest: {
      suggested: rule.suggestedScore ? result(rule.suggestedScore) : NO_BACKTEST,
      current: rule.currentScore ? result(rule.currentScore) : null,
      series,
      threshold: spec.unit === 'flag' ? null : params.threshold,
      firing: (rule.example?.firing ?? []).map((f) => ({ start: iso(f.start), end: iso(f.end) })),
    },
  };
}

async function exampleSignal(rule: RuleAdvice, history: HistorySource, pack: PackOptions, range: TimeRange) {
  const { labels } = rule.example ?? { labels: {} };
  const expr = restricted(rule.spec.signal(pack), exampleMatchers(labels));
  const rawStep = Math.ceil((range.end - range.start) / PLOT_POINTS);
  const step = Math.ceil(rawStep / range.step) * range.step;
  const [series] = await history.query(expr, { ...range, step });
  return (series?.samples ?? []).map((s) => ({ t: iso(s.t), v: Number.isFinite(s.v) ? s.v : null }));
}

/** A register is found by its id; a target or collector series by all its labels. */
function exampleMatchers(labels: Labels): Labels {
  return labels.device_id !== undefined ? { device_id: labels.device_id } : labels;
}

function result(score: Score): BacktestResult {
  const { episodesPerWeek, episodesPerDevice, firingRatio, precision, recall, meanDetectionDelaySeconds } = score;
  return { episodesPerWeek, episodesPerDevice, firingRatio, precision, recall, meanDetectionDelaySeconds };
}

const iso = (ms: number) => new Date(ms).toISOString();
