import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { parse } from 'yaml';

import { hasCommand } from '../helpers/prometheus';
import { tempDir } from '../helpers/tmp';

const ROOT = join(__dirname, '..', '..');

interface ComposeService {
  volumes?: string[];
  environment?: Record<string, string>;
  command?: string[];
}

const compose = () =>
  parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, ComposeService> };

test(
  'docker-compose accepts the Compose file',
  { skip: !hasCommand('docker-compose') && 'docker-compose is not installed' },
  () => {
    const result = spawnSync('docker-compose', ['-f', join(ROOT, 'docker-compose.yml'), 'config', '-q'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
  }
);

test('every file the stack mounts exists in the repository, dist/ aside', () => {
  for (const [name, service] of Object.entries(compose().services)) {
    for (const volume of service.volumes ?? []) {
      const source = volume.split(':')[0];
      if (source.startsWith('./') && source !== './dist') {
        assert.ok(existsSync(join(ROOT, source)), `${name} mounts ${source}`);
      }
    }
  }
});

test(
  'Prometheus of the stack loads its configuration and the shipped rules',
  { skip: !hasCommand('promtool') && 'promtool is not installed' },
  (t) => {
    const text = readFileSync(join(ROOT, 'deploy/prometheus/prometheus.yml'), 'utf8').replace(
      '/etc/prometheus/rules/',
      `${join(ROOT, 'rules')}/`
    );
    const file = join(tempDir(t), 'prometheus.yml');
    writeFileSync(file, text);

    const result = spawnSync('promtool', ['check', 'config', file], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /SUCCESS: \d+ rules found/);
  }
);

test('Grafana in the stack allows every plugin id of the app unsigned', () => {
  const allowed = compose().services.grafana.environment?.GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS.split(',') ?? [];
  const app = JSON.parse(readFileSync(join(ROOT, 'src/plugin.json'), 'utf8')) as { id: string };
  const nested = ['src/datasource/plugin.json', 'src/panels/clusters/plugin.json']
    .filter((p) => existsSync(join(ROOT, p)))
    .map((p) => (JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as { id: string }).id);

  for (const id of [app.id, ...nested]) {
    assert.ok(allowed.includes(id), `${id} is allowed`);
  }
});

test('the service in the stack runs the example configuration, which the loader accepts', () => {
  const service = compose().services['kkt-monitor'];
  assert.deepEqual(service.command, ['run', '--config', 'examples/kkt-monitor.yaml']);
  const check = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/service/cli/bin.ts'), 'check-config', join(ROOT, 'examples/kkt-monitor.yaml')],
    {
      encoding: 'utf8',
      env: { ...process.env, ...service.environment },
    }
  );
  assert.equal(check.status, 0, check.stderr);
});
