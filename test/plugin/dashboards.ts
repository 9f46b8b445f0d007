import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, readJson } from './manifest';

export interface DataSourceRef {
  type?: string;
  uid?: string;
}

export interface Panel {
  id?: number;
  type: string;
  title: string;
  datasource?: DataSourceRef | null;
  targets?: Array<Record<string, unknown> & { datasource?: DataSourceRef }>;
  gridPos: { h: number; w: number; x: number; y: number };
  panels?: Panel[];
}

export interface Variable {
  name: string;
  type: string;
  query?: unknown;
  datasource?: DataSourceRef;
}

export interface Dashboard {
  id: number | null;
  uid: string;
  title: string;
  panels: Panel[];
  templating: { list: Variable[] };
}

/** Every dashboard the repository ships: the app's and the provisioned ones, by path from the root. */
export function loadDashboards(): Map<string, Dashboard> {
  const folders = ['dashboards', 'provisioning/dashboards/kkt-monitor'];
  const found = new Map<string, Dashboard>();
  for (const folder of folders) {
    for (const name of readdirSync(join(ROOT, folder)).filter((n) => n.endsWith('.json'))) {
      found.set(`${folder}/${name}`, readJson<Dashboard>(join(ROOT, folder, name)));
    }
  }
  return found;
}

/** Panels with those nested in collapsed rows. */
export function allPanels(dashboard: Dashboard): Panel[] {
  return dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]);
}

/** Strings of a query target that Grafana interpolates (expressions, filters, legends). */
export function targetStrings(target: Record<string, unknown>): string[] {
  return Object.entries(target)
    .filter(([key, value]) => typeof value === 'string' && key !== 'refId')
    .map(([, value]) => value as string);
}

/** Grafana's own variables, always defined. */
export const BUILTIN_VARIABLES = new Set(['__rate_interval', '__interval', '__range', '__all', '__url_time_range']);

/** $name and ${name} references in a string, without ${__data...}-style field references. */
export function variableReferences(text: string): string[] {
  return [...text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]).filter((n) => n !== '__value');
}
