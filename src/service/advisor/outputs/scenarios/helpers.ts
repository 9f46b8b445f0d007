import { type AlertRule } from '../../pack/types';
import { type Labels } from '../../series';
import { type Segment, slots } from '../seriesNotation';
import { type ScenarioSeries } from '../ruleTests';

export const MINUTE_MS = 60_000;

/** What a scenario is built for: the rule, with the job it was written for, evaluated every `evaluationMs`. */
export interface ScenarioContext {
  rule: AlertRule;
  evaluationMs: number;
}

/** The register every scenario watches, scraped under the rule's job. */
export function device(rule: AlertRule): Labels {
  return { device_id: 'kkt-0001', instance: 'kkt-a:9877', job: rule.options.job };
}

/** A second register, where a scenario needs a contrast. */
export function otherDevice(rule: AlertRule): Labels {
  return { ...device(rule), device_id: 'kkt-0002' };
}

/** The kkt-monitor target itself: the labels of its `up` and collector series. */
export function target(rule: AlertRule): Labels {
  const { instance, job } = device(rule);
  return { instance, job };
}

export function series(metric: string, segments: Segment[], labels: Labels): ScenarioSeries {
  return { labels: { __name__: metric, ...labels }, segments };
}

/** A collector that works throughout, so the collector guard lets the register's alerts through. */
export function healthyCollector(rule: AlertRule, minutes: number, intervalMinutes = 1): ScenarioSeries {
  const samples = Math.floor(minutes / intervalMinutes) + 1;
  return series('kkt_collector_success', [flat(1, samples)], { collector: 'ofd-main', ...target(rule) });
}

export const flat = (value: number, count: number): Segment => ({ value, count });
export const ramp = (value: number, step: number, count: number): Segment => ({ value, step, count });
export const blank = (count: number): Segment => ({ blank: count });

/**
 * Minutes a condition must hold to fire, and a clear spell must last to resolve: `for` and
 * `keep_firing_for`, each with two evaluation intervals more, since the first evaluation to see a change
 * may come up to one interval after it.
 */
export function holdMinutes({ rule, evaluationMs }: ScenarioContext) {
  const slack = 2 * Math.ceil(evaluationMs / MINUTE_MS);
  return {
    pending: Math.ceil(rule.params.forMs / MINUTE_MS) + slack,
    keep: Math.ceil(rule.params.keepFiringForMs / MINUTE_MS) + slack,
  };
}

/** A scenario's length in minutes: the longest series, sampled every `intervalMinutes`, less one. */
export function lastMinute(all: readonly ScenarioSeries[], intervalMinutes = 1): number {
  return Math.max(...all.map((s) => slots(s.segments) - 1)) * intervalMinutes;
}
