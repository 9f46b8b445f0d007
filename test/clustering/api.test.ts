import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { type ClusterView } from '../../src/api/types';
import { conditionClusterId } from '../../src/service/clustering/clusterId';
import { hasCommand } from '../helpers/prometheus';
import { testService } from '../helpers/service';
import { errorEvent, fnExhausted } from './events';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Three clusters: a critical FN condition on two devices, an old paper warning and a new driver failure. */
function seeded(t: Parameters<typeof testService>[0]) {
  const service = testService(t, 'clustering:\n  noveltyWindow: 1d\n');
  const now = Date.now();
  service.ctx.ingest.events([
    fnExhausted({ deviceId: 'kkt-1', time: now - 2 * HOUR }),
    fnExhausted({ deviceId: 'kkt-2', time: now - HOUR }),
    fnExhausted({ deviceId: 'kkt-2', time: now - HOUR }),
    errorEvent('Paper out in printer 1', { deviceId: 'kkt-3', time: now - 5 * DAY, severity: 'info' }),
    errorEvent('Paper out in printer 2', { deviceId: 'kkt-3', time: now - 4 * DAY, severity: 'info' }),
    errorEvent('Display cable unplugged', { deviceId: 'kkt-1', time: now - 3 * HOUR }),
  ]);
  return service;
}

async function list(service: ReturnType<typeof seeded>, query = '') {
  const response = await service.http.inject(`/api/v1/clusters${query}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as { items: ClusterView[]; total: number; limit: number; offset: number };
}

const templates = (page: { items: ClusterView[] }) => page.items.map((c) => c.template);

test('clusters are listed biggest first with their counts, devices and trend', async (t) => {
  const page = await list(seeded(t));

  assert.equal(page.total, 3);
  assert.deepEqual(templates(page), [
    'Storage resource exhausted',
    'Paper out in printer <*>',
    'Display cable unplugged',
  ]);
  const fn = page.items[0];
  assert.equal(fn.id, conditionClusterId('fn:0x14'));
  assert.equal(fn.condition, 'fn:0x14');
  assert.equal(fn.count, 3);
  assert.deepEqual(fn.devices, ['kkt-1', 'kkt-2']);
  assert.equal(fn.deviceCount, 2);
  assert.equal(fn.trend.intervalSeconds, 3600);
  assert.equal(
    fn.trend.counts.reduce((a, b) => a + b, 0),
    3
  );
  assert.deepEqual(fn.samples, [], 'samples come with one cluster only');
});

test('a cluster carries the condition of its events, of every kind, so its errors can be listed by it', async (t) => {
  const service = testService(t);
  const fdo = { condition: 'driver:fdo-data-sending-failed', title: 'Driver failure: fdo data sending failed' };
  service.ctx.ingest.events([
    errorEvent('FDO data sending failed after 3 tries', fdo),
    errorEvent('FDO data sending failed after 12 tries', fdo),
    fnExhausted(),
  ]);

  const page = await list(service);
  const conditions = page.items.map((c) => c.condition).sort();
  const errors = await service.http.inject(`/api/v1/errors?condition=${encodeURIComponent(fdo.condition)}`);

  assert.deepEqual(conditions, [fdo.condition, 'fn:0x14']);
  assert.equal(page.items.find((c) => c.condition === fdo.condition)?.count, 2);
  assert.equal((errors.json() as { total: number }).total, 2);
});

test('filters by severity, device, time range and novelty', async (t) => {
  const service = seeded(t);
  const now = Date.now();

  const critical = await list(service, '?severity=critical');
  const onKkt3 = await list(service, '?device=kkt-3,kkt-9');
  const lastDay = await list(service, `?from=${new Date(now - DAY).toISOString()}&to=${now}`);
  const novel = await list(service, '?novel=true');
  const known = await list(service, '?novel=false');

  assert.deepEqual(templates(critical), ['Storage resource exhausted']);
  assert.deepEqual(templates(onKkt3), ['Paper out in printer <*>']);
  assert.deepEqual(templates(lastDay), ['Storage resource exhausted', 'Display cable unplugged']);
  assert.deepEqual(templates(novel), ['Storage resource exhausted', 'Display cable unplugged']);
  assert.deepEqual(templates(known), ['Paper out in printer <*>']);
});

test('pages through the list with limit and offset', async (t) => {
  const service = seeded(t);

  const first = await list(service, '?limit=2');
  const second = await list(service, '?limit=2&offset=2');

  assert.deepEqual([first.total, first.limit, first.offset, first.items.length], [3, 2, 0, 2]);
  assert.deepEqual([second.total, second.offset, second.items.length], [3, 2, 1]);
  assert.equal(second.items[0].template, 'Display cable unplugged');
});

test('one cluster comes with its samples and every device', async (t) => {
  const service = seeded(t);
  const id = conditionClusterId('fn:0x14');

  const response = await service.http.inject(`/api/v1/clusters/${id}`);
  const cluster = response.json() as ClusterView;

  assert.equal(response.statusCode, 200);
  assert.equal(cluster.samples.length, 3);
  assert.ok(cluster.samples.every((s) => s.message === 'Исчерпан ресурс хранения'));
  assert.deepEqual(cluster.devices, ['kkt-1', 'kkt-2']);
});

test('bad queries and unknown ids get a sentence', async (t) => {
  const service = seeded(t);

  const unknown = await service.http.inject('/api/v1/clusters/0000000000000000');
  const backwards = await service.http.inject('/api/v1/clusters?from=2026-01-02&to=2026-01-01');
  const severity = await service.http.inject('/api/v1/clusters?severity=fatal');
  const novel = await service.http.inject('/api/v1/clusters?novel=yes');

  assert.equal(unknown.statusCode, 404);
  assert.match(unknown.json().error.message, /no cluster with id/);
  assert.equal(backwards.statusCode, 400);
  assert.equal(severity.statusCode, 400);
  assert.equal(novel.statusCode, 400);
});

test('with clustering off, the clusters API says which setting to change', async (t) => {
  const service = testService(t, 'clustering:\n  enabled: false\n');

  const response = await service.http.inject('/api/v1/clusters');

  assert.equal(response.statusCode, 404);
  assert.match(response.json().error.message, /clustering\.enabled/);
});

test('/metrics counts clusters by severity and events for the biggest clusters only', async (t) => {
  const service = testService(t);
  const events = Array.from({ length: 30 }, (_, i) =>
    Array.from({ length: i + 1 }, () => errorEvent(`Kind${letters(i)} failure seen`))
  ).flat();
  service.ctx.ingest.events(events);

  const body = (await service.http.inject('/metrics')).body;
  const series = [...body.matchAll(/^kkt_cluster_events_total\{cluster="([^"]+)"\} (\d+)$/gm)];

  assert.match(body, /^kkt_clusters\{severity="warning"\} 30$/m);
  assert.match(body, /^kkt_cluster_templates 30$/m);
  assert.equal(series.length, 21, 'twenty clusters and "other"');
  assert.equal(
    series.reduce((sum, m) => sum + Number(m[2]), 0),
    events.length
  );
  assert.equal(series.find((m) => m[1] === 'other')?.[2], String(((1 + 10) * 10) / 2), 'the ten smallest');
  if (hasCommand('promtool')) {
    const lint = spawnSync('promtool', ['check', 'metrics'], { input: body, encoding: 'utf8' });
    assert.equal(lint.status, 0, `promtool check metrics:\n${lint.stdout}${lint.stderr}`);
  }
});

test('"other" never falls when a merge moves its events into a cluster of the top', async (t) => {
  const service = testService(t);
  const failure = (who: string, n: number) =>
    Array.from({ length: n }, () => errorEvent(`Login failed for user ${who}`));
  const kinds = Array.from({ length: 19 }, (_, i) =>
    Array.from({ length: 20 }, () => errorEvent(`Kind${letters(i)} seen`))
  );
  // Five spellings of one position make it a variable at the next merge: the small four join the big one.
  service.ctx.ingest.events([
    ...kinds.flat(),
    ...failure('zed', 30),
    ...['amy', 'bob', 'cid', 'dan'].flatMap((w) => failure(w, 2)),
  ]);
  const other = async () => {
    const body = (await service.http.inject('/metrics')).body;
    return Number(/^kkt_cluster_events_total\{cluster="other"\} (\d+)$/m.exec(body)?.[1]);
  };

  const before = await other();
  const { merged } = service.ctx.clusters?.engine.merge() ?? { merged: 0 };
  const after = await other();

  assert.ok(merged > 0, 'the merge joined clusters');
  assert.ok(before > 0, 'small spellings not yet merged are "other"');
  assert.equal(after, before, 'their events moved into the top, yet "other" holds');
});

function letters(n: number): string {
  return String.fromCharCode(97 + (n % 26)) + String.fromCharCode(97 + Math.floor(n / 26));
}
