import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { type AlertRule } from '../pack/types';
import { alertmanagerConfig, alertmanagerSnippet } from './alertmanager';
import { DATASOURCE_PLACEHOLDER, provisioningFile, provisioningPayload } from './grafana';
import { ruleFile } from './ruleFile';
import { ruleTestFile } from './ruleTests';
import { scenariosFor } from './scenarios';

/** The files an advice is written as, by name. */
export const OUTPUT_FILES = {
  rules: 'kkt-monitor.rules.yml',
  ruleTests: 'kkt-monitor.rules.test.yml',
  grafana: 'grafana-alert-rules.yaml',
  grafanaPayload: 'grafana-alert-rules.payload.json',
  alertmanager: 'alertmanager.yml',
  alertmanagerSnippet: 'alertmanager.snippet.yml',
} as const;

export interface OutputOptions {
  /** Evaluation interval of the rule groups, ms: the step the backtest replayed. */
  intervalMs: number;
  datasourceUid?: string;
  /** First lines of every file, as a comment: where the rules came from. */
  header: string;
}

/** Renders the rules in every format: Prometheus rules and their tests, Grafana provisioning, Alertmanager. */
export function renderOutputs(rules: readonly AlertRule[], options: OutputOptions): Record<string, string> {
  const grafana = { datasourceUid: options.datasourceUid ?? DATASOURCE_PLACEHOLDER, intervalMs: options.intervalMs };
  const { header } = options;
  return {
    [OUTPUT_FILES.rules]: ruleFile(rules, options.intervalMs, header),
    [OUTPUT_FILES.ruleTests]: ruleTestFile(
      rules.flatMap((rule) => scenariosFor(rule, options.intervalMs)),
      [OUTPUT_FILES.rules],
      options.intervalMs,
      header
    ),
    [OUTPUT_FILES.grafana]: provisioningFile(rules, grafana, header),
    [OUTPUT_FILES.grafanaPayload]: provisioningPayload(rules, grafana),
    [OUTPUT_FILES.alertmanager]: alertmanagerConfig(header),
    [OUTPUT_FILES.alertmanagerSnippet]: alertmanagerSnippet(header),
  };
}

export function writeOutputs(dir: string, files: Record<string, string>): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
