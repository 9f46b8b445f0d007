import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DAY_MS } from '../../src/service/domain/time';
import { deliveredBetween } from '../../src/simulators/ofd/schedule';
import { ofdHarness, run, simulatorAccount } from './helpers/harness';

test('1-OFD: receipts of the configured registers, a day per request, kopecks exact', async (t) => {
  const h = await ofdHarness(t, { operators: ['firstofd'], size: 3 });
  const sim = h.sims.get('firstofd');
  const registers = sim.registers.map((r) => ({ regNumber: r.regNumber, fnSerial: r.fnSerial }));

  await run(h.collector(simulatorAccount(h.sims, 'firstofd', { registers, history: '3d', maxRequestsPerSecond: 100 })));

  assert.equal(h.fleet.size, 3);
  assert.equal(sim.stats.byKind.documents, 9, 'three days, three registers');
  const expected = sim.registers.flatMap((r) =>
    deliveredBetween(r, h.now - 3 * DAY_MS, h.now, h.now).filter((d) => d.code === 3)
  );
  const stored = h.store.documents.query({}, 10_000, 0);
  assert.equal(stored.total, expected.length);
  const byKey = new Map(stored.items.map((d) => [`${d.fnSerial}:${d.number}`, d.totalKopecks]));
  const fn = new Map(sim.registers.map((r) => [r.regNumber, r.fnSerial]));
  assert.ok(
    sim.registers.every((r) =>
      deliveredBetween(r, h.now - 3 * DAY_MS, h.now, h.now)
        .filter((d) => d.code === 3)
        .every((d) => byKey.get(`${fn.get(r.regNumber)}:${d.number}`) === d.totalKopecks)
    ),
    'every total in kopecks as the register formed it'
  );
});

test('1-OFD: an expired token means one new login', async (t) => {
  const h = await ofdHarness(t, { operators: ['firstofd'], size: 1 });
  const sim = h.sims.get('firstofd');
  const [r] = sim.registers;
  sim.faults.set('session-expired', { times: 1 });

  await run(
    h.collector(simulatorAccount(h.sims, 'firstofd', { registers: [{ regNumber: r.regNumber, fnSerial: r.fnSerial }] }))
  );

  assert.equal(sim.stats.byKind.login, 2);
  assert.equal(h.fleet.get(r.regNumber)?.up, true);
});
