import assert from 'node:assert/strict';
import { test } from 'node:test';

import { FleetState } from './fleet';

test('a register found by any of its identities keeps one id', () => {
  const fleet = new FleetState();
  fleet.upsert({ id: 'store-01-kkt-01', regNumber: '0000000001012345  ', serial: '00106201234567' });

  assert.equal(fleet.resolve({ regNumber: '0000000001012345' }), 'store-01-kkt-01');
  assert.equal(fleet.resolve({ serial: '00106201234567' }), 'store-01-kkt-01');

  const again = fleet.upsert({ regNumber: '0000000001012345' }, { model: 'АТОЛ 30Ф', operator: 'platforma' });
  assert.equal(again.device.id, 'store-01-kkt-01');
  assert.equal(fleet.size, 1);
  assert.equal(again.device.model, 'АТОЛ 30Ф');
  assert.equal(again.device.regNumber, '0000000001012345');
});

test('a new register takes its registration number, else its serial, as id', () => {
  const fleet = new FleetState();

  assert.equal(fleet.upsert({ regNumber: '0000000009999999 ' }).device.id, '0000000009999999');
  assert.equal(fleet.upsert({ serial: 'SN-1' }).device.id, 'SN-1');
  assert.throws(() => fleet.upsert({}), /needs an id, a registration number or a serial/);
});

test('known values are not overwritten by unknown ones', () => {
  const fleet = new FleetState();
  fleet.upsert({ id: 'k' }, { model: 'ШТРИХ-М-01Ф', store: 'A' });

  const state = fleet.upsert({ id: 'k' }, { model: null as never, store: undefined });
  assert.equal(state.device.model, 'ШТРИХ-М-01Ф');
  assert.equal(state.device.store, 'A');
});

test('listeners see each committed step, and a no-op change notifies nobody', () => {
  const fleet = new FleetState();
  const seen: string[][] = [];
  fleet.onChange((changed) => seen.push(changed.map((s) => s.device.id)));

  fleet.upsert({ id: 'a' });
  fleet.upsert({ id: 'b' });
  fleet.updateMany([
    ['a', (s) => ({ ...s, up: true })],
    ['b', (s) => s],
    ['missing', (s) => s],
  ]);
  fleet.update('a', (s) => s);

  assert.deepEqual(seen, [['a'], ['b'], ['a']]);
});

test('a snapshot keeps its records after later updates', () => {
  const fleet = new FleetState();
  fleet.upsert({ id: 'a' });
  const before = fleet.snapshot();

  fleet.update('a', (s) => ({ ...s, up: false }));

  assert.equal(before.devices[0].up, null);
  assert.equal(fleet.snapshot().devices[0].up, false);
  assert.ok(fleet.snapshot().version > before.version);
});
