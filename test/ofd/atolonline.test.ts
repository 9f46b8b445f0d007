import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DeviceRenderer } from '../../src/service/exporter/render';
import { isKktError } from '../../src/service/errors';
import { DAY_MS, HOUR_MS } from '../../src/service/domain/time';
import { unsentAt } from '../../src/simulators/ofd/schedule';
import { metricValue, ofdHarness, run, simulatorAccount } from './helpers/harness';

test('ATOL Online: every page of registers, with backlog, FN, shift and link state', async (t) => {
  const h = await ofdHarness(t, { operators: ['atolonline'], size: 230 });
  const sim = h.sims.get('atolonline');
  const [healthy, backlog, expiring, memory, longShift, linkError] = sim.registers;

  await run(h.collector(simulatorAccount(h.sims, 'atolonline')));

  assert.equal(h.fleet.size, 230);
  assert.equal(sim.stats.byKind.login, 1);
  assert.equal(sim.stats.byKind.list, 3, '100 + 100 + 30');

  // The fleet's now is 14 March 10:00:30 UTC; 29 d 23 h before that, to the minute, is 13 February 11:00.
  const owed = h.fleet.get(backlog.regNumber)?.ofd;
  assert.equal(owed?.oldestUnsentAt, Date.parse('2024-02-13T11:00:00Z'));
  assert.equal(h.now - (owed?.oldestUnsentAt ?? 0), 29 * DAY_MS + 23 * HOUR_MS + 30_000);
  assert.equal(owed?.unsentCount, unsentAt(backlog, h.now).count);
  assert.ok((owed?.unsentCount ?? 0) > 100);

  const ok = h.fleet.get(healthy.regNumber);
  assert.equal(ok?.ofd.unsentCount, 0, 'nothing unsent is 0, not unknown');
  assert.equal(ok?.ofd.linkStatus, 'ok');
  assert.equal(h.fleet.get(linkError.regNumber)?.ofd.linkStatus, 'down');
  assert.equal(h.fleet.get(memory.regNumber)?.fiscalDrive.memoryUsedRatio, 0.93);
  assert.equal(h.fleet.get(expiring.regNumber)?.fiscalDrive.expiresAt, Math.floor((h.now + 2 * DAY_MS) / 1000) * 1000);
  assert.equal(h.fleet.get(longShift.regNumber)?.shift.open, true);
});

test('ATOL Online: the metrics show a known empty backlog as 0 and leave an unknown one out (b14)', async (t) => {
  const h = await ofdHarness(t, { operators: ['atolonline'], size: 2 });
  await run(h.collector(simulatorAccount(h.sims, 'atolonline')));
  h.fleet.upsert({ regNumber: '0000000000000099' }, { name: 'never polled' });

  const text = (await new DeviceRenderer().render(h.fleet.snapshot())).toString();
  const unsent = text.split('\n').filter((line) => line.startsWith('kkt_ofd_unsent_documents{'));

  assert.equal(unsent.length, 2, 'the register nobody reported on has no series');
  assert.ok(
    unsent.some((line) => line.endsWith(' 0')),
    'the healthy one reports 0'
  );
  assert.ok(!text.includes('device_id="0000000000000099"} 0'), 'no unknown value is exported as 0');
});

test('ATOL Online: an expired token means one new login and a retry', async (t) => {
  const h = await ofdHarness(t, { operators: ['atolonline'], size: 3 });
  const sim = h.sims.get('atolonline');
  sim.faults.set('session-expired', { times: 1 });

  await run(h.collector(simulatorAccount(h.sims, 'atolonline')));

  assert.equal(sim.stats.byKind.login, 2);
  assert.equal(h.fleet.size, 3);
  assert.equal(await metricValue(h.metrics.ofdFailures, { operator: 'atolonline', reason: 'session_expired' }), 1);
});

test('ATOL Online: a wrong password is an auth failure and pauses the account', async (t) => {
  const h = await ofdHarness(t, { operators: ['atolonline'], size: 1 });

  await assert.rejects(
    run(h.collector(simulatorAccount(h.sims, 'atolonline', { password: 'wrong' }))),
    (e: unknown) => isKktError(e) && e.code === 'OFD_AUTH_FAILED'
  );
  assert.equal(await metricValue(h.metrics.ofdBreakerState, { operator: 'atolonline', account: 'sim-atolonline' }), 2);
});

test('ATOL Online: credentials come from the environment when the account leaves them out', async (t) => {
  const h = await ofdHarness(t, { operators: ['atolonline'], size: 1 });
  const account = { ...simulatorAccount(h.sims, 'atolonline'), login: undefined, password: undefined };

  await assert.rejects(
    run(h.collector(account)),
    (e: unknown) =>
      isKktError(e) && e.code === 'OFD_CREDENTIALS_MISSING' && /KKT_OFD_SIM_ATOLONLINE_LOGIN/.test(e.message)
  );

  const env = { KKT_OFD_SIM_ATOLONLINE_LOGIN: 'simulator', KKT_OFD_SIM_ATOLONLINE_PASSWORD: 'simulator-password' };
  await run(h.collector(account, h.clock, env));
  assert.equal(h.fleet.size, 1);
});
