import { type AdvisorSuggestion } from '../api/types';

/** Where an applied suggestion goes: a folder, a rule group in it, and the Prometheus datasource it queries. */
export interface RuleTarget {
  orgId: number;
  folderUid: string;
  group: string;
  prometheusUid: string;
}

export interface AlertQuery {
  refId: string;
  datasourceUid: string;
  relativeTimeRange: { from: number; to: number };
  model: Record<string, unknown>;
}

/** Body of POST /api/v1/provisioning/alert-rules (Grafana's ProvisionedAlertRule). */
export interface ProvisionedAlertRule {
  title: string;
  orgID: number;
  folderUID: string;
  ruleGroup: string;
  condition: string;
  data: AlertQuery[];
  noDataState: 'NoData' | 'Alerting' | 'OK';
  execErrState: 'Error' | 'Alerting' | 'OK';
  for: string;
  /** How long the rule keeps firing after the condition clears (Grafana's name for Prometheus' field). */
  keep_firing_for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  isPaused: boolean;
}

/** The window Grafana hands the instant query, in seconds before now. */
const QUERY_WINDOW_SECONDS = 600;

/**
 * A suggestion as a Grafana-managed rule. The suggested expression carries its comparison, as a
 * Prometheus alert does, so every series it returns is a firing instance: query A runs it, and the
 * condition B is true for each series A returns, whatever its value.
 */
export function grafanaRule(
  suggestion: AdvisorSuggestion,
  target: RuleTarget,
  language: 'ru' | 'en'
): ProvisionedAlertRule {
  return {
    title: suggestion.alert,
    orgID: target.orgId,
    folderUID: target.folderUid,
    ruleGroup: target.group,
    condition: 'B',
    data: [
      {
        refId: 'A',
        datasourceUid: target.prometheusUid,
        relativeTimeRange: { from: QUERY_WINDOW_SECONDS, to: 0 },
        model: { refId: 'A', expr: suggestion.expr, instant: true, range: false },
      },
      {
        refId: 'B',
        datasourceUid: '__expr__',
        relativeTimeRange: { from: 0, to: 0 },
        model: { refId: 'B', type: 'math', expression: 'is_number($A) || is_nan($A) || is_inf($A)' },
      },
    ],
    noDataState: 'OK',
    execErrState: 'Error',
    for: suggestion.for,
    ...(suggestion.keepFiringFor ? { keep_firing_for: suggestion.keepFiringFor } : {}),
    labels: { severity: suggestion.severity, source: 'kkt-monitor-advisor' },
    annotations: {
      summary: suggestion.summary[language],
      description: suggestion.description[language],
    },
    isPaused: false,
  };
}
