import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { freePort } from '../helpers/ports';
import { numericLongProblems, wideSeriesProblems } from './helpers/alertShape';
import { packagedExecutable } from './helpers/executable';
import { describeFrame, type FrameDescription, rawNanoseconds } from './helpers/frames';
import { buildGoHost, goHostMissing, runGoHost } from './helpers/goHost';
import { assertGolden } from './helpers/golden';
import { frameBytes, type HostReport, reportSchema } from './helpers/report';
import { API_KEY, startSeededService } from './helpers/seededService';

const FROM = Date.parse('2026-11-30T00:00:00Z');
const TO = Date.parse('2026-12-01T00:00:00Z');

/** Golden frames by refId: every query type the seeded service can answer. */
const GOLDEN: Record<string, [string, object]> = {
  A: ['devices', { queryType: 'devices' }],
  B: ['fiscalDrives', { queryType: 'fiscalDrives' }],
  C: ['documents', { queryType: 'documents' }],
  D: ['ofdBacklog', { queryType: 'ofdBacklog' }],
  E: ['errors', { queryType: 'errors' }],
  F: ['errorSeries', { queryType: 'errors', format: 'series', groupBy: 'severity' }],
  G: ['fleetStats', { queryType: 'fleetStats' }],
};

async function plan(serviceUrl: string, executable: string) {
  const min = await freePort();
  const closed = await freePort();
  const query = (refId: string, json: object) => ({
    refId,
    json,
    from: FROM,
    to: TO,
    maxDataPoints: 24,
    intervalMs: 3_600_000,
  });
  return {
    executable,
    minPort: min,
    maxPort: min + 20,
    datasource: { url: serviceUrl, apiKey: API_KEY },
    health: [
      { name: 'ok', instance: { url: serviceUrl, apiKey: API_KEY } },
      { name: 'wrong key', instance: { url: serviceUrl, apiKey: 'not-the-key-0000000000' } },
      { name: 'no key', instance: { url: serviceUrl, apiKey: '' } },
      { name: 'no url', instance: { url: '', apiKey: API_KEY } },
      { name: 'down', instance: { url: `http://127.0.0.1:${closed}`, apiKey: API_KEY } },
    ],
    queries: [
      ...Object.entries(GOLDEN).map(([refId, [, json]]) => query(refId, json)),
      query('H', { queryType: 'errors', store: 'store-1', severity: 'critical' }),
      query('I', { queryType: 'devices', limit: 'all' }),
      query('J', { queryType: 'clusters' }),
    ],
    resources: [
      {
        name: 'devices',
        path: 'devices',
        method: 'GET',
        url: '/api/datasources/uid/kkt/resources/devices?store=store-1&limit=1',
      },
      {
        name: 'one device',
        path: 'devices/kkt-002',
        method: 'GET',
        url: '/api/datasources/uid/kkt/resources/devices/kkt-002',
      },
      {
        name: 'unknown device',
        path: 'devices/kkt-404',
        method: 'GET',
        url: '/api/datasources/uid/kkt/resources/devices/kkt-404',
      },
      { name: 'not forwarded', path: 'metrics', method: 'GET', url: '/api/datasources/uid/kkt/resources/metrics' },
      { name: 'not allowed', path: 'devices', method: 'POST', url: '/api/datasources/uid/kkt/resources/devices' },
    ],
  };
}

async function runHost(host: string, planned: object): Promise<HostReport> {
  const dir = mkdtempSync(join(tmpdir(), 'kkt-host-plan-'));
  try {
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(planned));
    return reportSchema.parse(await runGoHost(host, file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const missing = goHostMissing();

test(
  'Grafana’s plugin host (hashicorp/go-plugin) runs the packaged backend',
  { skip: missing ?? false, timeout: 600_000 },
  async (t) => {
    const service = await startSeededService(t);
    const planned = await plan(service.url, packagedExecutable());
    const report = await runHost(buildGoHost(), planned);
    const pluginLogs = report.logs.filter((l) => String(l['@module']).endsWith('gpx_kkt_monitor_linux_amd64'));

    await t.test(
      'the handshake negotiates protocol 2 over gRPC on 127.0.0.1, in the port range, well within a minute',
      () => {
        assert.equal(report.negotiatedVersion, 2);
        assert.equal(report.protocol, 'grpc');
        assert.equal(report.network, 'tcp');
        const [host, port] = report.address.split(':');
        assert.equal(host, '127.0.0.1');
        assert.ok(Number(port) >= planned.minPort && Number(port) <= planned.maxPort, report.address);
        assert.ok(report.startMs < 60_000, `${report.startMs} ms to the handshake`);
        assert.equal(report.ping, 'ok');
        assert.equal(report.healthService, 'SERVING');
      }
    );

    await t.test('CheckHealth names what to fix in one sentence, with the details', () => {
      const byName = Object.fromEntries(report.checkHealth.map((h) => [h.name, h]));
      assert.equal(byName.ok.status, 'OK');
      assert.match(
        byName.ok.message,
        /^Connected to kkt-monitor \S+ at http:\/\/127\.0\.0\.1:\d+ \(API version 1\): 3 registers\.$/
      );
      assert.equal(byName.ok.details.devices, 3);
      assert.match(byName['wrong key'].message, /rejected the API key: use one of the keys in its server\.apiKeys\.$/);
      assert.match(byName['no key'].message, /requires an API key: set it in the datasource settings\.$/);
      assert.equal(
        byName['no url'].message,
        'No kkt-monitor service URL is configured: set the URL in the datasource settings.'
      );
      assert.match(byName.down.message, /^Cannot reach the kkt-monitor service at .* \(ECONNREFUSED\): check the URL/);
      for (const name of ['wrong key', 'no key', 'no url', 'down']) {
        assert.equal(byName[name].status, 'ERROR', name);
      }
    });

    await t.test('every query type answers its golden frame, read as Grafana’s SDK reads it', () => {
      for (const [refId, [name]] of Object.entries(GOLDEN)) {
        const answer = report.queryData[refId];
        assert.deepEqual({ error: answer.error, status: answer.status }, { error: '', status: 200 }, name);
        const frames = frameBytes(report, refId);
        assert.equal(frames.length, 1, name);
        assertGolden(name, describeFrame(frames[0]));
      }
    });

    await t.test('times are nanoseconds; the series and the backlog have the shapes alerting accepts', () => {
      const [series] = frameBytes(report, 'F');
      assert.equal(rawNanoseconds(series, 'time')[1], BigInt(FROM + 3_600_000) * 1_000_000n);
      assert.deepEqual(wideSeriesProblems(describeFrame(series)), []);
      assert.deepEqual(numericLongProblems(describeFrame(frameBytes(report, 'D')[0])), []);
    });

    await t.test('the clusters of the real service read into the same schema as the golden clusters frame', () => {
      assert.deepEqual(
        { error: report.queryData.J.error, status: report.queryData.J.status },
        { error: '', status: 200 }
      );
      const schema = (frame: FrameDescription) =>
        frame.fields.map(({ name, type, nullable, metadata }) => ({ name, type, nullable, metadata }));
      const golden: FrameDescription = JSON.parse(readFileSync('test/backend/golden/clusters.json', 'utf8'));
      assert.deepEqual(schema(describeFrame(frameBytes(report, 'J')[0])), schema(golden));
    });

    await t.test('a store filter narrows errors; a bad query fails alone, as downstream', () => {
      const filtered = describeFrame(frameBytes(report, 'H')[0]);
      assert.deepEqual(filtered.fields[1].values, ['kkt-002', 'kkt-001']);
      assert.deepEqual(filtered.fields[2].values, ['critical', 'critical']);

      const bad = report.queryData.I;
      assert.deepEqual(
        { status: bad.status, source: bad.errorSource, frames: bad.frames },
        { status: 400, source: 'downstream', frames: null }
      );
      assert.match(bad.error, /^The query's limit is invalid/);
    });

    await t.test('resources reach the service with the key, and only allow-listed paths and GET', () => {
      const byName = Object.fromEntries(report.resources.map((r) => [r.name, r]));
      const devices = JSON.parse(byName.devices.body);
      assert.equal(byName.devices.code, 200);
      assert.deepEqual([devices.total, devices.limit, devices.items[0].id], [2, 1, 'kkt-001']);
      assert.equal(JSON.parse(byName['one device'].body).name, 'Касса 2');
      assert.equal(byName['unknown device'].code, 404);
      assert.equal(JSON.parse(byName['unknown device'].body).error.code, 'NOT_FOUND');
      assert.equal(byName['not forwarded'].code, 404);
      assert.match(byName['not forwarded'].body, /is not a path this datasource forwards/);
      assert.equal(byName['not allowed'].code, 405);
    });

    await t.test('CollectMetrics answers the Prometheus text format with requests, latency and failures', () => {
      assert.match(report.metrics, /^kkt_backend_requests_total\{method="CheckHealth",status="ok"\} 1$/m);
      assert.match(report.metrics, /^kkt_backend_requests_total\{method="CheckHealth",status="error"\} 4$/m);
      assert.match(report.metrics, /^kkt_backend_requests_total\{method="QueryData",status="error"\} 1$/m);
      assert.match(report.metrics, /^kkt_backend_query_duration_seconds_count\{query_type="errors"\} 3$/m);
      assert.match(report.metrics, /^kkt_backend_service_call_failures_total\{reason="forbidden"\} 1$/m);
      assert.match(report.metrics, /^kkt_backend_service_call_failures_total\{reason="unreachable"\} 1$/m);
      if (spawnSync('sh', ['-c', 'command -v promtool']).status === 0) {
        const lint = spawnSync('promtool', ['check', 'metrics'], { input: report.metrics, encoding: 'utf8' });
        assert.equal(lint.status, 0, lint.stdout + lint.stderr);
      }
    });

    await t.test(
      'logs are hclog JSON the host re-logs at their level; the key never appears; stdout stays empty',
      () => {
        const serving = pluginLogs.find((l) => l['@message'] === 'datasource backend serving');
        assert.equal(serving?.['@level'], 'info');
        assert.equal(serving?.address, report.address);
        assert.ok(
          pluginLogs.some((l) => l['@message'] === 'query failed' && l['@level'] === 'warn' && l.refId === 'I')
        );
        assert.ok(!JSON.stringify(report.logs).includes(API_KEY));
        assert.equal(report.stdout, '');
      }
    );

    await t.test('told to stop, the backend shuts down through the controller within a second', () => {
      assert.equal(report.exited, true);
      assert.ok(report.killMs < 1000, `${report.killMs} ms`);
      assert.ok(!report.logs.some((l) => l['@message'] === 'plugin failed to exit gracefully'));
      assert.ok(
        pluginLogs.some((l) => l['@message'] === 'datasource backend stopping' && l.reason === 'the plugin host asked')
      );
    });
  }
);
