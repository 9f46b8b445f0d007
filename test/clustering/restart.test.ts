import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { type ClusterView } from '../../src/api/types';
import { parseConfig } from '../../src/service/config/load';
import { silentLogger } from '../../src/service/logger';
import { Service } from '../../src/service/service';
import { tempDir } from '../helpers/tmp';
import { errorEvent, fnExhausted } from './events';

function open(path: string): Service {
  const service = new Service(parseConfig(`storage:\n  path: ${path}\n`, 'test.yaml', {}), silentLogger());
  service.start();
  return service;
}

async function clusters(service: Service): Promise<ClusterView[]> {
  return (await service.http.inject('/api/v1/clusters')).json().items;
}

test('clusters keep their ids, counts and first-seen times across a restart on the same store', async (t) => {
  const path = join(tempDir(t), 'kkt.db');
  const first = open(path);
  first.ctx.ingest.events([
    fnExhausted(),
    fnExhausted({ deviceId: 'kkt-2' }),
    errorEvent('Port COM3 busy after 3 tries'),
    errorEvent('Port COM7 busy after 12 tries'),
    ...['alice', 'bob', 'carol', 'dave', 'erin'].map((u) => errorEvent(`Cashier ${u} lacks rights for refunds`)),
  ]);
  first.ctx.clusters?.tick();
  const before = await clusters(first);
  await first.stop();

  const second = open(path);
  t.after(() => second.stop());
  const after = await clusters(second);

  assert.equal(before.length, 3);
  assert.deepEqual(
    after.map(({ id, count, firstSeen, devices }) => ({ id, count, firstSeen, devices })),
    before.map(({ id, count, firstSeen, devices }) => ({ id, count, firstSeen, devices }))
  );
});

test('after a restart, known lines go on counting in their old clusters', async (t) => {
  const path = join(tempDir(t), 'kkt.db');
  const first = open(path);
  first.ctx.ingest.events(
    ['alice', 'bob', 'carol', 'dave', 'erin'].map((u) => errorEvent(`Cashier ${u} lacks rights`))
  );
  await first.stop();

  const second = open(path);
  t.after(() => second.stop());
  const [merged] = await clusters(second);
  second.ctx.ingest.events([errorEvent('Cashier frank lacks rights'), errorEvent('Cashier alice lacks rights')]);
  second.ctx.clusters?.tick();

  const now = await clusters(second);
  assert.equal(now.length, 1);
  assert.equal(now[0].id, merged.id);
  assert.equal(now[0].count, 7);
});
