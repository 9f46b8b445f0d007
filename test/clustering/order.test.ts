import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';

import { loadDatasets, LOGHUB_DIR } from '../../bench/suites/clustering/loghub';
import { ClusterEngine, type EngineEvent } from '../../src/service/clustering/engine';

/** Each event's final cluster id when the events arrive in the given order. */
function clusterIn(events: readonly EngineEvent[], order: readonly number[]): string[] {
  const engine = new ClusterEngine({ maxTemplates: 100_000, noveltyWindow: 86_400_000 });
  const ids: string[] = new Array(events.length);
  for (const i of order) {
    ids[i] = engine.add(events[i]).id;
  }
  engine.merge();
  return ids.map((id) => engine.clusters.resolve(id));
}

/** A fixed pseudo-random permutation, so the test is the same every run. */
function shuffled(length: number): number[] {
  let seed = 12345;
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Whether two labellings group the same items together, whatever the labels are called. */
function samePartition(a: readonly string[], b: readonly string[]): boolean {
  const pairs = new Map<string, string>();
  const reverse = new Map<string, string>();
  return a.every(
    (x, i) =>
      (pairs.get(x) ?? b[i]) === b[i] &&
      (reverse.get(b[i]) ?? x) === x &&
      !!pairs.set(x, b[i]) &&
      !!reverse.set(b[i], x)
  );
}

const event = (message: string, condition: string | null = null): EngineEvent => ({
  condition,
  coded: condition !== null,
  message,
  deviceId: 'kkt-1',
  time: 0,
  severity: 'warning',
});

test('condition clusters and single-template clusters get the same ids in any order', () => {
  const events = [
    ...Array.from({ length: 50 }, (_, i) => event(`Port COM${i % 9} busy after ${i} tries`)),
    ...Array.from({ length: 30 }, (_, i) => event(`code ${i}`, `fn:0x${(i % 3) + 10}`)),
    ...Array.from({ length: 20 }, (_, i) => event(`Paper jam at ${i}:00`)),
  ];
  const forward = events.map((_, i) => i);

  assert.deepEqual(clusterIn(events, shuffled(events.length)), clusterIn(events, forward));
});

test(
  'a shuffled Loghub dataset is grouped exactly as the file order groups it',
  { skip: !existsSync(LOGHUB_DIR) },
  () => {
    for (const dataset of loadDatasets().filter((d) => ['Linux', 'Android'].includes(d.name))) {
      const events = dataset.messages.map((m) => event(m));
      const forward = clusterIn(
        events,
        events.map((_, i) => i)
      );
      const mixed = clusterIn(events, shuffled(events.length));

      assert.ok(samePartition(forward, mixed), dataset.name);
    }
  }
);
