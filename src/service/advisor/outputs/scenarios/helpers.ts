import { type Labels } from '../../series';
import { type Segment, slots } from '../seriesNotation';
import { type ScenarioSeries } from '../ruleTests';

export const MINUTE_MS = 60_000;

/** The register every scenario watches, and a second one where a scenario needs a contrast. */
export const DEVICE: Labels = { device_id: 'kkt-0001', instance: 'kkt-a:9877', job: 'kkt-monitor' };
export const OTHER_DEVICE: Labels = { ...DEVICE, device_id: 'kkt-0002' };

export function series(metric: string, segments: Segment[], labels: Labels = DEVICE): ScenarioSeries {
  return { labels: { __name__: metric, ...labels }, segments };
}

/** A collector that works throughout, so the collector guard lets the register's alerts through. */
export function healthyCollector(minutes: number, intervalMinutes = 1): ScenarioSeries {
  const { instance, job } = DEVICE;
  const samples = Math.floor(minutes / intervalMinutes) + 1;
  return series('kkt_collector_success', [flat(1, samples)], { collector: 'ofd-main', instance, job });
}

export const flat = (value: number, count: number): Segment => ({ value, count });
export const ramp = (value: number, step: number, count: number): Segment => ({ value, step, count });
export const blank = (count: number): Segment => ({ blank: count });

/** Minutes a rule needs to fire and then resolve: `for`, `keep_firing_for` and room around them. */
export function holdMinutes(forMs: number, keepFiringForMs: number) {
  return { pending: Math.ceil(forMs / MINUTE_MS), keep: Math.ceil(keepFiringForMs / MINUTE_MS) };
}

/** A scenario's length in minutes: the longest series, sampled every `intervalMinutes`, less one. */
export function lastMinute(all: readonly ScenarioSeries[], intervalMinutes = 1): number {
  return Math.max(...all.map((s) => slots(s.segments) - 1)) * intervalMinutes;
}
