import { type Scenario, type ScenarioSeries } from '../ruleTests';
import {
  device,
  flat,
  healthyCollector,
  holdMinutes,
  lastMinute,
  MINUTE_MS,
  ramp,
  type ScenarioContext,
  series,
} from './helpers';

function scenario(ctx: ScenarioContext, title: string, watched: ScenarioSeries): Scenario {
  const minutes = lastMinute([watched]);
  const all = [watched, healthyCollector(ctx.rule, minutes)];
  return { rule: ctx.rule, title, intervalMs: MINUTE_MS, durationMs: minutes * MINUTE_MS, series: all };
}

/** The unsent backlog climbs a tenth of the threshold a minute, then the OFD takes it all. */
function backlogClimb(ctx: ScenarioContext): Scenario {
  const { pending, keep } = holdMinutes(ctx);
  const step = ctx.rule.params.threshold / 10;
  const climb = 11 + pending + 20;
  const unsent = series(
    'kkt_ofd_unsent_documents',
    [flat(0, 30), ramp(step, step, climb), flat(0, keep + 20)],
    device(ctx.rule)
  );
  return scenario(ctx, 'fires while the backlog is above the guard and climbing, resolves when it is sent', unsent);
}

/** The archive fills at 0.05 % a minute from just under the guard; a new FN then starts empty. */
function archiveFilling(ctx: ScenarioContext): Scenario {
  const { pending, keep } = holdMinutes(ctx);
  const rising = 20 + pending + 30;
  const used = series(
    'kkt_fn_memory_used_ratio',
    [ramp(ctx.rule.params.threshold - 0.01, 0.0005, rising), flat(0.01, keep + 20)],
    device(ctx.rule)
  );
  return scenario(ctx, 'fires while the archive is above the guard and filling fast, resolves on a new FN', used);
}

export const TREND_SCENARIOS: Record<string, (ctx: ScenarioContext) => Scenario[]> = {
  KktOfdBacklogGrowing: (c) => [backlogClimb(c)],
  KktFnMemoryFillingUp: (c) => [archiveFilling(c)],
};
