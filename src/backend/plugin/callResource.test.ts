import assert from 'node:assert/strict';
import { test } from 'node:test';

import { freePort } from '../../../test/helpers/ports';
import { startFakeService } from '../../../test/backend/helpers/fakeService';
import { never, pluginContext, testDeps } from '../../../test/backend/helpers/requests';
import { callResource } from './callResource';

const KEY = 'key-0123456789abcdef';

function request(url: string, path: string, method = 'GET', query = '') {
  return {
    pluginContext: pluginContext(url, KEY),
    path,
    method,
    url: `/api/datasources/uid/kkt/resources/${path}${query}`,
    headers: { Cookie: { values: ['grafana_session=abc'] } },
    body: Buffer.alloc(0),
  };
}

const json = (body: Uint8Array) => JSON.parse(Buffer.from(body).toString());

test('a page’s call goes to /api/v1/<path> with its query string and the key, and comes back as it was', async (t) => {
  const service = await startFakeService(t, {
    '/api/v1/devices': (url) => ({
      status: 200,
      body: { items: [], total: 0, limit: Number(url.searchParams.get('limit')), offset: 0 },
    }),
    '/api/v1/devices/kkt-9': () => ({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'no register kkt-9' } },
    }),
  });

  const ok = await callResource(testDeps(), request(service.url, 'devices', 'GET', '?limit=5&store=a%20b'), never);
  assert.equal(ok.code, 200);
  assert.deepEqual(json(ok.body), { items: [], total: 0, limit: 5, offset: 0 });
  assert.deepEqual(ok.headers, { 'content-type': { values: ['application/json; charset=utf-8'] } });

  const [forwarded] = service.requests;
  assert.equal(forwarded.url, '/api/v1/devices?limit=5&store=a%20b');
  assert.equal(forwarded.headers.authorization, `Bearer ${KEY}`);
  assert.equal(forwarded.headers.cookie, undefined);

  const missing = await callResource(testDeps(), request(service.url, 'devices/kkt-9'), never);
  assert.equal(missing.code, 404);
  assert.deepEqual(json(missing.body), { error: { code: 'NOT_FOUND', message: 'no register kkt-9' } });
});

test('paths off the list, other methods, no URL and a service that is down each get a JSON error', async (t) => {
  const service = await startFakeService(t, {});
  const port = await freePort();
  const deps = testDeps();

  const cases: Array<[ReturnType<typeof request>, number, string]> = [
    [request(service.url, 'metrics'), 404, 'NOT_FOUND'],
    [request(service.url, '../../api/admin'), 404, 'NOT_FOUND'],
    [request(service.url, 'devices', 'DELETE'), 405, 'METHOD_NOT_ALLOWED'],
    [request('', 'devices'), 503, 'NOT_CONFIGURED'],
    [request(`http://127.0.0.1:${port}`, 'devices'), 502, 'SERVICE_UNAVAILABLE'],
  ];
  for (const [input, code, errorCode] of cases) {
    const answer = await callResource(deps, input, never);
    assert.equal(answer.code, code, input.path);
    assert.equal(json(answer.body).error.code, errorCode, input.path);
  }
  assert.equal(service.requests.length, 0);
});
