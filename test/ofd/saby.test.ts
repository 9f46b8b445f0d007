import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ofdAccountSchema } from '../../src/service/collectors/ofd/config';
import { SabyClient } from '../../src/service/collectors/ofd/saby/client';
import { DAY_MS, HOUR_MS, toFnMinute } from '../../src/service/domain/time';
import { silentLogger } from '../../src/service/logger';
import { deliveredBetween } from '../../src/simulators/ofd/schedule';
import { ofdHarness, run, simulatorAccount } from './helpers/harness';

const account = (h: Awaited<ReturnType<typeof ofdHarness>>, extra: Record<string, unknown> = {}) =>
  simulatorAccount(h.sims, 'saby', { history: '3d', maxRequestsPerSecond: 200, ...extra });

test('Saby: documents with Unix-second wall-clock times land at the right instant', async (t) => {
  const h = await ofdHarness(t, { operators: ['saby'], size: 6 });
  const sim = h.sims.get('saby');

  await run(h.collector(account(h)));

  const [healthy] = sim.registers;
  const formed = deliveredBetween(healthy, h.now - 3 * DAY_MS, h.now, h.now);
  const stored = h.store.documents.query({ deviceIds: [healthy.regNumber] }, 10_000, 0).items;
  assert.equal(stored.length, formed.length);
  const byNumber = new Map(stored.map((d) => [d.number, d.time]));
  assert.ok(formed.every((d) => byNumber.get(d.number) === toFnMinute(d.time)));
  assert.equal(h.fleet.get(healthy.regNumber)?.registration.status, 'registered');
});

test('Saby: a register whose drive was replaced mid-period is asked for both drives, each for its own time', async (t) => {
  const h = await ofdHarness(t, { operators: ['saby'], size: 1 });
  const sim = h.sims.get('saby');
  sim.registers[0].fnInstalledAt = h.now - 36 * HOUR_MS;

  await run(h.collector(account(h)));

  // Three one-day periods: the old drive in the first two, the new one in the last two.
  assert.equal(sim.stats.byKind.documents, 4);
  assert.equal(h.fleet.get(sim.registers[0].regNumber)?.fiscalDrive.serial, sim.registers[0].fnSerial);
});

test('Saby: the backlog from the newest close-shift report, to the minute', async (t) => {
  const h = await ofdHarness(t, { operators: ['saby'], size: 2 });
  const backlog = h.sims.get('saby').registers[1];

  await run(h.collector(account(h)));

  assert.equal(h.fleet.get(backlog.regNumber)?.ofd.oldestUnsentAt, Date.parse('2024-02-13T11:00:00Z'));
});

test('Saby: a full page continues from its newest document; boundary repeats are stored once', async (t) => {
  const h = await ofdHarness(t, { operators: ['saby'], size: 1 });
  const config = ofdAccountSchema.parse(account(h));
  if (config.operator !== 'saby') {
    throw new Error('expected a Saby account');
  }
  const client = new SabyClient(config, { metrics: h.metrics, logger: silentLogger(), clock: h.clock, env: {} }, 10);
  const signal = new AbortController().signal;
  const [register] = await client.registers(signal);
  const period = { from: h.now - 2 * DAY_MS, to: h.now, timeZone: 'Europe/Moscow' };

  const pages: number[][] = [];
  for await (const page of client.documents(register, period, signal)) {
    pages.push(page.map((d) => d.number));
  }

  const expected = deliveredBetween(h.sims.get('saby').registers[0], period.from, period.to, h.now).map(
    (d) => d.number
  );
  assert.ok(expected.length > 20, `${expected.length} documents`);
  assert.ok(pages.length >= Math.ceil(expected.length / 10), `${pages.length} pages`);
  assert.deepEqual([...new Set(pages.flat())].sort(), [...expected].sort());
});

test('Saby: an expired sid means one new login', async (t) => {
  const h = await ofdHarness(t, { operators: ['saby'], size: 1 });
  const sim = h.sims.get('saby');
  sim.faults.set('session-expired', { times: 1, route: 'list' });

  await run(h.collector(account(h)));

  assert.equal(sim.stats.byKind.login, 2);
});
