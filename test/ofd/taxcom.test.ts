import assert from 'node:assert/strict';
import { test } from 'node:test';

import { toFnMinute } from '../../src/service/domain/time';
import { deliveredBetween } from '../../src/simulators/ofd/schedule';
import { metricValue, ofdHarness, run, simulatorAccount } from './helpers/harness';

test('Taxcom: outlets, registers, shifts and documents, with times in UTC whatever the register zone', async (t) => {
  const h = await ofdHarness(t, { operators: ['taxcom'], size: 12 });
  const sim = h.sims.get('taxcom');
  const [healthy, backlog, , , longShift] = sim.registers;
  // A register the inventory places in Krasnoyarsk: Taxcom already converted its times to UTC.
  h.fleet.upsert({ regNumber: healthy.regNumber }, { timeZone: 'Asia/Krasnoyarsk' });

  await run(h.collector(simulatorAccount(h.sims, 'taxcom', { history: '2d', maxRequestsPerSecond: 100 })));

  assert.equal(h.fleet.size, 12);
  const [doc] = deliveredBetween(healthy, h.now - 86_400_000, h.now, h.now).filter((d) => d.code === 3);
  const stored = h.store.documents
    .query({ deviceIds: [healthy.regNumber] }, 1000, 0)
    .items.find((d) => d.number === doc.number);
  assert.equal(stored?.time, toFnMinute(doc.time));
  assert.equal(h.fleet.get(longShift.regNumber)?.shift.open, true);
  assert.equal(h.fleet.get(backlog.regNumber)?.ofd.linkStatus, 'down', 'lastDocumentState Problem');
  assert.equal(h.fleet.get(healthy.regNumber)?.registration.status, 'registered');
});

test('Taxcom: pages of at most 100 records are read to the end', async (t) => {
  const h = await ofdHarness(t, { operators: ['taxcom'], size: 510 });

  await run(
    h.collector(simulatorAccount(h.sims, 'taxcom', { history: '1h', maxRequestsPerSecond: 1000, maxConcurrency: 8 }))
  );

  // 102 registers in each of the five outlets: two pages each.
  assert.equal(h.fleet.size, 510);
  assert.equal(h.sims.get('taxcom').stats.statuses['400'], undefined, 'no page larger than 100 was asked for');
});

test('Taxcom: 2109 means one new login and one retry', async (t) => {
  const h = await ofdHarness(t, { operators: ['taxcom'], size: 2 });
  const sim = h.sims.get('taxcom');
  sim.faults.set('session-expired', { times: 1, route: 'documents' });

  await run(h.collector(simulatorAccount(h.sims, 'taxcom', { maxRequestsPerSecond: 100 })));

  // Requests under way when the session expired all see 2109; one login serves all their retries.
  assert.equal(sim.stats.byKind.login, 2);
  assert.ok((await metricValue(h.metrics.ofdFailures, { operator: 'taxcom', reason: 'session_expired' })) >= 1);
  assert.ok(h.fleet.get(sim.registers[0].regNumber)?.up);
});

test('Taxcom: a login answered with 301 is posted again to the new address, body and all', async (t) => {
  const h = await ofdHarness(t, { operators: ['taxcom'], size: 1 });
  const sim = h.sims.get('taxcom');
  sim.faults.set('login-301', { times: 1 });

  await run(h.collector(simulatorAccount(h.sims, 'taxcom', { maxRequestsPerSecond: 100 })));

  assert.equal(sim.stats.byKind.login, 2);
  assert.equal(sim.stats.statuses['301'], 1);
  assert.equal(h.fleet.size, 1);
});

test('Taxcom: a wrong Integrator-ID is reported as an auth failure', async (t) => {
  const h = await ofdHarness(t, { operators: ['taxcom'], size: 1 });
  await assert.rejects(run(h.collector(simulatorAccount(h.sims, 'taxcom', { integratorId: 'other' }))), /Taxcom 2112/);
});
