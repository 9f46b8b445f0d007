import { SEVERITIES } from '../../domain/severity';
import { type AlertRule } from '../pack/types';
import { promDuration, render } from '../promql/render';
import { payloadSchema, provisioningFileSchema } from './grafanaSchema';
import { annotations, comment, RULE_GROUP_PREFIX } from './ruleFile';
import { toYaml } from './yaml';

/** Grafana expands ${VAR} in provisioning files: the operator sets the Prometheus datasource's uid there. */
export const DATASOURCE_PLACEHOLDER = '${KKT_PROMETHEUS_UID}';
export const FOLDER_TITLE = 'KKT Monitor';
export const FOLDER_UID = 'kkt-monitor';

/** Every series the expression returns is an alert instance: the condition is true for any value. */
const ANY_VALUE = 'is_number($A) || is_nan($A) || is_inf($A)';

export interface GrafanaOptions {
  datasourceUid: string;
  /** The rule groups' evaluation interval, ms: the step the backtest replayed. */
  intervalMs: number;
}

/** kkt-ofd-backlog-near-block from KktOfdBacklogNearBlock. */
export function ruleUid(alert: string): string {
  return alert.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** The PromQL query as an instant query, and a math expression that turns each returned series into an alert. */
function queries(rule: AlertRule, datasourceUid: string) {
  return [
    {
      refId: 'A',
      relativeTimeRange: { from: 600, to: 0 },
      datasourceUid,
      model: { refId: 'A', expr: render(rule.expr), instant: true, range: false },
    },
    {
      refId: 'B',
      relativeTimeRange: { from: 0, to: 0 },
      datasourceUid: '__expr__',
      model: { refId: 'B', type: 'math', expression: ANY_VALUE },
    },
  ];
}

/** What both formats share; an empty answer means nothing is wrong, so no data is OK. */
function common(rule: AlertRule, datasourceUid: string) {
  return {
    uid: ruleUid(rule.spec.alert),
    title: rule.spec.alert,
    condition: 'B',
    data: queries(rule, datasourceUid),
    noDataState: 'OK' as const,
    execErrState: 'Error' as const,
    for: promDuration(rule.params.forMs / 1000),
    annotations: annotations(rule),
    labels: { severity: rule.spec.severity },
    isPaused: false,
  };
}

/** The file for Grafana's provisioning/alerting directory: one group per severity. */
export function provisioningFile(rules: readonly AlertRule[], options: GrafanaOptions, header: string): string {
  const groups = SEVERITIES.map((severity) => ({
    orgId: 1,
    name: `${RULE_GROUP_PREFIX}-${severity}`,
    folder: FOLDER_TITLE,
    interval: promDuration(options.intervalMs / 1000),
    rules: rules
      .filter((r) => r.spec.severity === severity)
      .map((r) => ({ ...common(r, options.datasourceUid), ...keepFiring('keepFiringFor', r) })),
  })).filter((g) => g.rules.length > 0);

  const file = provisioningFileSchema.parse({ apiVersion: 1, groups });
  return `${comment(header)}${toYaml(file)}`;
}

/**
 * Bodies for POST /api/v1/provisioning/alert-rules, one request each. Sent with the header
 * X-Disable-Provenance, the rules stay editable in Grafana's UI.
 */
export function provisioningPayload(rules: readonly AlertRule[], options: GrafanaOptions): string {
  const bodies = rules.map((r) => ({
    ...common(r, options.datasourceUid),
    orgID: 1,
    folderUID: FOLDER_UID,
    ruleGroup: `${RULE_GROUP_PREFIX}-${r.spec.severity}`,
    ...keepFiring('keep_firing_for', r),
  }));
  return `${JSON.stringify(payloadSchema.parse(bodies), null, 2)}\n`;
}

function keepFiring(field: 'keepFiringFor' | 'keep_firing_for', rule: AlertRule): Record<string, string> {
  const ms = rule.params.keepFiringForMs;
  return ms > 0 ? { [field]: promDuration(ms / 1000) } : {};
}
