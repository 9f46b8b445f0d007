import { type Coverage } from '../coverage';
import { type HistorySource } from '../history';
import { type PackOptions, type RuleParams, type RuleSpec } from '../pack/types';
import { type TimeRange } from '../series';

/** What a method sees: the rule, the history and how much of it there is. */
export interface FitContext {
  spec: RuleSpec;
  history: HistorySource;
  /** The lookback at the fitting step. */
  range: TimeRange;
  coverage: Coverage;
  options: PackOptions;
}

export type Candidate = Pick<RuleParams, 'threshold' | 'seasons'>;

/** Thresholds worth backtesting; the first is the method's own choice when no incidents decide. */
export interface Fit {
  candidates: Candidate[];
  rationale: string;
  /** Why the method kept the default instead, when it did. */
  declined: string | null;
}

/** Fewer signal values than this over the lookback is too sparse to say what is usual. */
export const MIN_SIGNAL_VALUES = 200;

/** Days of history without which no method suggests anything. */
export const MIN_HISTORY_DAYS = 3;

export function keepDefault(ctx: FitContext, declined: string): Fit {
  const { threshold, seasons } = ctx.spec.defaults;
  return { candidates: [{ threshold, seasons }], rationale: 'default kept', declined };
}

/** All finite values of the signal over the lookback, pooled across registers. */
export async function signalValues(ctx: FitContext): Promise<number[]> {
  const series = await ctx.history.query(ctx.spec.signal(ctx.options), ctx.range);
  return series.flatMap((s) => s.samples.map((p) => p.v)).filter(Number.isFinite);
}

export function clamp(value: number, bounds: readonly [number, number] | undefined): number {
  return bounds ? Math.min(bounds[1], Math.max(bounds[0], value)) : value;
}

/** Short number text for rationales: 3 significant digits. */
export const figure = (n: number) => String(Number(n.toPrecision(3)));
