import assert from 'node:assert/strict';
import { test } from 'node:test';

import { freePort } from '../../../test/helpers/ports';
import {
  type FakeAnswer,
  type Route,
  startFakeService,
  type TestContextLike,
} from '../../../test/backend/helpers/fakeService';
import { never, pluginContext, testDeps } from '../../../test/backend/helpers/requests';
import { checkHealth } from './checkHealth';

const KEY = 'key-0123456789abcdef';
const info = (apiVersion = 1, name = 'kkt-monitor'): FakeAnswer => ({
  body: { name, version: '0.9.0', apiVersion, startedAt: '2026-12-01T00:00:00.000Z' },
});
const stats: FakeAnswer = {
  body: {
    devices: 12,
    up: 10,
    down: 1,
    unknown: 1,
    backlogNearBlock: 0,
    fnExpiringSoon: 2,
    shiftsOverLimit: 0,
    errorsLast24h: { critical: 0, high: 1, warning: 2, info: 3 },
    byOperator: [],
  },
};
const keyed: Route = (_url, headers) =>
  headers.authorization === `Bearer ${KEY}`
    ? stats
    : { status: 403, body: { error: { code: 'FORBIDDEN', message: 'no' } } };

async function health(t: TestContextLike, routes: Record<string, Route>, apiKey?: string) {
  const service = await startFakeService(t, routes);
  const deps = testDeps();
  const answer = await checkHealth(deps, { pluginContext: pluginContext(service.url, apiKey) }, never);
  return { ...answer, details: JSON.parse(Buffer.from(answer.jsonDetails).toString()), url: service.url, service };
}

test('a reachable kkt-monitor that accepts the key is OK, with what was found', async (t) => {
  const answer = await health(t, { '/api/v1/info': () => info(), '/api/v1/fleet/stats': keyed }, KEY);

  assert.equal(answer.status, 'OK');
  assert.equal(answer.message, `Connected to kkt-monitor 0.9.0 at ${answer.url} (API version 1): 12 registers.`);
  assert.deepEqual(answer.details, { url: answer.url, serviceVersion: '0.9.0', apiVersion: 1, devices: 12 });
  const statsCall = answer.service.requests.find((r) => r.url === '/api/v1/fleet/stats');
  assert.equal(statsCall?.headers.authorization, `Bearer ${KEY}`);
});

test('each failure is one sentence naming what to fix', async (t) => {
  const rejecting = (status: number): FakeAnswer => ({ status, body: { error: { code: 'X', message: 'no' } } });
  const cases: Array<[string, Record<string, Route>, RegExp]> = [
    [
      'no key',
      { '/api/v1/info': () => info(), '/api/v1/fleet/stats': () => rejecting(401) },
      /requires an API key: set it in the datasource settings\.$/,
    ],
    [
      'bad key',
      { '/api/v1/info': () => info(), '/api/v1/fleet/stats': () => rejecting(403) },
      /rejected the API key: use one of the keys in its server\.apiKeys\.$/,
    ],
    [
      'old service',
      { '/api/v1/info': () => info(2) },
      /speaks API version 2 and this plugin speaks version 1: upgrade the older of the two\.$/,
    ],
    [
      'not kkt-monitor',
      { '/api/v1/info': () => info(1, 'grafana') },
      /is "grafana", not kkt-monitor: check the URL\.$/,
    ],
    ['no /info', {}, /does not answer like a kkt-monitor service \(no \/api\/v1\/info\): check the URL\.$/],
    ['broken service', { '/api/v1/info': () => rejecting(500) }, /failed \(HTTP 500\): no \(X\)\.$/],
  ];
  for (const [name, routes, message] of cases) {
    const answer = await health(t, routes, KEY);
    assert.equal(answer.status, 'ERROR', name);
    assert.match(answer.message, message, name);
    assert.equal(answer.details.url, answer.url, name);
  }
});

test('an unreachable service and a missing URL are named, with the details', async () => {
  const deps = testDeps();
  const port = await freePort();
  const down = await checkHealth(deps, { pluginContext: pluginContext(`http://127.0.0.1:${port}`) }, never);
  assert.equal(down.status, 'ERROR');
  assert.equal(
    down.message,
    `Cannot reach the kkt-monitor service at http://127.0.0.1:${port} (ECONNREFUSED): check the URL and that the service is running.`
  );
  assert.deepEqual(JSON.parse(Buffer.from(down.jsonDetails).toString()), {
    url: `http://127.0.0.1:${port}`,
    reason: 'unreachable',
    error: 'ECONNREFUSED',
    status: 502,
  });

  const none = await checkHealth(deps, { pluginContext: pluginContext('') }, never);
  assert.equal(none.message, 'No kkt-monitor service URL is configured: set the URL in the datasource settings.');
  assert.deepEqual(JSON.parse(Buffer.from(none.jsonDetails).toString()), { setting: 'url' });
});
