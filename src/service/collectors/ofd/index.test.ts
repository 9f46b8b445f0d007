import assert from 'node:assert/strict';
import { test } from 'node:test';

import { parseConfig } from '../../config/load';
import { type ServiceContext } from '../../context';
import { DeviceRenderer } from '../../exporter/render';
import { createSelfMetrics } from '../../exporter/selfMetrics';
import { Ingest } from '../../ingest';
import { silentLogger } from '../../logger';
import { FleetState } from '../../state/fleet';
import { Store } from '../../store/store';
import { buildOfdCollectors } from './index';

function context(shardIndex: number): ServiceContext {
  const accounts = Array.from({ length: 10 }, (_, i) => `    - { name: shop-${i}, operator: platforma, token: t }`);
  const config = parseConfig(
    `shard: { count: 2, index: ${shardIndex} }\ncollectors:\n  ofd:\n${accounts.join('\n')}\n`
  );
  const store = Store.open(':memory:');
  const fleet = new FleetState();
  const metrics = createSelfMetrics('test');
  return {
    config,
    version: 'test',
    startedAt: 0,
    logger: silentLogger(),
    store,
    fleet,
    ingest: new Ingest(store, fleet, metrics),
    metrics,
    renderer: new DeviceRenderer(),
    ready: false,
  };
}

test('accounts are split between replicas by name: each is polled by exactly one', () => {
  const [first, second] = [0, 1].map((index) => {
    const ctx = context(index);
    const names = buildOfdCollectors(ctx).map((c) => c.name);
    ctx.store.close();
    return names;
  });

  assert.ok(first.length > 0 && second.length > 0, `${first.length} and ${second.length}`);
  assert.deepEqual([...first, ...second].sort(), Array.from({ length: 10 }, (_, i) => `ofd:shop-${i}`).sort());
});
