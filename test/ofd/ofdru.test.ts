import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ofdAccountSchema } from '../../src/service/collectors/ofd/config';
import { OfdruClient } from '../../src/service/collectors/ofd/ofdru/client';
import { isKktError } from '../../src/service/errors';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../src/service/domain/time';
import { silentLogger } from '../../src/service/logger';
import { deliveredBetween } from '../../src/simulators/ofd/schedule';
import { metricValue, ofdHarness, run, simulatorAccount } from './helpers/harness';

test('OFD.ru: registers with their link delay, shifts from Z-reports, receipts by period', async (t) => {
  const h = await ofdHarness(t, { operators: ['ofdru'], size: 6 });
  const sim = h.sims.get('ofdru');
  const [healthy, backlog, , , longShift, linkError] = sim.registers;

  await run(h.collector(simulatorAccount(h.sims, 'ofdru', { history: '3d' })));

  assert.equal(h.fleet.size, 6);
  assert.equal(h.fleet.get(healthy.regNumber)?.ofd.linkStatus, 'ok');
  assert.equal(
    h.fleet.get(linkError.regNumber)?.ofd.linkStatus,
    'degraded',
    'documents arrive 2.5 h after they are formed'
  );
  assert.equal(h.fleet.get(longShift.regNumber)?.shift.open, true);
  assert.equal(h.fleet.get(healthy.regNumber)?.ofd.unsentCount, null, 'OFD.ru gives no count: unknown');
  assert.ok((h.fleet.get(backlog.regNumber)?.ofd.lastReceivedAt ?? h.now) < h.now - 2 * DAY_MS);

  const from = h.now - 3 * DAY_MS;
  const receipts = sim.registers.reduce(
    (n, r) => n + deliveredBetween(r, from, h.now, h.now).filter((d) => d.code === 3).length,
    0
  );
  assert.equal(h.store.documents.query({ types: ['receipt'] }, 1, 0).total, receipts);
  assert.equal(sim.stats.byKind.login, 1);
});

test('OFD.ru: a long history is asked for in periods of at most 30 days', async (t) => {
  const h = await ofdHarness(t, { operators: ['ofdru'], size: 1 });

  await run(h.collector(simulatorAccount(h.sims, 'ofdru', { history: '40d' })));

  // 31 days at most are read back: one period of 30 days and one of 1, each asking for Z-reports and receipts.
  assert.equal(h.sims.get('ofdru').stats.byKind.documents, 4);
  assert.equal(h.sims.get('ofdru').stats.statuses['400'], undefined);
});

test('OFD.ru: the token is renewed before it expires, and once more when refused', async (t) => {
  const h = await ofdHarness(t, { operators: ['ofdru'], size: 2, followClock: true });
  const sim = h.sims.get('ofdru');
  const collector = h.collector(simulatorAccount(h.sims, 'ofdru'));

  await run(collector);
  // 23 h 57 min later the 24-hour token has 3 minutes left: less than the 5 we keep in hand.
  await h.clock.sleep(23 * HOUR_MS + 57 * MINUTE_MS);
  await run(collector);
  assert.equal(sim.stats.byKind.login, 2);
  assert.equal(sim.stats.statuses['401'], undefined, 'renewed before, not after a refusal');

  sim.faults.set('session-expired', { times: 1 });
  await run(collector);
  assert.equal(sim.stats.byKind.login, 3);
  assert.equal(sim.stats.statuses['401'], 1);
});

test("OFD.ru: an unknown INN is the user's to fix and says so", async (t) => {
  const h = await ofdHarness(t, { operators: ['ofdru'], size: 1 });

  await assert.rejects(
    run(h.collector(simulatorAccount(h.sims, 'ofdru', { inn: '7700000002' }))),
    (e: unknown) => isKktError(e) && e.code === 'OFD_REQUEST_REJECTED' && /InnNotFound/.test(e.message)
  );
  assert.equal(await metricValue(h.metrics.ofdFailures, { operator: 'ofdru', reason: 'api_error' }), 1);
});

test('OFD.ru: one receipt is looked up with its document number, or not found (B16)', async (t) => {
  const h = await ofdHarness(t, { operators: ['ofdru'], size: 1 });
  const [register] = h.sims.get('ofdru').registers;
  const [receipt] = deliveredBetween(register, h.now - DAY_MS, h.now, h.now).filter((d) => d.code === 3);
  const account = ofdAccountSchema.parse(simulatorAccount(h.sims, 'ofdru'));
  if (account.operator !== 'ofdru') {
    throw new Error('expected an OFD.ru account');
  }
  const client = new OfdruClient(account, { metrics: h.metrics, logger: silentLogger(), clock: h.clock, env: {} });
  const lookup = { fnSerial: register.fnSerial, regNumber: register.regNumber, fiscalSign: String(receipt.fiscalSign) };
  const signal = new AbortController().signal;

  const found = await client.receipt({ ...lookup, number: receipt.number }, signal);
  assert.equal(found?.number, receipt.number);
  assert.equal(found?.totalKopecks, receipt.totalKopecks);
  assert.equal(await client.receipt({ ...lookup, number: receipt.number + 1 }, signal), null);
});

test('OFD.ru: 429 with a Retry-After date, and the nginx page, are waited out', async (t) => {
  for (const kind of ['http-429-json', 'http-429-html'] as const) {
    const h = await ofdHarness(t, { operators: ['ofdru'], size: 1, followClock: true });
    h.sims.get('ofdru').faults.set(kind, { times: 1, route: 'list', retryAfter: 'date', retryAfterSeconds: 5 });

    await run(h.collector(simulatorAccount(h.sims, 'ofdru')));

    assert.ok(
      h.clock.sleeps.some((ms) => ms > 4000 && ms <= 5000),
      `${kind}: slept ${h.clock.sleeps.join(', ')}`
    );
    assert.equal(await metricValue(h.metrics.ofdFailures, { operator: 'ofdru', reason: 'rate_limited' }), 1);
  }
});
