import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { runServer } from '../../src/service/server';
import { silentLogger } from '../../src/service/logger';
import { smallFleet } from '../exporter/fleet';
import { freePort } from '../helpers/ports';
import { hasCommand, startPrometheus } from '../helpers/prometheus';
import { tempDir } from '../helpers/tmp';

interface VectorResult {
  metric: Record<string, string>;
  value: [number, string];
}

async function instantQuery(url: string, expr: string): Promise<VectorResult[]> {
  const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const body = (await response.json()) as { status: string; data: { result: VectorResult[] } };
  assert.equal(body.status, 'success');
  return body.data.result;
}

async function eventually<T>(fn: () => Promise<T>, done: (value: T) => boolean, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let value = await fn();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await fn();
  }
  return value;
}

test(
  'a real Prometheus scrapes the service and reads kkt_* series back',
  { skip: !hasCommand('prometheus') && 'prometheus is not installed' },
  async (t) => {
    const dir = tempDir(t);
    const port = await freePort();
    const configFile = join(dir, 'kkt.yaml');
    writeFileSync(configFile, `server:\n  listen: 127.0.0.1:${port}\nstorage:\n  path: ${join(dir, 'kkt.db')}\n`);

    const server = await runServer(configFile, silentLogger());
    t.after(() => server.close());
    server.service.ctx.fleet.restore(smallFleet().snapshot().devices);

    const prometheus = await startPrometheus({
      dir,
      config: [
        'global:',
        '  scrape_interval: 1s',
        'scrape_configs:',
        '  - job_name: kkt-monitor',
        `    static_configs: [{ targets: ['127.0.0.1:${port}'] }]`,
      ].join('\n'),
    });
    t.after(() => prometheus.stop());

    const up = await eventually(
      () => instantQuery(prometheus.url, 'up{job="kkt-monitor"}'),
      (r) => r.length === 1 && r[0].value[1] === '1'
    );
    assert.equal(up[0].value[1], '1', 'the target is up');

    const backlog = await instantQuery(prometheus.url, 'kkt_ofd_unsent_documents');
    assert.deepEqual(backlog.map((r) => [r.metric.device_id, r.value[1]]).sort(), [
      ['store-01-kkt-01', '3'],
      ['store-01-kkt-02', '0'],
    ]);

    const joined = await instantQuery(
      prometheus.url,
      'kkt_fn_expiry_timestamp_seconds * on(device_id) group_left(store, operator) kkt_device_info'
    );
    assert.equal(joined.length, 1);
    assert.equal(joined[0].metric.operator, 'platforma');
    assert.equal(Number(joined[0].value[1]), Date.UTC(2026, 11, 21, 12, 0) / 1000);

    const unknown = await instantQuery(prometheus.url, 'kkt_device_up{device_id="store-02-kkt-03"}');
    assert.deepEqual(unknown, [], 'a register nothing is known of has no up series');
  }
);

test(
  'driver log errors reach Prometheus as kkt_device_errors_total',
  { skip: !hasCommand('prometheus') && 'prometheus is not installed' },
  async (t) => {
    const dir = tempDir(t);
    const port = await freePort();
    const logs = join(__dirname, '..', '..', 'examples', 'logs');
    const configFile = join(dir, 'kkt.yaml');
    writeFileSync(
      configFile,
      [
        `server:\n  listen: 127.0.0.1:${port}`,
        `storage:\n  path: ${join(dir, 'kkt.db')}`,
        'collectors:',
        '  files:',
        '    - name: atol',
        '      format: atol',
        `      paths: ['${logs}/store-*/kkt-*/fptr10.log']`,
        "      devicePattern: '(?<store>store-\\d+)/(?<till>kkt-\\d+)/'",
        "      device: '{store}-{till}'",
      ].join('\n')
    );

    const server = await runServer(configFile, silentLogger());
    t.after(() => server.close());
    const prometheus = await startPrometheus({
      dir,
      config: `global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: kkt\n    static_configs: [{ targets: ['127.0.0.1:${port}'] }]\n`,
    });
    t.after(() => prometheus.stop());

    const shift = await eventually(
      () => instantQuery(prometheus.url, 'kkt_device_errors_total{device_id="store-03-kkt-07",severity="critical"}'),
      (r) => r.length > 0
    );
    const lines = await instantQuery(prometheus.url, 'kkt_log_lines_read_total{collector="atol"}');

    assert.equal(shift[0]?.metric.family, 'fn', 'the shift over 24 hours on store-03-kkt-07 is FN condition 0x16');
    assert.ok(Number(shift[0].value[1]) >= 2);
    assert.ok(Number(lines[0]?.value[1]) > 1000, 'both ATOL logs were read');
  }
);
