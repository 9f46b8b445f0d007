import assert from 'node:assert/strict';
import { test } from 'node:test';

import { describeFrame } from '../../../test/backend/helpers/frames';
import { startFakeService } from '../../../test/backend/helpers/fakeService';
import { dataQuery, never, pluginContext, testDeps } from '../../../test/backend/helpers/requests';
import { deviceView, page } from '../../../test/backend/helpers/views';
import { BackendError } from '../errors';
import { queryData } from './queryData';

test('each query is answered on its own: a failing one never takes the others down', async (t) => {
  const service = await startFakeService(t, {
    '/api/v1/devices': (url) => ({ body: page([deviceView('kkt-001')], url) }),
    '/api/v1/fleet/stats': () => ({
      status: 500,
      body: { error: { code: 'STORE_FAILED', message: 'the store failed' } },
    }),
  });
  const deps = testDeps();

  const { responses } = await queryData(
    deps,
    {
      pluginContext: pluginContext(service.url, 'key-0123456789abcdef'),
      headers: {},
      queries: [
        dataQuery('A', { queryType: 'devices' }),
        dataQuery('B', { queryType: 'devices', limit: -1 }),
        dataQuery('C', { queryType: 'fleetStats' }),
        dataQuery('D', { queryType: 'devices', format: 'series' }),
      ],
    },
    never
  );

  assert.equal(responses.A.status, 200);
  assert.equal(responses.A.error, '');
  assert.deepEqual(describeFrame(responses.A.frames[0]).fields[0].values, ['kkt-001']);

  assert.deepEqual(
    { status: responses.B.status, source: responses.B.errorSource, frames: responses.B.frames.length },
    { status: 400, source: 'downstream', frames: 0 }
  );
  assert.match(responses.B.error, /The query's limit is invalid/);

  assert.deepEqual(
    { status: responses.C.status, source: responses.C.errorSource },
    { status: 502, source: 'downstream' }
  );
  assert.equal(responses.C.error, `The service at ${service.url} failed (HTTP 500): the store failed (STORE_FAILED)`);

  assert.equal(responses.D.status, 400);
  assert.equal(responses.D.error, 'The format "series" is for errors; devices answers a table');
});

test('without a URL every query says which setting to fix, and nothing is called', async () => {
  const { responses } = await queryData(
    testDeps(),
    { pluginContext: pluginContext(''), headers: {}, queries: [dataQuery('A', { queryType: 'devices' })] },
    never
  );

  assert.deepEqual(responses.A, {
    frames: [],
    error: 'No kkt-monitor service URL is configured: set the URL in the datasource settings',
    status: 400,
    errorSource: 'downstream',
  });
});

test('a request that is not a QueryData request fails as a whole, as the plugin’s', async () => {
  await assert.rejects(
    queryData(testDeps(), { queries: 'all' }, never),
    (error: unknown) => error instanceof BackendError && error.source === 'plugin' && /malformed/.test(error.message)
  );
});

test('outcomes are counted per request, durations per query type, failures per reason', async (t) => {
  const service = await startFakeService(t, {
    '/api/v1/fleet/stats': () => ({ status: 403, body: { error: { code: 'FORBIDDEN', message: 'no' } } }),
  });
  const deps = testDeps();
  const request = {
    pluginContext: pluginContext(service.url, 'wrong'),
    headers: {},
    queries: [dataQuery('A', { queryType: 'fleetStats' })],
  };
  await queryData(deps, request, never);
  await queryData(deps, request, never);

  const text = await deps.metrics.registry.metrics();
  assert.match(text, /^kkt_backend_requests_total\{method="QueryData",status="error"\} 2$/m);
  assert.match(text, /^kkt_backend_query_duration_seconds_count\{query_type="fleetStats"\} 2$/m);
  assert.match(text, /^kkt_backend_service_call_failures_total\{reason="forbidden"\} 2$/m);
});

test('the API key never reaches the log', async (t) => {
  const service = await startFakeService(t, {});
  const deps = testDeps();
  const key = 'secret-key-4f7e2a9c1b';
  await queryData(
    deps,
    {
      pluginContext: pluginContext(service.url, key),
      headers: {},
      queries: [dataQuery('A', { queryType: 'fleetStats' })],
    },
    never
  );

  assert.ok(deps.lines.length > 0);
  assert.ok(deps.lines.every((line) => !line.includes(key)));
});
