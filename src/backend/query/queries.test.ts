import assert from 'node:assert/strict';
import { test } from 'node:test';

import { describeFrame } from '../../../test/backend/helpers/frames';
import { startFakeService, type TestContextLike } from '../../../test/backend/helpers/fakeService';
import { deviceView, page } from '../../../test/backend/helpers/views';
import { ServiceClient } from '../client/serviceClient';
import { encodeFrame } from '../frames/arrow';
import { type Query } from './model';
import { runQuery } from './run';

const FROM = Date.parse('2026-11-30T00:00:00Z');
const TO = Date.parse('2026-12-01T00:00:00Z');
const fleet = Array.from({ length: 2500 }, (_, i) =>
  deviceView(`kkt-${String(i).padStart(4, '0')}`, { store: i < 2 ? 's1' : 's2' })
);

async function run(t: TestContextLike, query: Query, routes: Parameters<typeof startFakeService>[1]) {
  const service = await startFakeService(t, routes);
  const client = new ServiceClient(service.url, null);
  const frames = await runQuery({
    refId: 'A',
    query,
    from: FROM,
    to: TO,
    maxDataPoints: 24,
    intervalMs: 3_600_000,
    client,
  });
  return { frames: frames.map((f) => describeFrame(encodeFrame(f))), requests: service.requests.map((r) => r.url) };
}

test('a list is read page by page up to the limit, and a cut list says so', async (t) => {
  const { frames, requests } = await run(
    t,
    { queryType: 'devices', limit: 1500 },
    {
      '/api/v1/devices': (url) => ({ body: page(fleet, url) }),
    }
  );

  assert.deepEqual(requests, ['/api/v1/devices?limit=1000&offset=0', '/api/v1/devices?limit=500&offset=1000']);
  assert.equal(frames[0].fields[0].values.length, 1500);
  assert.deepEqual(frames[0].meta, {
    executedQueryString: 'GET /api/v1/devices',
    notices: [
      { severity: 'warning', text: "Showing 1500 of 2500 registers: raise the query's limit or narrow its filters" },
    ],
    preferredVisualisationType: 'table',
  });
});

test('ofdBacklog reads every register whatever the limit: empty backlog 0, unknown null, labels never null', async (t) => {
  const devices = [
    deviceView('a', {
      store: 's1',
      operator: 'ofdru',
      ofd: { ...deviceView('a').ofd, unsentCount: 3, oldestUnsentAt: '2026-11-29T00:00:00.000Z' },
    }),
    deviceView('b', { ofd: { ...deviceView('b').ofd, unsentCount: 0 } }),
    deviceView('c'),
    ...fleet.slice(3),
  ];
  const { frames, requests } = await run(
    t,
    { queryType: 'ofdBacklog', limit: 10 },
    {
      '/api/v1/devices': (url) => ({ body: page(devices, url) }),
    }
  );

  assert.equal(requests.length, 3);
  const [device, store, operator, age] = frames[0].fields;
  assert.equal(device.values.length, 2500);
  assert.deepEqual(device.values.slice(0, 3), ['a', 'b', 'c']);
  assert.deepEqual(store.values.slice(0, 3), ['s1', '', '']);
  assert.deepEqual(operator.values.slice(0, 3), ['ofdru', '', '']);
  // From 2026-11-29T00:00Z to the end of the range, 2026-12-01T00:00Z: two days.
  assert.deepEqual(age.values.slice(0, 3), [172_800, 0, null]);
  assert.deepEqual(frames[0].meta, {
    executedQueryString: 'GET /api/v1/devices',
    type: 'numeric-long',
    typeVersion: [0, 1],
  });
});

test('a store filter on errors is resolved to its registers first; no register means no call', async (t) => {
  const { requests } = await run(
    t,
    { queryType: 'errors', store: 's1', severity: 'critical' },
    {
      '/api/v1/devices': (url) => ({
        body: page(
          fleet.filter((d) => d.store === url.searchParams.get('store')),
          url
        ),
      }),
      '/api/v1/errors': (url) => ({ body: page([], url) }),
    }
  );
  assert.deepEqual(requests, [
    '/api/v1/devices?store=s1&limit=1000',
    `/api/v1/errors?device=kkt-0000%2Ckkt-0001&severity=critical&from=${FROM}&to=${TO}&limit=1000&offset=0`,
  ]);

  const none = await run(
    t,
    { queryType: 'errors', store: 'nowhere' },
    {
      '/api/v1/devices': (url) => ({ body: page([], url) }),
    }
  );
  assert.deepEqual(none.requests, ['/api/v1/devices?store=nowhere&limit=1000']);
  assert.equal(none.frames[0].fields[0].values.length, 0);

  await assert.rejects(
    run(
      t,
      { queryType: 'documents', store: 's2' },
      { '/api/v1/devices': (url) => ({ body: page(fleet.slice(2), url) }) }
    ),
    /match 2498 registers, more than the 1000 this query can name/
  );
});

test('errors as series ask for whole steps and answer one wide frame, a number field per group', async (t) => {
  const hour = (h: number) => new Date(FROM + h * 3_600_000).toISOString();
  const counts = (at: number) => Array.from({ length: 24 }, (_, i) => (i === at ? 2 : 0));
  const { frames, requests } = await run(
    t,
    { queryType: 'errors', format: 'series', groupBy: 'device' },
    {
      '/api/v1/errors/series': () => ({
        body: {
          start: hour(0),
          stepSeconds: 3600,
          series: [
            { labels: { device: 'a' }, counts: counts(1) },
            { labels: { device: 'b' }, counts: counts(23) },
          ],
        },
      }),
    }
  );

  assert.deepEqual(requests, [`/api/v1/errors/series?from=${FROM}&to=${TO}&step=3600&groupBy=device`]);
  const [time, a, b] = frames[0].fields;
  assert.equal(time.type, 'Timestamp<NANOSECOND>');
  assert.equal(time.nullable, false);
  assert.deepEqual([time.values[0], time.values[1], time.values[23]], [hour(0), hour(1), hour(23)]);
  assert.deepEqual(a.metadata, { name: 'errors', tstype: 'number', labels: { device: 'a' } });
  assert.deepEqual(b.metadata.labels, { device: 'b' });
  assert.equal(a.values[1], 2);
  assert.equal(b.values[23], 2);
  assert.deepEqual(frames[0].meta, {
    type: 'timeseries-wide',
    typeVersion: [0, 1],
    executedQueryString: `GET /api/v1/errors/series?from=${FROM}&to=${TO}&step=3600&groupBy=device`,
  });
});

test('an answer that does not match the API is the service’s fault, named with the field', async (t) => {
  await assert.rejects(
    run(t, { queryType: 'fleetStats' }, { '/api/v1/fleet/stats': () => ({ body: { devices: 'many' } }) }),
    /answered \/api\/v1\/fleet\/stats with a body this datasource cannot read \(devices: .*\): check that service and plugin versions match/
  );
});
