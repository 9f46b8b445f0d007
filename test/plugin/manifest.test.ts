// Offline stand-in for the plugin validator: the checks it would make on the manifests, source and build.
import assert from 'node:assert/strict';
import { existsSync, lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import {
  DIST,
  distBuilt,
  loadPlugins,
  packageVersion,
  PLUGIN_ID_PATTERN,
  readJson,
  referencedFiles,
  ROOT,
  SRC,
  type Manifest,
} from './manifest';

const { app, nested } = loadPlugins(SRC);
const all: Array<[string, Manifest]> = [['plugin.json', app], ...nested];

describe('plugin manifests', () => {
  test('the root plugin.json is a link to src/plugin.json, so the two cannot drift', () => {
    const root = join(ROOT, 'plugin.json');
    assert.ok(lstatSync(root).isSymbolicLink(), 'plugin.json at the root must be a symlink');
    assert.equal(readlinkSync(root), 'src/plugin.json');
    assert.equal(readFileSync(root, 'utf8'), readFileSync(join(SRC, 'plugin.json'), 'utf8'));
  });

  test('the app is kkt-monitor-app and nests a datasource and a panel', () => {
    assert.equal(app.type, 'app');
    assert.equal(app.id, 'kkt-monitor-app');
    const types = [...nested.values()].map((m) => `${m.type}:${m.id}`).sort();
    assert.deepEqual(types, ['datasource:kkt-monitor-datasource', 'panel:kkt-clusters-panel']);
  });

  test('every nested plugin is declared in includes with its type and path', () => {
    for (const [path, manifest] of nested) {
      const include = app.includes?.find((i) => i.path === path);
      assert.ok(include, `${path} is not declared in the app's includes`);
      assert.equal(include.type, manifest.type, `${path} is declared as ${include.type}`);
    }
  });

  test('every datasource or panel include points at a nested plugin of that type', () => {
    for (const include of app.includes ?? []) {
      if (include.type === 'datasource' || include.type === 'panel') {
        const manifest = nested.get(include.path ?? '');
        assert.ok(manifest, `include ${include.name} points at ${include.path}, which is not a plugin.json`);
        assert.equal(manifest.type, include.type);
      }
    }
  });

  test('plugin ids follow Grafana’s pattern and are unique', () => {
    const ids = all.map(([, m]) => m.id);
    for (const id of ids) {
      assert.match(id, PLUGIN_ID_PATTERN);
    }
    assert.equal(new Set(ids).size, ids.length);
  });

  test('versions come from package.json at build time and the Grafana dependency is a range', () => {
    for (const [path, manifest] of all) {
      assert.equal(manifest.info.version, '%VERSION%', `${path} must take its version from package.json`);
      assert.match(manifest.dependencies.grafanaDependency, /^>=\d+\.\d+\.\d+$/);
    }
  });

  test('logos and screenshots exist next to each manifest', () => {
    for (const [path, manifest] of all) {
      for (const file of referencedFiles(SRC, path, manifest)) {
        assert.ok(existsSync(file), `${path} refers to ${file}, which does not exist`);
      }
    }
  });

  test('the datasource has a backend that alerting can use, and names its executable', () => {
    const datasource = [...nested.values()].find((m) => m.type === 'datasource');
    assert.ok(datasource);
    assert.equal(datasource.backend, true);
    assert.equal(datasource.alerting, true);
    assert.equal(datasource.executable, '../gpx_kkt_monitor');
  });

  test('alerting is only declared together with a backend', () => {
    for (const [path, manifest] of all) {
      if (manifest.alerting) {
        assert.equal(manifest.backend, true, `${path} declares alerting without a backend`);
        assert.ok(manifest.executable, `${path} has a backend but no executable`);
      }
    }
  });

  test('app pages live under the app and the configuration page is for admins', () => {
    const pages = (app.includes ?? []).filter((i) => i.type === 'page');
    assert.equal(pages.filter((p) => p.defaultNav).length, 1, 'exactly one page is the default');
    for (const page of pages) {
      assert.match(page.path ?? '', /^\/(a\/%PLUGIN_ID%\/[a-z-]+|plugins\/%PLUGIN_ID%|d\/[a-z0-9-]+)$/);
    }
    assert.equal(pages.find((p) => p.path === '/plugins/%PLUGIN_ID%')?.role, 'Admin');
  });

  test('README, CHANGELOG and LICENSE are there to ship', () => {
    for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE', 'src/README.md']) {
      assert.ok(existsSync(join(ROOT, file)), `${file} is missing`);
    }
  });
});

describe('built plugin (dist/)', { skip: distBuilt() ? false : 'dist/ is not built; run npm run build' }, () => {
  test('every manifest in dist carries the package version and no placeholder', () => {
    const built = loadPlugins(DIST);
    for (const [path, manifest] of [['plugin.json', built.app] as const, ...built.nested]) {
      assert.equal(manifest.info.version, packageVersion(), `dist/${path}`);
      assert.doesNotMatch(JSON.stringify(manifest), /%(VERSION|TODAY|PLUGIN_ID)%/, `dist/${path}`);
    }
  });

  test('dist holds a real plugin.json, every nested module, logo and included dashboard', () => {
    assert.ok(!lstatSync(join(DIST, 'plugin.json')).isSymbolicLink());
    const built = loadPlugins(DIST);
    for (const [path, manifest] of [['plugin.json', built.app] as const, ...built.nested]) {
      const module = join(DIST, path.replace(/plugin\.json$/, 'module.js'));
      assert.ok(existsSync(module), `${module} is missing`);
      for (const file of referencedFiles(DIST, path, manifest)) {
        assert.ok(existsSync(file), `${file} is missing`);
      }
    }
    for (const include of built.app.includes ?? []) {
      if (include.type === 'dashboard') {
        assert.ok(readJson<{ uid: string }>(join(DIST, include.path ?? '')).uid);
      }
    }
  });

  test('locales for every declared language are in dist', () => {
    for (const language of app.languages ?? []) {
      assert.ok(existsSync(join(DIST, 'locales', language, `${app.id}.json`)), language);
    }
  });
});
