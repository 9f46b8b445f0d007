import assert from 'node:assert/strict';
import { test } from 'node:test';

import { searchOf } from './callResource';
import { matchResource } from './resourceRoutes';

test('the read API of the service is forwarded, with or without slashes around the path', () => {
  for (const path of [
    'info',
    'devices',
    '/devices/kkt-001',
    'devices/0000000001012345/',
    'errors',
    'errors/series',
    'documents',
    'fleet/stats',
    'clusters',
    'clusters/c-1f2e',
    'advisor/suggestions',
  ]) {
    const match = matchResource(path, 'GET');
    assert.ok(match.ok, path);
  }
  assert.deepEqual(matchResource('/devices/kkt-001/', 'get'), { ok: true, path: 'devices/kkt-001' });
});

test('anything else is 404, and only GET is allowed', () => {
  const notFound = [
    '',
    'metrics',
    'devices/a/b',
    '../metrics',
    'devices/..',
    'devices/%2e%2e',
    'devices/a b',
    'api/v1/devices',
    'healthz',
  ];
  for (const path of notFound) {
    const match = matchResource(path, 'GET');
    assert.equal(match.ok ? 200 : match.code, 404, path);
  }

  const post = matchResource('devices', 'POST');
  assert.equal(post.ok ? 200 : post.code, 405);
  assert.match(post.ok ? '' : post.message, /POST is not allowed on "devices"; use GET/);
});

test('the query string of the request URL is kept as it came', () => {
  assert.equal(searchOf('/api/datasources/uid/kkt/resources/devices?limit=5&store=a%20b'), '?limit=5&store=a%20b');
  assert.equal(searchOf('/api/datasources/uid/kkt/resources/devices'), '');
  assert.equal(searchOf('/x?'), '');
});
