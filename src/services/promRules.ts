import { stringify } from 'yaml';

import { type AdvisorSuggestion } from '../api/types';

/** Rule group name of the file the advisor page downloads. */
export const RULE_GROUP = 'kkt-monitor-advisor';

interface PrometheusAlertRule {
  alert: string;
  expr: string;
  for: string;
  keep_firing_for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

function prometheusRule(suggestion: AdvisorSuggestion, language: 'ru' | 'en'): PrometheusAlertRule {
  return {
    alert: suggestion.alert,
    expr: suggestion.expr,
    for: suggestion.for,
    ...(suggestion.keepFiringFor ? { keep_firing_for: suggestion.keepFiringFor } : {}),
    labels: { severity: suggestion.severity },
    annotations: { summary: suggestion.summary[language], description: suggestion.description[language] },
  };
}

/** A Prometheus rule file (rule_files format) with one group holding the suggestions. */
export function prometheusRuleFile(suggestions: AdvisorSuggestion[], language: 'ru' | 'en'): string {
  const groups = [{ name: RULE_GROUP, rules: suggestions.map((s) => prometheusRule(s, language)) }];
  return stringify({ groups }, { lineWidth: 0 });
}
