import assert from 'node:assert/strict';
import { test } from 'node:test';

import { isKktError } from '../../src/service/errors';
import { DAY_MS, HOUR_MS, MINUTE_MS, toFnMinute } from '../../src/service/domain/time';
import { shiftOpening } from '../../src/simulators/ofd/fleet';
import { deliveredBetween } from '../../src/simulators/ofd/schedule';
import { metricValue, ofdHarness, run, simulatorAccount } from './helpers/harness';

const account = (h: Awaited<ReturnType<typeof ofdHarness>>, extra: Record<string, unknown> = {}) =>
  simulatorAccount(h.sims, 'platforma', { history: '3d', ...extra });

test('Platforma: registers, their state and their documents land in the fleet and the store', async (t) => {
  const h = await ofdHarness(t, { operators: ['platforma'], size: 12 });
  const sim = h.sims.get('platforma');
  const [healthy, backlog, expiring, memory, longShift, linkError] = sim.registers;

  await run(h.collector(account(h)));

  assert.equal(h.fleet.size, 12);
  const state = (regNumber: string) => h.fleet.get(regNumber);
  assert.equal(state(healthy.regNumber)?.up, true);
  assert.equal(state(healthy.regNumber)?.registration.status, 'registered');
  assert.equal(state(healthy.regNumber)?.ofd.linkStatus, 'ok');

  // The forecast is written to the second in the register's wall clock (Moscow) and read back as such.
  const expiry = state(expiring.regNumber)?.fiscalDrive;
  assert.equal(expiry?.expiresAt, Math.floor((h.now + 2 * DAY_MS) / 1000) * 1000);
  assert.equal(expiry?.expirySource, 'forecast');
  assert.equal(state(memory.regNumber)?.fiscalDrive.memoryUsedRatio, 0.93);

  assert.equal(state(linkError.regNumber)?.registration.status, 'problem');
  assert.equal(state(linkError.regNumber)?.ofd.linkStatus, 'degraded', 'documents arrive 2.5 h late');

  const shift = state(longShift.regNumber)?.shift;
  assert.equal(shift?.open, true);
  assert.equal(shift?.openedAt, toFnMinute(shiftOpening(longShift, longShift.openShiftIndex ?? -1)));
  assert.ok((shift?.openedAt ?? h.now) <= h.now - 25 * HOUR_MS, 'open for more than 24 hours');

  assert.equal(state(backlog.regNumber)?.ofd.unsentCount, null, 'Platforma does not tell: unknown, not 0');
  assert.ok((state(backlog.regNumber)?.ofd.lastReceivedAt ?? h.now) <= h.now - 2 * DAY_MS);

  // Three days back to 15 minutes before now, as the simulator holds them; the backlog register's last
  // three days hold none, so its first poll reads the week before them too.
  const from = h.now - 3 * DAY_MS;
  const to = h.now - 15 * MINUTE_MS;
  const window = sim.registers.reduce((n, r) => n + deliveredBetween(r, from, to, h.now).length, 0);
  const before = deliveredBetween(backlog, from - 7 * DAY_MS, from, h.now).length;
  assert.ok(window > 100 && before > 0);
  assert.equal(h.store.documents.query({}, 1, 0).total, window + before);
  assert.equal(await metricValue(h.metrics.ofdRequests, { operator: 'platforma', status: '200' }), 1 + 12 + 1);
});

test('Platforma: polling the same period again stores and counts nothing twice', async (t) => {
  const h = await ofdHarness(t, { operators: ['platforma'], size: 6 });
  const collector = h.collector(account(h));
  const id = h.sims.get('platforma').registers[0].regNumber;

  await run(collector);
  const total = h.store.documents.query({}, 1, 0).total;
  const counts = h.fleet.get(id)?.documentCounts;
  await run(collector);

  assert.equal(h.store.documents.query({}, 1, 0).total, total);
  assert.deepEqual(h.fleet.get(id)?.documentCounts, counts);
  assert.ok((counts?.receipt ?? 0) > 0);
});

test('Platforma: never more than 2 requests in flight per token', async (t) => {
  const h = await ofdHarness(t, { operators: ['platforma'], size: 24, latencyMs: 20 });

  await run(h.collector(account(h, { maxRequestsPerSecond: 100 })));

  const sim = h.sims.get('platforma');
  assert.equal(sim.stats.peakInFlightPerToken, 2);
  assert.equal(sim.stats.statuses['503'], undefined, 'the simulator refuses a third request with 503');
});

test('Platforma: 503 rate limit pauses the token for its Retry-After, then goes on', async (t) => {
  const h = await ofdHarness(t, { operators: ['platforma'], size: 2 });
  h.sims.get('platforma').faults.set('rate-limit-503', { times: 1, route: 'documents', retryAfterSeconds: 7 });

  await run(h.collector(account(h)));

  assert.ok(h.clock.sleeps.includes(7000), `slept ${h.clock.sleeps.join(', ')}`);
  assert.equal(await metricValue(h.metrics.ofdFailures, { operator: 'platforma', reason: 'rate_limited' }), 1);
  assert.ok((await metricValue(h.metrics.ofdThrottleWait, { operator: 'platforma' })) >= 7);
  assert.equal(h.fleet.get(h.sims.get('platforma').registers[1].regNumber)?.up, true);
});

test('Platforma: 503-01 is retried after Retry-After, or after a backoff when there is none', async (t) => {
  for (const retryAfter of ['seconds', 'date', 'none'] as const) {
    const h = await ofdHarness(t, { operators: ['platforma'], size: 1 });
    h.sims.get('platforma').faults.set('processing-503', { times: 1, retryAfter, retryAfterSeconds: 3 });

    await run(h.collector(account(h)));

    const [slept] = h.clock.sleeps;
    if (retryAfter === 'none') {
      assert.ok(slept >= 0 && slept < 500, `first backoff is below 500 ms, slept ${slept}`);
    } else {
      // An HTTP date has whole seconds: the wait is up to a second shorter than asked.
      assert.ok(slept > 2000 && slept <= 3000, `${retryAfter}: slept ${slept}`);
    }
    assert.equal(await metricValue(h.metrics.ofdFailures, { operator: 'platforma', reason: 'not_ready' }), 1);
  }
});

test('Platforma: maintenance (503, empty body) and the nginx 429 page are retried', async (t) => {
  for (const kind of ['maintenance-503', 'http-429-html', 'http-429-json', 'http-500'] as const) {
    const h = await ofdHarness(t, { operators: ['platforma'], size: 1 });
    h.sims.get('platforma').faults.set(kind, { times: 1 });

    await run(h.collector(account(h)));

    assert.equal(h.fleet.size, 1, kind);
    assert.equal(h.sims.get('platforma').stats.requests, 3, `${kind}: the list twice, the documents once`);
  }
});

test('Platforma: malformed JSON, an HTML page or nothing where the list should be fail the poll cleanly', async (t) => {
  for (const kind of ['malformed-json', 'html-200', 'empty-200'] as const) {
    const h = await ofdHarness(t, { operators: ['platforma'], size: 2 });
    h.sims.get('platforma').faults.set(kind, { times: 1, route: 'list' });
    const collector = h.collector(account(h));

    await assert.rejects(run(collector), (e: unknown) => isKktError(e) && e.code === 'OFD_BAD_RESPONSE', kind);
    assert.equal(await metricValue(h.metrics.ofdFailures, { operator: 'platforma', reason: 'bad_body' }), 1);

    await run(collector);
    assert.equal(h.fleet.size, 2, `${kind}: the next poll works`);
  }
});

test('Platforma: 401 opens the breaker; the token is not used again until the cooldown', async (t) => {
  const h = await ofdHarness(t, { operators: ['platforma'], size: 2 });
  const sim = h.sims.get('platforma');
  sim.faults.set('token-invalid', { route: 'list' });
  const collector = h.collector(account(h));

  await assert.rejects(
    run(collector),
    (e: unknown) => isKktError(e) && e.code === 'OFD_AUTH_FAILED' && /new one/.test(e.message)
  );
  assert.equal(await metricValue(h.metrics.ofdBreakerState, { operator: 'platforma', account: 'sim-platforma' }), 2);
  assert.equal(sim.stats.requests, 1, 'a rejected token is not retried');

  await assert.rejects(run(collector), (e: unknown) => isKktError(e) && e.code === 'OFD_CIRCUIT_OPEN');
  assert.equal(sim.stats.requests, 1, 'the open breaker sends nothing');
  assert.equal(await metricValue(h.metrics.ofdFailures, { operator: 'platforma', reason: 'breaker_open' }), 1);
});

test('Platforma: one refused token pauses the account for a minute; refusals in a row double the pause', async (t) => {
  const h = await ofdHarness(t, { operators: ['platforma'], size: 2 });
  const sim = h.sims.get('platforma');
  const collector = h.collector(account(h));
  const refused = (e: unknown) => isKktError(e) && e.code === 'OFD_AUTH_FAILED';
  const paused = (minutes: number) => (e: unknown) =>
    isKktError(e) && e.code === 'OFD_CIRCUIT_OPEN' && e.message.includes(`for ${minutes} min more`);

  sim.faults.set('token-invalid', { route: 'list', times: 1 });
  await assert.rejects(run(collector), refused);
  await assert.rejects(run(collector), paused(1));
  await h.clock.sleep(60_000);
  await run(collector);
  assert.equal(await metricValue(h.metrics.ofdBreakerState, { operator: 'platforma', account: 'sim-platforma' }), 0);

  sim.faults.set('token-invalid', { route: 'list', times: 3 });
  await assert.rejects(run(collector), refused);
  await assert.rejects(run(collector), paused(1), 'the success before started the pauses again');
  await h.clock.sleep(60_000);
  await assert.rejects(run(collector), refused);
  await assert.rejects(run(collector), paused(2));
  await h.clock.sleep(120_000);
  await assert.rejects(run(collector), refused);
  await assert.rejects(run(collector), paused(4));
});

test('Platforma: repeated failures of document requests open the breaker; registers are marked down', async (t) => {
  const h = await ofdHarness(t, { operators: ['platforma'], size: 8 });
  const sim = h.sims.get('platforma');
  sim.faults.set('maintenance-503', { route: 'documents' });

  await assert.rejects(run(h.collector(account(h, { breakerThreshold: 3, maxRetries: 1 }))));

  assert.equal(await metricValue(h.metrics.ofdBreakerState, { operator: 'platforma', account: 'sim-platforma' }), 2);
  // Three failed requests (two attempts each) open it; those already under way finish, the rest are refused.
  const attempted = sim.stats.byKind.documents / 2;
  assert.ok(attempted >= 3 && attempted < 8, `${attempted} registers asked`);
  assert.equal(
    await metricValue(h.metrics.ofdFailures, { operator: 'platforma', reason: 'breaker_open' }),
    8 - attempted
  );
  assert.ok(sim.registers.every((r) => h.fleet.get(r.regNumber)?.up === false));
});

test('Platforma: a reply slower than the timeout is a timeout', async (t) => {
  const h = await ofdHarness(t, { operators: ['platforma'], size: 1 });
  h.sims.get('platforma').faults.set('slow', { times: 1, delayMs: 1500, route: 'list' });

  await assert.rejects(run(h.collector(account(h, { timeout: '200ms', maxRetries: 0 }))), /no answer within 200 ms/);
  assert.equal(await metricValue(h.metrics.ofdFailures, { operator: 'platforma', reason: 'timeout' }), 1);
  assert.equal(await metricValue(h.metrics.ofdRequests, { operator: 'platforma', status: 'error' }), 1);
});
