import { type Labels } from '../../series';
import { type Scenario, type ScenarioSeries } from '../ruleTests';
import {
  device,
  flat,
  healthyCollector,
  holdMinutes,
  lastMinute,
  MINUTE_MS,
  type ScenarioContext,
  series,
  target,
} from './helpers';

/**
 * A gauge that leaves its normal value long enough to fire and comes back: the shape of every alert
 * on a flag or a level with a fixed tier.
 */
export function gaugeExcursion(
  ctx: ScenarioContext,
  metric: string,
  normal: number,
  bad: number,
  labels: Labels = device(ctx.rule)
): Scenario {
  const { pending, keep } = holdMinutes(ctx);
  const watched = series(metric, [flat(normal, 10), flat(bad, pending + 10), flat(normal, keep + 10)], labels);
  const all: ScenarioSeries[] = [watched];
  if (labels.device_id !== undefined) {
    all.push(healthyCollector(ctx.rule, lastMinute(all)));
  }
  return {
    rule: ctx.rule,
    title: 'fires once the condition has held for its pending period, resolves when it clears',
    intervalMs: MINUTE_MS,
    durationMs: lastMinute(all) * MINUTE_MS,
    series: all,
  };
}

const collector = (ctx: ScenarioContext): Labels => ({ collector: 'ofd-main', ...target(ctx.rule) });
const threshold = (ctx: ScenarioContext) => ctx.rule.params.threshold;

export const GAUGE_SCENARIOS: Record<string, (ctx: ScenarioContext) => Scenario[]> = {
  KktExporterDown: (c) => [gaugeExcursion(c, 'up', 1, 0, target(c.rule))],
  KktCollectorDown: (c) => [gaugeExcursion(c, 'kkt_collector_success', 1, 0, collector(c))],
  KktDeviceDown: (c) => [gaugeExcursion(c, 'kkt_device_up', 1, 0)],
  KktFnBlocked: (c) => [gaugeExcursion(c, 'kkt_fn_blocked', 0, 1)],
  KktOfdLinkDown: (c) => [gaugeExcursion(c, 'kkt_ofd_link_up', 1, 0)],
  KktFnMemoryFull: (c) => [gaugeExcursion(c, 'kkt_fn_memory_used_ratio', 0.5, threshold(c))],
  KktFnMemoryAlmostFull: (c) => [gaugeExcursion(c, 'kkt_fn_memory_used_ratio', 0.5, threshold(c))],
  KktClockDrift: (c) => [gaugeExcursion(c, 'kkt_device_clock_offset_seconds', 20, -(threshold(c) + 60))],
};
