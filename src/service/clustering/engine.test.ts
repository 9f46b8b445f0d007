import assert from 'node:assert/strict';
import { test } from 'node:test';

import { conditionClusterId, templateClusterId } from './clusterId';
import { ClusterEngine, type EngineEvent } from './engine';
import { LEAF_SCAN } from './miner';

const T0 = Date.UTC(2026, 2, 1, 12, 0, 0);
const DAY = 86_400_000;

function engine(maxTemplates = 1000): ClusterEngine {
  return new ClusterEngine({ maxTemplates, noveltyWindow: DAY });
}

function line(message: string, extra: Partial<EngineEvent> = {}): EngineEvent {
  return { condition: null, deviceId: 'kkt-1', time: T0, message, severity: 'warning', ...extra };
}

test('lines of one template are one cluster, named after the template', () => {
  const e = engine();

  const a = e.add(line('Failed to open port COM3 after 3 tries'));
  const b = e.add(line('Failed to open port COM4 after 15 tries'));

  assert.equal(a, b);
  assert.equal(a.id, templateClusterId('Failed to open port COM<*> after <*> tries'));
  assert.equal(a.count, 2);
});

test('coded events are one cluster per condition, whatever their text', () => {
  const e = engine();

  const english = e.add(
    line('Command is not supported in this mode', { condition: 'shtrih:115', coded: true, title: 'Not in mode' })
  );
  const russian = e.add(line('Команда не поддерживается в данном режиме', { condition: 'shtrih:115', coded: true }));
  const other = e.add(line('Command is not supported in this mode', { condition: 'shtrih:116', coded: true }));

  assert.equal(english, russian);
  assert.equal(english.id, conditionClusterId('shtrih:115'));
  assert.equal(english.template, 'Not in mode');
  assert.notEqual(other, english);
});

test('a mined cluster carries the condition its members share, and none when they differ', () => {
  const e = engine();
  const driver = { condition: 'driver:fdo-data-sending-failed' };

  const fdo = e.add(line('FDO data sending failed after 3 tries', driver));
  const again = e.add(line('FDO data sending failed after 12 tries', driver));
  const mixed = e.add(line('Printer cover open', { condition: 'driver:printer-cover-open' }));
  e.add(line('Printer cover open', { condition: 'driver:printer-cover' }));

  assert.equal(again, fdo);
  assert.equal(
    fdo.id,
    templateClusterId('FDO data sending failed after <*> tries'),
    'mined, not keyed by the condition'
  );
  assert.equal(fdo.condition, 'driver:fdo-data-sending-failed');
  assert.equal(mixed.condition, null);
});

test('a merge keeps the condition its clusters share', () => {
  const e = engine();
  const users = ['alice', 'bob', 'carol', 'dave', 'erin'];
  const clusters = users.map((u) => e.add(line(`Invalid user ${u}`, { condition: 'driver:invalid-user' })));

  e.merge();

  assert.equal(e.clusters.get(clusters[0].id)?.condition, 'driver:invalid-user');
  assert.equal(e.clusters.size, 1);
});

test('severity is the highest of the members, devices and times are gathered', () => {
  const e = engine();
  e.add(line('paper out on printer 1', { severity: 'info', deviceId: 'kkt-2', time: T0 + 5000 }));
  const cluster = e.add(line('paper out on printer 2', { severity: 'high', time: T0 }));
  e.add(line('paper out on printer 3', { severity: 'warning', time: T0 + 1000 }));

  assert.equal(cluster.severity, 'high');
  assert.deepEqual([...cluster.devices].sort(), ['kkt-1', 'kkt-2']);
  assert.equal(cluster.firstSeen, T0);
  assert.equal(cluster.lastSeen, T0 + 5000);
});

test('a merge keeps the id of the bigger cluster and sends the others to it', () => {
  const e = engine();
  const users = ['alice', 'bob', 'carol', 'dave'];
  const ids = users.map((u) => e.add(line(`Invalid user ${u} from 10.0.0.1`)).id);
  for (let i = 0; i < 5; i++) {
    e.add(line('Invalid user bob from 10.0.0.2'));
  }
  e.add(line('Invalid user erin from 10.0.0.3'));

  e.merge();

  const merged = e.clusters.get(ids[0]);
  assert.equal(merged?.id, ids[1], 'bob has most lines');
  assert.equal(merged?.count, 10);
  assert.equal(e.clusters.size, 1);
  assert.ok(ids.every((id) => e.clusters.get(id) === merged));
  assert.equal(merged?.template, 'Invalid user <*> from <*>');
});

test('four word variants stay four clusters', () => {
  const e = engine();
  ['Paused', 'Resumed', 'Started', 'Stopped'].forEach((s) => e.add(line(`VM ${s} (Lifecycle Event)`)));

  e.merge();

  assert.equal(e.clusters.size, 4);
});

test('a flood of one error costs no comparison per line, and counts every line', () => {
  const e = engine();
  e.add(line('FN exchange failed, code 5'));
  const before = e.comparisons;

  for (let i = 0; i < 10_000; i++) {
    e.add(line(`FN exchange failed, code ${i}`));
  }

  assert.equal(e.comparisons, before);
  assert.equal(e.table.size, 1);
  assert.equal([...e.clusters.all()][0].count, 10_001);
});

test('new lines cost a bounded number of comparisons however many templates exist', () => {
  const e = engine(100_000);
  const costs: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const before = e.comparisons;
    e.add(line(`device ${word(i)} reports ${word(i * 7)}`));
    costs.push(e.comparisons - before);
  }

  assert.equal(e.table.size, 2000, 'every line is a template of one leaf');
  assert.equal(Math.max(...costs), LEAF_SCAN);
});

test('an endless stream of unique messages never outgrows the caps, and evictions are counted', () => {
  const e = engine(100);
  for (let i = 0; i < 5000; i++) {
    e.add(line(`${word(i)} ${word(i + 1)} happened`));
    assert.ok(e.table.size <= 100);
  }
  e.merge();

  assert.ok(e.table.size <= 100);
  assert.ok(e.clusters.size <= 200, `${e.clusters.size} clusters`);
  assert.ok(e.table.evictions >= 4900, `${e.table.evictions} evictions`);
});

test('a cluster is new when it first appears within the window, after a full window of baseline', () => {
  const e = engine();
  const old = e.add(line('drawer opened unexpectedly', { time: T0 }));
  const fresh = e.add(line('fiscal drive not found', { time: T0 + 3 * DAY }));
  const now = T0 + 3 * DAY + 1000;

  assert.equal(e.isNovel(old, now), false);
  assert.equal(e.isNovel(fresh, now), true);
  assert.equal(e.isNovel(fresh, now + 2 * DAY), false, 'no longer within the window');
});

/** A letters-only word per number, so masking leaves it as it is. */
function word(n: number): string {
  let text = '';
  for (let v = n + 1; v > 0; v = Math.floor(v / 26)) {
    text += String.fromCharCode(97 + (v % 26));
  }
  return `w${text}`;
}

test('a line without a time counts, but moves neither first and last seen nor the trend', () => {
  const e = engine();

  const undated = e.add(line('Paper out', { time: null }));
  const first = { firstSeen: undated.firstSeen, lastSeen: undated.lastSeen, observed: e.observedSince };
  e.add(line('Paper out'));

  assert.deepEqual(first, { firstSeen: Infinity, lastSeen: -Infinity, observed: null });
  assert.equal(undated.count, 2);
  assert.deepEqual([undated.firstSeen, undated.lastSeen, e.observedSince], [T0, T0, T0]);
  assert.equal(
    undated.trend.toState().counts.reduce((a, b) => a + b, 0),
    1
  );
  assert.equal(undated.samples.list().length, 1);
});
