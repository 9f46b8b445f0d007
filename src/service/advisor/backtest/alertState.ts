import { type TimeRange } from '../series';

export interface HoldTimes {
  forMs: number;
  keepFiringForMs: number;
}

/** One alert from firing to resolved, for one series. */
export interface Episode {
  /** When the condition first held (the alert's activeAt). */
  activeAt: number;
  firedAt: number;
  /** First evaluation that reported it resolved; null when still firing at the end of the range. */
  resolvedAt: number | null;
}

/** Consecutive evaluations at which the condition held: [first, last]. */
export type Run = readonly [number, number];

/** Groups the evaluation times at which an expression returned the series into runs. */
export function runsOf(times: readonly number[], step: number): Run[] {
  const runs: Array<[number, number]> = [];
  for (const t of times) {
    const last = runs[runs.length - 1];
    if (last && t - last[1] === step) {
      last[1] = t;
    } else {
      runs.push([t, t]);
    }
  }
  return runs;
}

/**
 * Prometheus' alerting rule state for one series, evaluated every `range.step`: pending while the
 * condition holds for less than `for`, firing after, and on the first evaluation without the
 * condition resolved, unless keep_firing_for holds it until that long after the condition last failed.
 * A pending alert whose condition fails is dropped; a resolved one starts pending afresh.
 */
export function replay(runs: readonly Run[], range: TimeRange, hold: HoldTimes): Episode[] {
  const { step } = range;
  const forSteps = Math.ceil(hold.forMs / step) * step;
  const keepSteps = Math.ceil(hold.keepFiringForMs / step) * step;
  const episodes: Episode[] = [];
  let firing: Episode | null = null;
  let lastTrue = 0;

  for (const [first, last] of runs) {
    if (firing && first > lastTrue + step + keepSteps) {
      firing.resolvedAt = lastTrue + step + keepSteps;
      firing = null;
    }

    if (!firing && first + forSteps <= last) {
      firing = { activeAt: first, firedAt: first + forSteps, resolvedAt: null };
      episodes.push(firing);
    }
    lastTrue = last;
  }

  if (firing && lastTrue + step + keepSteps <= range.end) {
    firing.resolvedAt = lastTrue + step + keepSteps;
  }
  return episodes;
}
