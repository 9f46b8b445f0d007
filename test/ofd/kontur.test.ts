import assert from 'node:assert/strict';
import { test } from 'node:test';

import { isKktError } from '../../src/service/errors';
import { DAY_MS, MINUTE_MS } from '../../src/service/domain/time';
import { deliveredBetween } from '../../src/simulators/ofd/schedule';
import { metricValue, ofdHarness, run, simulatorAccount } from './helpers/harness';

const account = (h: Awaited<ReturnType<typeof ofdHarness>>, extra: Record<string, unknown> = {}) =>
  simulatorAccount(h.sims, 'kontur', { history: '3d', maxRequestsPerSecond: 200, ...extra });

test('Kontur: every short page is read until the cursor stops moving', async (t) => {
  const h = await ofdHarness(t, { operators: ['kontur'], size: 12 });
  const sim = h.sims.get('kontur');

  await run(h.collector(account(h)));

  const from = h.now - 3 * DAY_MS;
  const expected = sim.registers.map((r) => deliveredBetween(r, from, h.now, h.now).length);
  // The backlog register's last three days hold nothing: its first poll asks for the state documents of
  // the 28 days before them as well.
  const backlog = sim.registers[1];
  const state = deliveredBetween(backlog, h.now - 31 * DAY_MS, from, h.now).filter((d) => d.code !== 3).length;
  assert.equal(h.store.documents.query({}, 1, 0).total, expected.reduce((a, b) => a + b, 0) + state);
  // Pages of 25 whatever the limit of 1000, then one more that repeats the cursor.
  const pages = [...expected, state].reduce((n, count) => n + (count === 0 ? 1 : Math.ceil(count / 25) + 1), 0);
  assert.equal(sim.stats.byKind.documents, pages);
});

test('Kontur: the backlog comes from the newest close-shift report, 29 d 23 h old to the minute', async (t) => {
  const h = await ofdHarness(t, { operators: ['kontur'], size: 2 });
  const backlog = h.sims.get('kontur').registers[1];

  await run(h.collector(account(h)));

  const closes = deliveredBetween(backlog, h.now - 31 * DAY_MS, h.now, h.now).filter((d) => d.code === 5);
  const newest = closes[closes.length - 1];
  const ofd = h.fleet.get(backlog.regNumber)?.ofd;
  assert.equal(ofd?.oldestUnsentAt, Date.parse('2024-02-13T11:00:00Z'));
  assert.equal(ofd?.unsentCount, newest.unsent?.count);
  assert.ok((ofd?.unsentCount ?? 0) > 0);
});

test('Kontur: an empty body and documents [] with paging {} both mean an empty period', async (t) => {
  for (const variant of ['body', 'paging'] as const) {
    const h = await ofdHarness(t, { operators: ['kontur'], size: 1 });
    h.sims.get('kontur').faults.set('empty-period', { variant });

    await run(h.collector(account(h)));

    assert.equal(h.store.documents.query({}, 1, 0).total, 0, variant);
    assert.equal(h.fleet.size, 1);
    assert.equal(h.fleet.get(h.sims.get('kontur').registers[0].regNumber)?.up, true, variant);
  }
});

test('Kontur: 401002 means one new authentication and a retry', async (t) => {
  const h = await ofdHarness(t, { operators: ['kontur'], size: 1 });
  const sim = h.sims.get('kontur');
  sim.faults.set('session-expired', { times: 1, route: 'documents' });

  await run(h.collector(account(h)));

  assert.equal(sim.stats.byKind.login, 2);
  assert.equal(await metricValue(h.metrics.ofdFailures, { operator: 'kontur', reason: 'session_expired' }), 1);
});

test('Kontur: a malformed page fails that register with a clear error; the others are collected', async (t) => {
  const h = await ofdHarness(t, { operators: ['kontur'], size: 3 });
  const sim = h.sims.get('kontur');
  sim.faults.set('malformed-json', { times: 1, route: 'documents' });

  await assert.rejects(
    run(h.collector(account(h, { history: '10m', maxConcurrency: 1 }))),
    (e: unknown) => isKktError(e) && e.code === 'OFD_BAD_RESPONSE' && /not valid JSON/.test(e.message)
  );
  const up = sim.registers.map((r) => h.fleet.get(r.regNumber)?.up);
  assert.deepEqual(up, [false, true, true]);
});

test('Kontur: authentication goes to the simulator, never to the production auth host', async (t) => {
  const h = await ofdHarness(t, { operators: ['kontur'], size: 1 });
  await run(h.collector(account(h, { history: `${10 * MINUTE_MS}ms` })));
  assert.equal(h.sims.get('kontur').stats.byKind.login, 1);
});
