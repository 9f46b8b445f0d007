import { DAY_MS } from '../domain/time';
import { adviseRule, type RuleAdvice, type RuleContext } from './adviseRule';
import { deriveIncidents, type Incident } from './backtest/incidents';
import { type Coverage, measureCoverage } from './coverage';
import { CachedHistory, type HistorySource } from './history';
import { spanText } from './methods/describe';
import { MIN_HISTORY_DAYS } from './methods/types';
import { RULE_SPECS } from './pack';
import { buildRule, type PackOptions } from './pack/types';
import { type TimeRange } from './series';

export interface AdviseOptions {
  history: HistorySource;
  /** End of the lookback, ms; the newest data. */
  end: number;
  lookbackMs: number;
  /**
   * Resolution of the history, and the evaluation interval the backtest replays: the rule groups
   * written from the advice are evaluated at this interval, so what was measured is what runs.
   */
  stepMs: number;
  pack: PackOptions;
  /** Labelled incidents; without them they are read from the metrics. */
  incidents?: readonly Incident[];
  progress?: (line: string) => void;
}

export interface Advice {
  rules: RuleAdvice[];
  coverage: Coverage;
  incidents: readonly Incident[];
  /** The lookback on the step's grid. */
  range: TimeRange;
}

/** Advises every rule of the pack on the lookback: thresholds fitted, backtested, chosen. */
export async function advise(options: AdviseOptions): Promise<Advice> {
  const history = new CachedHistory(options.history);
  const range = aligned(options.end - options.lookbackMs, options.end, options.stepMs);
  const say = options.progress ?? (() => undefined);

  const coverage = await measureCoverage(history, options.end, options.lookbackMs);
  say(`history: ${spanText(coverage.spanMs)}, ${coverage.devices} registers`);
  const short = shortHistory(coverage);
  if (short) {
    return {
      rules: RULE_SPECS.map((spec) => declinedAdvice(spec, options.pack, short)),
      coverage,
      incidents: [],
      range,
    };
  }

  const incidents = options.incidents ?? (await deriveIncidents(history, range));
  say(`incidents: ${incidents.length} ${options.incidents ? 'labelled' : 'read from the metrics'}`);
  const ctx: RuleContext = { history, range, coverage, incidents, options: options.pack };

  const rules: RuleAdvice[] = [];
  for (const [n, spec] of RULE_SPECS.entries()) {
    const started = Date.now();
    rules.push(await adviseRule(spec, ctx));
    say(`[${n + 1}/${RULE_SPECS.length}] ${spec.alert} (${spec.method}): ${spanText(Date.now() - started)}`);
  }
  return { rules, coverage, incidents, range };
}

/** The default pack with one reason for all: what the route and the CLI answer without history. */
export function declinedAdvice(spec: (typeof RULE_SPECS)[number], pack: PackOptions, reason: string): RuleAdvice {
  const rule = buildRule(spec, spec.defaults, pack);
  const none = { currentScore: null, suggestedScore: null, example: null };
  return { spec, current: rule, suggested: rule, ...none, rationale: 'default kept', declined: reason };
}

function shortHistory(coverage: Coverage): string | null {
  if (coverage.devices === 0) {
    return 'Prometheus has no kkt_device_info over the lookback: check that it scrapes kkt-monitor';
  }
  if (coverage.spanMs < MIN_HISTORY_DAYS * DAY_MS) {
    return `less than ${MIN_HISTORY_DAYS} days of history (${spanText(coverage.spanMs)})`;
  }
  return null;
}

/** A range on the step's grid, so evaluations fall where a rule group's would. */
function aligned(start: number, end: number, step: number): TimeRange {
  return { start: Math.ceil(start / step) * step, end: Math.floor(end / step) * step, step };
}
