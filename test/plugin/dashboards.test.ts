// Dashboards are code: each must parse, keep its uid, reach data only through datasource variables,
// use variables it defines, and ask Prometheus only for metrics the service exports.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { DEVICE_FAMILIES } from '../../src/service/exporter/families';
import { createSelfMetrics } from '../../src/service/exporter/selfMetrics';
import {
  allPanels,
  BUILTIN_VARIABLES,
  type Dashboard,
  type DataSourceRef,
  loadDashboards,
  targetStrings,
  variableReferences,
} from './dashboards';
import { loadPlugins, SRC } from './manifest';

const dashboards = loadDashboards();
const { app } = loadPlugins(SRC);
const PLUGIN_TYPES = ['prometheus', 'kkt-monitor-datasource'];

function datasourceVariables(dashboard: Dashboard): Map<string, string> {
  const vars = dashboard.templating.list.filter((v) => v.type === 'datasource');
  return new Map(vars.map((v) => [v.name, String(v.query)]));
}

function assertRef(dashboard: Dashboard, ref: DataSourceRef | null | undefined, where: string): void {
  assert.ok(ref, `${where} has no datasource`);
  const match = /^\$\{(\w+)\}$/.exec(ref.uid ?? '');
  assert.ok(match, `${where} names datasource uid "${ref.uid}" instead of a datasource variable`);
  const pluginType = datasourceVariables(dashboard).get(match[1]);
  assert.ok(pluginType, `${where} uses \${${match[1]}}, which the dashboard does not define`);
  assert.equal(ref.type, pluginType, `${where} declares type ${ref.type} for a ${pluginType} variable`);
}

function exportedMetrics(): Set<string> {
  const own = createSelfMetrics('test')
    .registry.getMetricsAsArray()
    .map((m) => m.name);
  const names = new Set([...DEVICE_FAMILIES.map((f) => f.name), ...own]);
  for (const name of [...names]) {
    ['_bucket', '_sum', '_count'].forEach((suffix) => names.add(name + suffix));
  }
  return names;
}

describe('dashboards', () => {
  test('there are the four app dashboards and the datasource tour', () => {
    assert.deepEqual([...dashboards.values()].map((d) => d.uid).sort(), [
      'kkt-datasource-tour',
      'kkt-device',
      'kkt-errors',
      'kkt-overview',
      'kkt-performance',
    ]);
  });

  test('uids are fixed and unique, ids are left to Grafana', () => {
    const uids = [...dashboards.values()].map((d) => d.uid);
    assert.equal(new Set(uids).size, uids.length);
    for (const [path, d] of dashboards) {
      assert.match(d.uid, /^kkt-[a-z-]+$/, path);
      assert.equal(d.id, null, `${path} must not carry a database id`);
      assert.ok(d.title.length > 0, path);
    }
  });

  test('the app includes every dashboard under dashboards/ and nothing else', () => {
    const included = (app.includes ?? []).filter((i) => i.type === 'dashboard').map((i) => i.path);
    const files = [...dashboards.keys()].filter((p) => p.startsWith('dashboards/'));
    assert.deepEqual([...included].sort(), files.sort());
  });

  test('each dashboard has datasource variables for the plugins it queries', () => {
    for (const [path, d] of dashboards) {
      const vars = datasourceVariables(d);
      assert.ok(vars.size > 0, `${path} has no datasource variable`);
      for (const pluginType of vars.values()) {
        assert.ok(PLUGIN_TYPES.includes(pluginType), `${path}: unexpected datasource type ${pluginType}`);
      }
    }
  });

  test('panels, queries and query variables reach data only through those variables', () => {
    for (const [path, d] of dashboards) {
      for (const panel of allPanels(d).filter((p) => p.type !== 'row')) {
        assertRef(d, panel.datasource, `${path} panel "${panel.title}"`);
        assert.ok(panel.targets?.length, `${path} panel "${panel.title}" has no query`);
        panel.targets.forEach((t) =>
          assertRef(d, t.datasource, `${path} panel "${panel.title}" query ${String(t.refId)}`)
        );
      }
      for (const v of d.templating.list.filter((v) => v.type === 'query')) {
        assertRef(d, v.datasource, `${path} variable ${v.name}`);
      }
    }
  });

  test('every variable a query or link uses is defined', () => {
    for (const [path, d] of dashboards) {
      const defined = new Set([...d.templating.list.map((v) => v.name), ...BUILTIN_VARIABLES]);
      for (const panel of allPanels(d)) {
        const texts = [...(panel.targets ?? []).flatMap(targetStrings), JSON.stringify(panel)];
        for (const name of texts.flatMap(variableReferences)) {
          assert.ok(defined.has(name), `${path} panel "${panel.title}" uses $${name}, which is not defined`);
        }
      }
    }
  });

  test('Prometheus queries use only metrics the service exports', () => {
    const exported = exportedMetrics();
    for (const [path, d] of dashboards) {
      const exprs = allPanels(d).flatMap((p) =>
        (p.targets ?? []).map((t) => t.expr).filter((e) => typeof e === 'string')
      );
      for (const expr of exprs as string[]) {
        for (const [name] of expr.matchAll(/\bkkt_[a-z0-9_]+/g)) {
          assert.ok(exported.has(name), `${path}: ${name} is not exported by the service`);
        }
      }
    }
  });

  test('panels sit on the 24-column grid without overlapping', () => {
    for (const [path, d] of dashboards) {
      const cells = new Set<string>();
      for (const { gridPos: g, title } of d.panels) {
        assert.ok(g.x >= 0 && g.x + g.w <= 24, `${path} panel "${title}" leaves the grid`);
        for (let x = g.x; x < g.x + g.w; x++) {
          for (let y = g.y; y < g.y + g.h; y++) {
            assert.ok(!cells.has(`${x},${y}`), `${path} panel "${title}" overlaps another`);
            cells.add(`${x},${y}`);
          }
        }
      }
    }
  });
});
