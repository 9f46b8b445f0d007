import assert from 'node:assert/strict';
import { type AddressInfo, createServer } from 'node:net';
import { test } from 'node:test';

import { OFD_OPERATORS } from '../../src/service/domain/device';
import { isKktError } from '../../src/service/errors';
import { type FaultKind } from '../../src/simulators/ofd/faults';
import { metricSum, ofdHarness, run, simulatorAccount } from './helpers/harness';

/** Faults worth a retry: one of each, then the poll goes through. */
const RETRIED: FaultKind[] = [
  'http-429-json',
  'http-429-html',
  'maintenance-503',
  'processing-503',
  'rate-limit-503',
  'http-500',
];
/** Bodies no client can read where data should be: the poll fails with a clear error, and the next one works. */
const UNREADABLE: FaultKind[] = ['malformed-json', 'html-200'];

for (const operator of OFD_OPERATORS) {
  test(`${operator}: every fault switch of its simulator is survived`, async (t) => {
    for (const kind of RETRIED) {
      const h = await ofdHarness(t, { operators: [operator], size: 2 });
      h.sims.get(operator).faults.set(kind, { times: 1 });

      await run(h.collector(simulatorAccount(h.sims, operator)));

      assert.equal(h.fleet.size, 2, `${kind}: both registers known`);
      assert.equal(
        await metricSum(h.metrics.ofdFailures, { operator }),
        1,
        `${kind}: the one failed attempt is counted`
      );
    }

    for (const kind of UNREADABLE) {
      const h = await ofdHarness(t, { operators: [operator], size: 2 });
      h.sims.get(operator).faults.set(kind, { times: 1 });
      const collector = h.collector(simulatorAccount(h.sims, operator));

      await assert.rejects(run(collector), (e: unknown) => isKktError(e) && e.code === 'OFD_BAD_RESPONSE', kind);
      await run(collector);
      assert.equal(h.fleet.size, 2, `${kind}: the next poll works`);
    }

    const h = await ofdHarness(t, { operators: [operator], size: 2 });
    h.sims.get(operator).faults.set('slow', { times: 1, delayMs: 1500 });
    await assert.rejects(
      run(h.collector(simulatorAccount(h.sims, operator, { timeout: '200ms', maxRetries: 0 }))),
      (e: unknown) => isKktError(e) && e.code === 'OFD_UNAVAILABLE' && /no answer within 200 ms/.test(e.message)
    );
  });
}

test('a refused connection names the host and port, never the token in the query string', async (t) => {
  const h = await ofdHarness(t, { operators: ['ofdru'], size: 1 });
  const port = await freePort();
  const account = simulatorAccount(h.sims, 'ofdru', { baseUrl: `http://127.0.0.1:${port}/api/`, maxRetries: 0 });

  await assert.rejects(
    run(h.collector(account)),
    (e: unknown) =>
      isKktError(e) &&
      e.code === 'OFD_UNAVAILABLE' &&
      e.message.includes(`(ECONNREFUSED) to 127.0.0.1:${port}`) &&
      !e.message.includes('/api')
  );
});

/** A loopback port nothing listens on: taken, then given back at once. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
