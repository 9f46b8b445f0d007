import { CRITICAL_RULES } from './critical';
import { HIGH_RULES } from './high';
import { INFO_RULES } from './info';
import { OFD_WARNINGS } from './ofdWarnings';
import { REGISTER_WARNINGS } from './registerWarnings';
import { type AlertRule, buildRule, type PackOptions, type RuleSpec } from './types';

/** Every alert of the pack, from the ones that stop sales to the ones that only inform. */
export const RULE_SPECS: readonly RuleSpec[] = [
  ...CRITICAL_RULES,
  ...HIGH_RULES,
  ...OFD_WARNINGS,
  ...REGISTER_WARNINGS,
  ...INFO_RULES,
];

export const DEFAULT_PACK_OPTIONS: PackOptions = { job: 'kkt-monitor' };

/** The default pack: every rule with the thresholds it ships with, before any history is seen. */
export function defaultRules(options: PackOptions = DEFAULT_PACK_OPTIONS): AlertRule[] {
  return RULE_SPECS.map((spec) => buildRule(spec, spec.defaults, options));
}

export function specNamed(alert: string): RuleSpec {
  const spec = RULE_SPECS.find((s) => s.alert === alert);
  if (!spec) {
    throw new Error(`no rule ${alert} in the pack`);
  }
  return spec;
}
