import assert from 'node:assert/strict';
import { test } from 'node:test';

import { startFakeService } from '../../../../test/backend/helpers/fakeService';
import { describeFrame } from '../../../../test/backend/helpers/frames';
import { assertGolden } from '../../../../test/backend/helpers/golden';
import { clusterView, page } from '../../../../test/backend/helpers/views';
import { ServiceClient } from '../../client/serviceClient';
import { encodeFrame } from '../../frames/arrow';
import { clustersQuery } from './clusters';

const FROM = Date.parse('2026-11-30T00:00:00Z');
const TO = Date.parse('2026-12-01T00:00:00Z');

const CLUSTERS = [
  clusterView('c-7d2f', {
    template: 'Ошибка ФН 0x14: исчерпан ресурс ФН <*>',
    condition: 'fn:0x14',
    severity: 'critical',
    count: 42,
    deviceCount: 7,
    firstSeen: '2026-11-30T01:15:00.000Z',
    lastSeen: '2026-11-30T22:40:00.000Z',
    novel: true,
  }),
  clusterView('c-19ab', {
    template: 'Нет связи с ОФД <*>',
    count: 3,
    deviceCount: 1,
    lastSeen: '2026-11-30T01:45:00.000Z',
  }),
];

test('clusters: the service’s clusters of the range as a table frame (golden), novel ones when asked', async (t) => {
  const service = await startFakeService(t, { '/api/v1/clusters': (url) => ({ body: page(CLUSTERS, url) }) });
  const client = new ServiceClient(service.url, null);
  const query = { queryType: 'clusters' as const, novelOnly: true, severity: 'critical', limit: 5000 };

  const frames = await clustersQuery({
    refId: 'A',
    query,
    from: FROM,
    to: TO,
    maxDataPoints: 100,
    intervalMs: 60_000,
    client,
  });

  assert.deepEqual(
    service.requests.map((r) => r.url),
    [`/api/v1/clusters?severity=critical&novel=true&from=${FROM}&to=${TO}&limit=1000`]
  );
  assertGolden('clusters', describeFrame(encodeFrame(frames[0])));
});

test('a bare list from /clusters is read like a page', async (t) => {
  const service = await startFakeService(t, { '/api/v1/clusters': () => ({ body: CLUSTERS }) });
  const client = new ServiceClient(service.url, null);

  const [frame] = await clustersQuery({
    refId: 'A',
    query: { queryType: 'clusters' },
    from: FROM,
    to: TO,
    maxDataPoints: 100,
    intervalMs: 60_000,
    client,
  });
  assert.deepEqual(frame.fields[0].values, ['c-7d2f', 'c-19ab']);
});
