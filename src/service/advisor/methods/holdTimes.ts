import { HOUR_MS, MINUTE_MS } from '../../domain/time';
import { type HoldTimes, type Run } from '../backtest/alertState';
import { type Incident } from '../backtest/incidents';
import { humanDuration } from '../pack/format';
import { type RuleSpec } from '../pack/types';
import { type Labels } from '../series';
import { quantile, sorted } from '../stats/robust';

/** When a condition held, per alert series, over the lookback. */
export interface ConditionRuns {
  labels: Labels;
  runs: Run[];
}

export interface HoldOptions {
  forMs: number[];
  keepFiringForMs: number[];
  /** The pick when no incidents decide: `for` above 95 % of harmless excursions, keep_firing_for over 90 % of re-crossings. */
  primary: HoldTimes;
  note: string;
}

/** A gap shorter than this between two excursions of one series is the same trouble crossing again. */
const REFIRE_GAP_MS = HOUR_MS;
const MAX_KEEP_FIRING_MS = 30 * MINUTE_MS;
const MIN_EXCURSIONS = 5;

/**
 * Pending and keep-firing periods from how long past excursions lasted. An excursion that overlaps no
 * incident is noise: a `for` longer than most of them keeps them quiet, at the cost of that much delay.
 */
export function holdOptions(
  history: readonly ConditionRuns[],
  spec: RuleSpec,
  incidents: readonly Incident[],
  step: number
): HoldOptions {
  const defaults = { forMs: spec.defaults.forMs, keepFiringForMs: spec.defaults.keepFiringForMs };
  if (spec.maxForMs === 0) {
    return {
      forMs: [defaults.forMs],
      keepFiringForMs: [0],
      primary: defaults,
      note: 'fires at once: the state is the incident',
    };
  }

  const noise = history.flatMap((h) =>
    h.runs.filter((r) => !touchesIncident(h.labels, r, incidents, spec.incidents?.leadMs ?? 0))
  );
  const durations = sorted(noise.map(([first, last]) => last - first + step));
  const gaps = sorted(history.flatMap((h) => refireGaps(h.runs, step)));

  const forQuantile = (q: number) => Math.min(spec.maxForMs, nice(quantile(durations, q), step));
  const keepQuantile = (q: number) => Math.min(MAX_KEEP_FIRING_MS, nice(quantile(gaps, q), step));
  const enough = durations.length >= MIN_EXCURSIONS;
  const primary = {
    forMs: enough ? forQuantile(0.95) : defaults.forMs,
    keepFiringForMs: gaps.length >= MIN_EXCURSIONS ? keepQuantile(0.9) : 0,
  };

  return {
    forMs: unique([defaults.forMs, ...(enough ? [0.5, 0.9, 0.95, 0.99].map(forQuantile) : [])]),
    keepFiringForMs: unique([0, primary.keepFiringForMs]),
    primary,
    note: enough
      ? `${durations.length} excursions outside incidents, 95 % over within ${humanDuration(quantile(durations, 0.95) / 1000).en}; ` +
        `${gaps.length} re-crossings within an hour`
      : `${durations.length} excursions outside incidents: too few to learn a pending period from`,
  };
}

function touchesIncident(labels: Labels, [first, last]: Run, incidents: readonly Incident[], leadMs: number): boolean {
  return incidents.some((i) => i.deviceId === labels.device_id && first <= i.end && last >= i.start - leadMs);
}

function refireGaps(runs: readonly Run[], step: number): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < runs.length; i++) {
    const gap = runs[i][0] - runs[i - 1][1] - step;
    if (gap <= REFIRE_GAP_MS) {
      gaps.push(gap);
    }
  }
  return gaps;
}

/** Rounds a duration up to what people write: whole minutes, then 5, 15 and 60 minute steps. */
export function nice(ms: number, step: number): number {
  if (!Number.isFinite(ms) || ms <= 0) {
    return 0;
  }
  const unit =
    ms <= 10 * MINUTE_MS ? MINUTE_MS : ms <= HOUR_MS ? 5 * MINUTE_MS : ms <= 3 * HOUR_MS ? 15 * MINUTE_MS : HOUR_MS;
  return Math.ceil(ms / Math.max(unit, step)) * Math.max(unit, step);
}

const unique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
