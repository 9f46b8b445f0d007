import { SEVERITIES } from '../../domain/severity';
import { type AlertRule } from '../pack/types';
import { promDuration, render } from '../promql/render';
import { toYaml } from './yaml';

export const RULE_GROUP_PREFIX = 'kkt-monitor';

/** Annotations of an alert: one-line summary and what to do, in English and Russian. */
export function annotations(rule: AlertRule): Record<string, string> {
  const summary = rule.spec.summary(rule.params);
  const description = rule.spec.description(rule.params);
  return { summary: summary.en, summary_ru: summary.ru, description: description.en, description_ru: description.ru };
}

/** One alerting rule as Prometheus reads it. */
export function prometheusRule(rule: AlertRule): Record<string, unknown> {
  const { params } = rule;
  return {
    alert: rule.spec.alert,
    expr: render(rule.expr),
    ...(params.forMs > 0 ? { for: promDuration(params.forMs / 1000) } : {}),
    ...(params.keepFiringForMs > 0 ? { keep_firing_for: promDuration(params.keepFiringForMs / 1000) } : {}),
    labels: { severity: rule.spec.severity },
    annotations: annotations(rule),
  };
}

/** The Prometheus rule file: one group per severity, evaluated every `evaluationIntervalMs`. */
export function ruleFile(rules: readonly AlertRule[], evaluationIntervalMs: number, header: string): string {
  const groups = SEVERITIES.map((severity) => ({
    name: `${RULE_GROUP_PREFIX}-${severity}`,
    interval: promDuration(evaluationIntervalMs / 1000),
    rules: rules.filter((r) => r.spec.severity === severity).map(prometheusRule),
  })).filter((g) => g.rules.length > 0);
  return `${comment(header)}${toYaml({ groups })}`;
}

export function comment(text: string): string {
  return text
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n')
    .concat('\n');
}
