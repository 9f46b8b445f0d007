import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ownsKey } from '../../src/service/shard';
import { appendLines, logFile } from './files';
import { Tailing } from './harness';

test('devicePattern groups fill the device template', async (t) => {
  const tailing = new Tailing(t, {
    paths: ['{logs}/**/*.log'],
    files: { devicePattern: '/store-(?<store>\\d+)/kkt-(?<till>\\d+)/', device: 'S{store}-K{till}' },
  });
  appendLines(logFile(tailing.logs, 'store-07/kkt-02'), ['hello']);
  appendLines(logFile(tailing.logs, 'elsewhere'), ['no register in this path']);

  await tailing.round();

  assert.deepEqual(
    tailing.events().map((e) => [e.deviceId, e.message]),
    [['S07-K02', 'hello']]
  );
  assert.ok(tailing.ctx.fleet.get('S07-K02'));
});

test('a devicePattern group named store gives the register its store, unless the inventory names one', async (t) => {
  const tailing = new Tailing(t, {
    files: { devicePattern: '(?<store>store-\\d+)/(?<till>kkt-\\d+)/', device: '{store}-{till}' },
    config: { devices: [{ id: 'store-02-kkt-01', store: 'Магазин на Ленина' }] },
  });
  tailing.ctx.fleet.upsert({ id: 'store-02-kkt-01' }, { store: 'Магазин на Ленина' });
  appendLines(logFile(tailing.logs, 'store-01/kkt-01'), ['hello']);
  appendLines(logFile(tailing.logs, 'store-02/kkt-01'), ['hello']);

  await tailing.round();

  assert.equal(tailing.ctx.fleet.get('store-01-kkt-01')?.device.store, 'store-01');
  assert.equal(tailing.ctx.fleet.get('store-02-kkt-01')?.device.store, 'Магазин на Ленина');
  const metrics = (await tailing.ctx.renderer.render(tailing.ctx.fleet.snapshot())).toString();
  assert.match(metrics, /kkt_device_info\{[^}]*device_id="store-01-kkt-01"[^}]*store="store-01"/);
});

test("a line's local time is converted with the register's zone: the inventory's before the collector's", async (t) => {
  const tailing = new Tailing(t, {
    files: { timeZone: 'Asia/Yekaterinburg' },
    config: { devices: [{ id: 'kkt-02', timeZone: 'Asia/Vladivostok' }] },
  });
  appendLines(logFile(tailing.logs, 'kkt-01'), ['2024-03-01 12:00:00 in Yekaterinburg (+5)']);
  appendLines(logFile(tailing.logs, 'kkt-02'), ['2024-03-01 12:00:00 in Vladivostok (+10)']);
  tailing.ctx.fleet.upsert({ id: 'kkt-02' }, { timeZone: 'Asia/Vladivostok' });

  await tailing.round();

  const times = new Map(tailing.events().map((e) => [e.deviceId, [new Date(e.time).toISOString(), e.timeSource]]));
  assert.deepEqual(times.get('kkt-01'), ['2024-03-01T07:00:00.000Z', 'log']);
  assert.deepEqual(times.get('kkt-02'), ['2024-03-01T02:00:00.000Z', 'log']);
  assert.equal(tailing.ctx.fleet.get('kkt-01')?.device.timeZone, 'Asia/Yekaterinburg');
  assert.equal(tailing.ctx.fleet.get('kkt-02')?.device.timeZone, 'Asia/Vladivostok');
});

test('a line without a time is stamped with the time it was read', async (t) => {
  const tailing = new Tailing(t);
  appendLines(logFile(tailing.logs), [' [7176] [Main] [W] driver was unable to open log file path']);
  const before = Date.now();

  await tailing.round();

  const [event] = tailing.events();
  assert.equal(event.timeSource, 'collector');
  assert.ok(event.time >= before && event.time <= Date.now());
  assert.equal(tailing.ctx.fleet.get('kkt-01')?.lastSeenAt, event.time);
});

test('files of registers another replica owns are left alone', async (t) => {
  const devices = ['kkt-01', 'kkt-02', 'kkt-03', 'kkt-04', 'kkt-05', 'kkt-06'];
  const shard = { count: 2, index: 0 };
  const tailing = new Tailing(t, { config: { shard } });
  for (const device of devices) {
    appendLines(logFile(tailing.logs, device), [`line of ${device}`]);
  }

  await tailing.round();

  const mine = devices.filter((d) => ownsKey(shard, d));
  assert.ok(mine.length > 0 && mine.length < devices.length, 'the devices fall on both replicas');
  assert.deepEqual(
    tailing
      .events()
      .map((e) => e.deviceId)
      .sort(),
    mine
  );
  assert.equal(tailing.ctx.fleet.size, mine.length);
});
