// The provisioning files agree with each other and with the plugin: ids, uids and paths line up.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { parse } from 'yaml';

import { loadDashboards } from './dashboards';
import { loadPlugins, ROOT, SRC } from './manifest';

interface DataSource {
  name: string;
  type: string;
  uid: string;
  jsonData?: Record<string, unknown>;
  secureJsonData?: Record<string, string>;
}

function load<T>(path: string): T {
  return parse(readFileSync(join(ROOT, 'provisioning', path), 'utf8')) as T;
}

const { app, nested } = loadPlugins(SRC);
const apps = load<{ apps: Array<{ type: string; jsonData: Record<string, string> }> }>('plugins/apps.yaml').apps;
const datasources = load<{ datasources: DataSource[] }>('datasources/kkt-monitor.yaml').datasources;
const providers = load<{ providers: Array<{ options: { path: string } }> }>('dashboards/kkt-monitor.yaml').providers;
const alerting = load<{ groups: Array<{ rules: Array<{ condition: string; data: Array<Record<string, unknown>> }> }> }>(
  'alerting/kkt-rules.yaml'
);

describe('provisioning', () => {
  test('enables the app and points its pages at provisioned datasources', () => {
    const [entry] = apps;
    assert.equal(entry.type, app.id);
    const uids = datasources.map((d) => d.uid);
    assert.ok(uids.includes(entry.jsonData.datasourceUid));
    assert.ok(uids.includes(entry.jsonData.prometheusUid));
  });

  test('provisions Prometheus and the nested datasource, with the key from the environment', () => {
    const ours = [...nested.values()].find((m) => m.type === 'datasource');
    const kkt = datasources.find((d) => d.type === ours?.id);
    assert.ok(kkt, 'the KKT Monitor datasource is not provisioned');
    assert.match(String(kkt.jsonData?.url), /^https?:\/\//);
    assert.equal(kkt.secureJsonData?.apiKey, '$KKT_MONITOR_API_KEY');
    assert.ok(datasources.some((d) => d.type === 'prometheus'));
  });

  test('the dashboards provider reads the folder its dashboards are shipped in', () => {
    const shipped = [...loadDashboards().keys()].filter((p) => p.startsWith('provisioning/dashboards/kkt-monitor/'));
    assert.ok(shipped.length > 0);
    assert.equal(providers[0].options.path, '/etc/grafana/provisioning/dashboards/kkt-monitor');
  });

  test('example alert rules query a provisioned datasource and end in their condition', () => {
    const uids = new Set([...datasources.map((d) => d.uid), '__expr__']);
    const rules = alerting.groups.flatMap((g) => g.rules);
    assert.ok(rules.length > 0);
    for (const rule of rules) {
      rule.data.forEach((query) => assert.ok(uids.has(String(query.datasourceUid))));
      assert.ok(rule.data.some((query) => query.refId === rule.condition));
    }
  });

  test('the README lets every plugin id load unsigned', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const line = /allow_loading_unsigned_plugins\s*=\s*(.+)/.exec(readme);
    assert.ok(line, 'README.md does not show allow_loading_unsigned_plugins');
    const ids = line[1].split(',').map((id) => id.trim());
    for (const id of [app.id, ...[...nested.values()].map((m) => m.id)]) {
      assert.ok(ids.includes(id), `${id} is missing from allow_loading_unsigned_plugins`);
    }
  });
});
