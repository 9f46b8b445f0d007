import assert from 'node:assert/strict';
import { type AddressInfo } from 'node:net';
import { test } from 'node:test';

import { smallFleet } from '../../../test/exporter/fleet';
import { testService } from '../../../test/helpers/service';
import { type ErrorEvent } from '../domain/errorEvent';

const KEY = 'a-long-enough-api-key-0001';

function seeded(t: Parameters<typeof testService>[0], yaml = '', env: Record<string, string> = {}) {
  const service = testService(t, yaml, env);
  service.ctx.fleet.restore(smallFleet().snapshot().devices);
  const event = (offset: number, deviceId: string, severity: ErrorEvent['severity']): ErrorEvent => ({
    deviceId,
    time: Date.UTC(2026, 10, 30, 10, 0, offset),
    timeSource: 'log',
    family: 'fn',
    code: '0x14',
    condition: 'fn:0x14',
    severity,
    title: 'storage resource exhausted',
    message: `event ${offset}`,
    source: { kind: 'file', path: '/logs/a.log', fileId: 'f', offset },
  });
  service.ctx.ingest.fileBatch(
    [
      event(0, 'store-01-kkt-01', 'critical'),
      event(1, 'store-01-kkt-02', 'warning'),
      event(2, 'store-01-kkt-01', 'info'),
    ],
    { collector: 'c', fileId: 'f', path: '/logs/a.log', offset: 3, size: 3, fingerprint: 'x' },
    new Map()
  );
  return service;
}

test('devices are listed with paging and filters', async (t) => {
  const service = seeded(t);

  const all = (await service.http.inject('/api/v1/devices?limit=2')).json();
  const down = (await service.http.inject('/api/v1/devices?up=false')).json();

  assert.equal(all.total, 3);
  assert.deepEqual(
    all.items.map((d: { id: string }) => d.id),
    ['store-01-kkt-01', 'store-01-kkt-02']
  );
  assert.deepEqual(
    down.items.map((d: { id: string }) => d.id),
    ['store-01-kkt-02']
  );
});

test('a device is found by id or by registration number, unknown values stay null', async (t) => {
  const service = seeded(t);

  const byRnm = (await service.http.inject('/api/v1/devices/0000000001012345')).json();
  const unknown = (await service.http.inject('/api/v1/devices/store-02-kkt-03')).json();

  assert.equal(byRnm.id, 'store-01-kkt-01');
  assert.equal(byRnm.fiscalDrive.expirySource, 'forecast');
  assert.equal(byRnm.errors.critical, 3, 'two from the fleet, one ingested');
  assert.equal(unknown.ofd.unsentCount, null);
  assert.equal(unknown.up, null);
});

test('errors are filtered by device and severity, newest first', async (t) => {
  const service = seeded(t);

  const body = (await service.http.inject('/api/v1/errors?device=store-01-kkt-01&severity=critical,info')).json();

  assert.equal(body.total, 2);
  assert.deepEqual(
    body.items.map((e: { message: string }) => e.message),
    ['event 2', 'event 0']
  );
});

test('error counts per interval come back as series', async (t) => {
  const service = seeded(t);
  const from = Date.UTC(2026, 10, 30, 10, 0);

  const body = (
    await service.http.inject(`/api/v1/errors/series?from=${from}&to=${from + 60_000}&step=30&groupBy=severity`)
  ).json();

  assert.equal(body.stepSeconds, 30);
  assert.deepEqual(body.series, [
    { labels: { severity: 'critical' }, counts: [1, 0] },
    { labels: { severity: 'info' }, counts: [1, 0] },
    { labels: { severity: 'warning' }, counts: [1, 0] },
  ]);
});

const BAD_REQUESTS: Array<[string, RegExp]> = [
  ['/api/v1/errors?limit=0', /limit must be a whole number from 1 to 1000, got "0"/],
  ['/api/v1/errors?severity=fatal', /severity "fatal" is not one of: critical, high, warning, info/],
  ['/api/v1/errors?from=yesterday', /from must be an ISO 8601 time or a Unix timestamp/],
  ['/api/v1/errors?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z', /from must be earlier than to/],
  ['/api/v1/errors?limit=5&limit=6', /limit is given more than once/],
  ['/api/v1/devices?operator=ofd-x', /operator "ofd-x" is not one of/],
  ['/api/v1/errors/series?from=0&to=100000000000&step=1', /more than 11000 points: set step to 9091 or more/],
  ['/api/v1/errors?from=2025-03-10T16:10:00', /from "2025-03-10T16:10:00" has no time zone: add Z or an offset/],
  ['/api/v1/errors?from=2025-02-30', /from "2025-02-30" is not a date in the calendar/],
  ['/api/v1/errors?to=-1', /to must be an ISO 8601 time or a Unix timestamp, got "-1"/],
  ['/api/v1/errors?sevrity=critical', /unknown parameter "sevrity"; it accepts device, severity, family/],
  ['/api/v1/devices/store-01-kkt-01?verbose=1', /unknown parameter "verbose"; it takes none/],
];

for (const [url, message] of BAD_REQUESTS) {
  test(`a bad request gets a sentence: ${url}`, async (t) => {
    const response = await seeded(t).http.inject(url);
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().error.code, 'BAD_PARAMETER');
    assert.match(response.json().error.message, message);
  });
}

test('times are read as ISO 8601 with a zone, as a date, or as Unix seconds and milliseconds', async (t) => {
  const service = seeded(t);
  const count = async (from: string) =>
    (await service.http.inject(`/api/v1/errors?from=${encodeURIComponent(from)}`)).json().total as number;

  const all = await count('2026-11-30');
  assert.ok(all > 0);
  assert.equal(await count('2026-11-30T13:00:00+03:00'), all, 'an offset: 13:00 in Moscow is 10:00 UTC');
  assert.equal(await count('2026-11-30 10:00:00Z'), all);
  assert.equal(await count(String(Date.UTC(2026, 10, 30, 10) / 1000)), all);
  assert.equal(await count('2026-11-30T10:01:00Z'), 0, 'every seeded event is in the first minute');
});

test('the operator filter takes "none", the name fleet statistics give registers without one', async (t) => {
  const service = seeded(t);
  const stats = (await service.http.inject('/api/v1/fleet/stats')).json();
  const none = stats.byOperator.find((row: { operator: string }) => row.operator === 'none');
  const devices = (await service.http.inject('/api/v1/devices?operator=none')).json();

  assert.ok(none.devices > 0);
  assert.equal(devices.total, none.devices);
  assert.ok(devices.items.every((d: { operator: string | null }) => d.operator === null));
});

test('unknown paths and devices answer 404 with JSON', async (t) => {
  const service = seeded(t);

  const route = await service.http.inject('/api/v1/nothing');
  const device = await service.http.inject('/api/v1/devices/none');

  assert.equal(route.statusCode, 404);
  assert.match(route.json().error.message, /no route GET \/api\/v1\/nothing/);
  assert.equal(device.statusCode, 404);
  assert.match(device.json().error.message, /no register with id, registration number or serial "none"/);
});

test('with API keys configured, the API requires one and the probes stay open', async (t) => {
  const service = seeded(t, `server:\n  apiKeys: ["${KEY}"]\n`);

  const none = await service.http.inject('/api/v1/devices');
  const wrong = await service.http.inject({
    url: '/api/v1/devices',
    headers: { authorization: 'Bearer wrong-key-wrong-key' },
  });
  const bearer = await service.http.inject({ url: '/api/v1/devices', headers: { authorization: `Bearer ${KEY}` } });
  const header = await service.http.inject({ url: '/api/v1/errors', headers: { 'x-api-key': KEY } });

  assert.equal(none.statusCode, 401);
  assert.match(none.json().error.message, /Authorization: Bearer <key>" or "X-API-Key: <key>/);
  assert.equal(wrong.statusCode, 403);
  assert.equal(bearer.statusCode, 200);
  assert.equal(header.statusCode, 200);
  for (const open of ['/healthz', '/readyz', '/metrics', '/api/v1/info']) {
    assert.equal((await service.http.inject(open)).statusCode, 200, `${open} needs no key`);
  }
  const infoWithParameter = await service.http.inject('/api/v1/info?x=1');
  assert.equal(infoWithParameter.statusCode, 400, 'the info route is open whatever its query says');
});

test('a key left empty by an unset ${VAR:-} leaves the API open; a set one closes it', async (t) => {
  const yaml = 'server:\n  apiKeys: ["${KKT_TEST_API_KEY:-}"]\n';
  const open = seeded(t, yaml, {});
  const closed = seeded(t, yaml, { KKT_TEST_API_KEY: KEY });

  assert.equal((await open.http.inject('/api/v1/devices')).statusCode, 200);
  assert.equal((await closed.http.inject('/api/v1/devices')).statusCode, 401);
});

test('readiness follows start and stop', async (t) => {
  const service = seeded(t);
  assert.equal((await service.http.inject('/readyz')).statusCode, 200);

  service.ctx.ready = false;
  assert.equal((await service.http.inject('/readyz')).statusCode, 503);
});

test('a URL that cannot be decoded gets the usual error shape', async (t) => {
  const response = await seeded(t).http.inject('/api/v1/devices/%ZZ');

  assert.equal(response.statusCode, 400);
  assert.equal(response.json().error.code, 'BAD_REQUEST');
});

test('fleet statistics count registers by state and the last day of errors by severity', async (t) => {
  const service = seeded(t);
  const recent = (offset: number, severity: ErrorEvent['severity']): ErrorEvent => ({
    deviceId: 'store-01-kkt-01',
    time: Date.now() - 60_000,
    timeSource: 'log',
    family: 'shtrih',
    code: '107',
    condition: 'shtrih:107',
    severity,
    title: 'Paper out',
    message: `recent ${offset}`,
    source: { kind: 'file', path: '/logs/b.log', fileId: 'g', offset },
  });
  service.ctx.ingest.fileBatch(
    [recent(0, 'warning'), recent(1, 'warning'), recent(2, 'critical')],
    { collector: 'c', fileId: 'g', path: '/logs/b.log', offset: 3, size: 3, fingerprint: 'y' },
    new Map()
  );

  const stats = (await service.http.inject('/api/v1/fleet/stats')).json();

  assert.deepEqual(
    stats.errorsLast24h,
    { critical: 1, high: 0, warning: 2, info: 0 },
    'the seeded 2026-11-30 events are older'
  );
  assert.deepEqual([stats.devices, stats.up, stats.down, stats.unknown], [3, 1, 1, 1]);
});

test('a request line too long for the HTTP parser gets the API error shape on a real socket', async (t) => {
  const service = seeded(t);
  await service.http.listen({ host: '127.0.0.1', port: 0 });
  const { port } = service.http.server.address() as AddressInfo;

  const response = await fetch(`http://127.0.0.1:${port}/api/v1/devices?device=${'x'.repeat(20_000)}`);

  assert.equal(response.status, 431);
  const body = (await response.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'BAD_REQUEST');
  assert.match(body.error.message, /shorten the query/);
});
