import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { DeviceRenderer } from '../../src/service/exporter/render';
import { largeFleet, smallFleet } from './fleet';

// Regenerate after a deliberate change with UPDATE_GOLDEN=1, then read the diff line by line.
const GOLDEN = join(__dirname, 'golden', 'devices.prom');

test('per-device families render as the golden file', async () => {
  const text = (await new DeviceRenderer().render(smallFleet().snapshot())).toString('utf8');
  if (process.env.UPDATE_GOLDEN) {
    writeFileSync(GOLDEN, text);
  }
  assert.equal(text, readFileSync(GOLDEN, 'utf8'));
});

test('an unknown value exports no series rather than a zero', async () => {
  const text = (await new DeviceRenderer().render(smallFleet().snapshot())).toString('utf8');
  const unknown = text.split('\n').filter((line) => line.includes('device_id="store-02-kkt-03"'));

  assert.deepEqual(
    unknown.map((line) => line.split('{')[0]),
    ['kkt_device_info'],
    'the register nothing is known of has only its info series'
  );
  assert.match(text, /kkt_ofd_unsent_documents\{device_id="store-01-kkt-02"\} 0\n/, 'a known zero is exported');
});

test('label values are escaped', async () => {
  const text = (await new DeviceRenderer().render(smallFleet().snapshot())).toString('utf8');
  assert.match(text, /store="Store \\"One\\"\\\\North"/);
});

test('a scrape renders the snapshot it took, whatever changes while it yields', async () => {
  const fleet = largeFleet(3000);
  const renderer = new DeviceRenderer();

  const scrape = renderer.render(fleet.snapshot());
  // The renderer yields every few hundred registers; change every register in between.
  fleet.updateMany(
    [...Array(3000).keys()].map((i) => [`kkt-${String(i).padStart(5, '0')}`, (s) => ({ ...s, up: false })])
  );
  const during = (await scrape).toString('utf8');
  const after = (await renderer.render(fleet.snapshot())).toString('utf8');

  const ups = (text: string) => text.split('\n').filter((l) => l.startsWith('kkt_device_up{'));
  assert.equal(ups(during).filter((l) => l.endsWith(' 1')).length, 2940, 'all old values');
  assert.equal(ups(after).filter((l) => l.endsWith(' 1')).length, 0, 'all new values');
});

test('two concurrent scrapes of one snapshot return the same body', async () => {
  const fleet = largeFleet(2000);
  const renderer = new DeviceRenderer();
  const snapshot = fleet.snapshot();

  const [a, b] = await Promise.all([renderer.render(snapshot), new DeviceRenderer().render(snapshot)]);
  assert.ok(a.equals(b));
});
