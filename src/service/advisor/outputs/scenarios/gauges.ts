import { type AlertRule } from '../../pack/types';
import { type Labels } from '../../series';
import { type Scenario, type ScenarioSeries } from '../ruleTests';
import { DEVICE, flat, healthyCollector, holdMinutes, lastMinute, MINUTE_MS, series } from './helpers';

/**
 * A gauge that leaves its normal value long enough to fire and comes back: the shape of every alert
 * on a flag or a level with a fixed tier.
 */
export function gaugeExcursion(
  rule: AlertRule,
  metric: string,
  normal: number,
  bad: number,
  labels = DEVICE
): Scenario {
  const { pending, keep } = holdMinutes(rule.params.forMs, rule.params.keepFiringForMs);
  const watched = series(metric, [flat(normal, 10), flat(bad, pending + 10), flat(normal, keep + 10)], labels);
  const all: ScenarioSeries[] = [watched];
  if (labels.device_id !== undefined) {
    all.push(healthyCollector(lastMinute(all)));
  }
  return {
    rule,
    title: 'fires once the condition has held for its pending period, resolves when it clears',
    intervalMs: MINUTE_MS,
    durationMs: lastMinute(all) * MINUTE_MS,
    series: all,
  };
}

const TARGET: Labels = { instance: DEVICE.instance, job: DEVICE.job };

export const GAUGE_SCENARIOS: Record<string, (rule: AlertRule) => Scenario[]> = {
  KktExporterDown: (r) => [gaugeExcursion(r, 'up', 1, 0, TARGET)],
  KktCollectorDown: (r) => [gaugeExcursion(r, 'kkt_collector_success', 1, 0, { collector: 'ofd-main', ...TARGET })],
  KktDeviceDown: (r) => [gaugeExcursion(r, 'kkt_device_up', 1, 0)],
  KktFnBlocked: (r) => [gaugeExcursion(r, 'kkt_fn_blocked', 0, 1)],
  KktOfdLinkDown: (r) => [gaugeExcursion(r, 'kkt_ofd_link_up', 1, 0)],
  KktFnMemoryFull: (r) => [gaugeExcursion(r, 'kkt_fn_memory_used_ratio', 0.5, r.params.threshold)],
  KktFnMemoryAlmostFull: (r) => [gaugeExcursion(r, 'kkt_fn_memory_used_ratio', 0.5, r.params.threshold)],
  KktClockDrift: (r) => [gaugeExcursion(r, 'kkt_device_clock_offset_seconds', 20, -(r.params.threshold + 60))],
};
