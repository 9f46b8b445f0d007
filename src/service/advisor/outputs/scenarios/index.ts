import { type AlertRule } from '../../pack/types';
import { type Scenario } from '../ruleTests';
import { COUNTER_SCENARIOS } from './counters';
import { DEADLINE_SCENARIOS } from './deadlines';
import { GAUGE_SCENARIOS } from './gauges';
import { type ScenarioContext } from './helpers';
import { LEVEL_SCENARIOS } from './levels';
import { TREND_SCENARIOS } from './trends';

const SCENARIOS: Record<string, (ctx: ScenarioContext) => Scenario[]> = {
  ...GAUGE_SCENARIOS,
  ...DEADLINE_SCENARIOS,
  ...COUNTER_SCENARIOS,
  ...LEVEL_SCENARIOS,
  ...TREND_SCENARIOS,
};

/**
 * Synthetic series that make the rule fire and resolve when evaluated every `evaluationMs`, scraped under
 * the job the rule was written for, for its generated promtool tests.
 */
export function scenariosFor(rule: AlertRule, evaluationMs: number): Scenario[] {
  const build = SCENARIOS[rule.spec.alert];
  if (!build) {
    throw new Error(`no test scenario for ${rule.spec.alert}`);
  }
  return build({ rule, evaluationMs });
}
