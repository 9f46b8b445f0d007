import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { hasCommand } from '../helpers/prometheus';
import { testService } from '../helpers/service';
import { smallFleet } from './fleet';

test(
  'promtool check metrics accepts every family on /metrics',
  { skip: !hasCommand('promtool') && 'promtool is not installed' },
  async (t) => {
    const service = testService(t);
    service.ctx.fleet.restore(smallFleet().snapshot().devices);
    service.ctx.metrics.logLinesSkipped.inc({ collector: 'atol', reason: 'binary' });
    service.ctx.metrics.ofdRequestDuration.observe({ operator: 'platforma' }, 0.2);

    const response = await service.http.inject({ method: 'GET', url: '/metrics' });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /^text\/plain; version=0\.0\.4/);

    const lint = spawnSync('promtool', ['check', 'metrics'], { input: response.body, encoding: 'utf8' });
    assert.equal(lint.status, 0, `promtool check metrics:\n${lint.stdout}${lint.stderr}`);

    const families = [...response.body.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]);
    const expected = [
      'kkt_device_up',
      'kkt_fn_expiry_timestamp_seconds',
      'kkt_log_lines_skipped_total',
      'process_cpu_seconds_total',
    ];
    for (const family of expected) {
      assert.ok(families.includes(family), `${family} is on /metrics`);
    }
  }
);

test('/metrics is gzipped when Prometheus asks for it', async (t) => {
  const service = testService(t);
  service.ctx.fleet.restore(smallFleet().snapshot().devices);

  const response = await service.http.inject({
    method: 'GET',
    url: '/metrics',
    headers: { 'accept-encoding': 'gzip' },
  });

  assert.equal(response.headers['content-encoding'], 'gzip');
  const body = (await import('node:zlib')).gunzipSync(response.rawPayload).toString('utf8');
  assert.match(body, /kkt_device_info\{device_id="store-01-kkt-01"/);
});
