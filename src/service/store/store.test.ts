import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { tempDir } from '../../../test/helpers/tmp';
import { type FiscalDocument } from '../domain/document';
import { type ErrorEvent } from '../domain/errorEvent';
import { newDevice } from '../domain/device';
import { initialState } from '../state/deviceState';
import { type FileCheckpoint } from './checkpoints';
import { ensureDirectory } from './db';
import { countSeries } from './events';
import { Store } from './store';

function event(offset: number, overrides: Partial<ErrorEvent> = {}): ErrorEvent {
  return {
    deviceId: 'kkt-1',
    time: Date.UTC(2026, 0, 1, 10, 0, offset),
    timeSource: 'log',
    family: 'fn',
    code: '0x14',
    condition: 'fn:0x14',
    severity: 'critical',
    title: 'storage resource exhausted',
    message: `line at ${offset}`,
    source: { kind: 'file', path: '/logs/fr_drv.log', fileId: 'f1', offset },
    ...overrides,
  };
}

const checkpoint = (offset: number): FileCheckpoint => ({
  collector: 'shtrih',
  fileId: 'f1',
  path: '/logs/fr_drv.log',
  offset,
  size: offset,
  fingerprint: 'abc',
});

test('the store file uses WAL and records its schema version', (t) => {
  const store = Store.open(join(tempDir(t), 'kkt.db'));
  t.after(() => store.close());

  assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.ok((store.db.pragma('user_version', { simple: true }) as number) >= 1);
});

test('a batch delivered twice is stored once and its checkpoint moves with it', (t) => {
  const store = Store.open(join(tempDir(t), 'kkt.db'));
  t.after(() => store.close());

  const first = store.commitFileBatch([event(0), event(40)], checkpoint(80));
  const again = store.commitFileBatch([event(0), event(40), event(80)], checkpoint(120));

  assert.equal(first.length, 2);
  assert.deepEqual(
    again.map((e) => e.source.kind === 'file' && e.source.offset),
    [80]
  );
  assert.equal(store.events.query({}, 10, 0).total, 3);
  assert.equal(store.checkpoints.files('shtrih')[0].offset, 120);
});

test('a failing batch stores neither its events nor its checkpoint', (t) => {
  const store = Store.open(join(tempDir(t), 'kkt.db'));
  t.after(() => store.close());
  store.commitFileBatch([event(0)], checkpoint(40));

  const broken = event(40, { severity: null as never });
  assert.throws(() => store.commitFileBatch([event(80), broken], checkpoint(120)));

  assert.equal(store.events.query({}, 10, 0).total, 1);
  assert.equal(store.checkpoints.files('shtrih')[0].offset, 40);
});

test('documents are keyed by FN serial and number', (t) => {
  const store = Store.open(join(tempDir(t), 'kkt.db'));
  t.after(() => store.close());
  const doc: FiscalDocument = {
    fnSerial: '9999078900001234',
    number: 7,
    deviceId: 'kkt-1',
    type: 'receipt',
    time: Date.UTC(2026, 0, 1, 9, 30),
    receivedAt: null,
    shiftNumber: 3,
    totalKopecks: 12_345,
    fiscalSign: '4294967295',
  };

  assert.equal(store.commitDocuments([doc], 'acc', 'kkt-1', 'c1').length, 1);
  assert.equal(store.commitDocuments([doc, { ...doc, number: 8 }], 'acc', 'kkt-1', 'c2').length, 1);
  assert.equal(store.checkpoints.ofd('acc', 'kkt-1'), 'c2');
  assert.equal(store.documents.query({ deviceIds: ['kkt-1'] }, 10, 0).items[1].fiscalSign, '4294967295');
});

test('reopening the file restores device state with counters rebuilt from events', (t) => {
  const path = join(tempDir(t), 'kkt.db');
  const store = Store.open(path);
  const state = { ...initialState(newDevice('kkt-1', { regNumber: '0000000001012345' })), up: true };
  store.devices.save([state], [['rnm:0000000001012345', 'kkt-1']]);
  store.commitFileBatch([event(0), event(40), event(80, { severity: 'warning', family: 'shtrih' })], checkpoint(120));
  store.close();

  const reopened = Store.open(path);
  t.after(() => reopened.close());
  const { states, aliases } = reopened.loadDeviceStates();

  assert.equal(states.length, 1);
  assert.equal(states[0].up, true);
  assert.deepEqual(
    [...states[0].errorCounts].sort((a, b) => a.family.localeCompare(b.family)),
    [
      { family: 'fn', severity: 'critical', count: 2 },
      { family: 'shtrih', severity: 'warning', count: 1 },
    ]
  );
  assert.deepEqual(aliases, [['rnm:0000000001012345', 'kkt-1']]);
});

test('error queries filter and page, newest first', (t) => {
  const store = Store.open(join(tempDir(t), 'kkt.db'));
  t.after(() => store.close());
  store.commitFileBatch(
    [event(0), event(1, { deviceId: 'kkt-2' }), event(2, { severity: 'info' }), event(3)],
    checkpoint(4)
  );

  const page = store.events.query({ deviceIds: ['kkt-1'], severities: ['critical'] }, 1, 1);
  assert.equal(page.total, 2);
  assert.equal(page.items.length, 1);
  assert.equal(page.items[0].message, 'line at 0');
});

test('counts per interval include empty intervals and split by the chosen label', (t) => {
  const store = Store.open(join(tempDir(t), 'kkt.db'));
  t.after(() => store.close());
  const at = (minute: number, severity: ErrorEvent['severity']) =>
    event(minute, { time: Date.UTC(2026, 0, 1, 10, minute), severity });
  store.commitFileBatch([at(0, 'critical'), at(1, 'critical'), at(25, 'warning'), at(59, 'critical')], checkpoint(60));

  const from = Date.UTC(2026, 0, 1, 10, 0);
  const series = countSeries(store.db, { from, to: from + 3_600_000 }, 20 * 60_000, 'severity');

  assert.deepEqual(series, [
    { group: 'critical', counts: [2, 0, 1] },
    { group: 'warning', counts: [0, 1, 0] },
  ]);
});

test('the store directory is made one level at a time, and a read-only tree is an error, not a hang', (t) => {
  const root = tempDir(t);
  ensureDirectory(join(root, 'a', 'b', 'c'));
  assert.ok(existsSync(join(root, 'a', 'b', 'c')));

  assert.throws(() => ensureDirectory('/proc/kkt-monitor-none/sub'), /ENOENT|EACCES|EPERM|EROFS/);
});
