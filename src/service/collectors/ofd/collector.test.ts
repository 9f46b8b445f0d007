import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DAY_MS } from '../../domain/time';
import { Ingest } from '../../ingest';
import { silentLogger } from '../../logger';
import { createSelfMetrics } from '../../exporter/selfMetrics';
import { FleetState } from '../../state/fleet';
import { Store } from '../../store/store';
import { decodeCursor } from './checkpoint';
import { OfdCollector } from './collector';
import { ofdAccountSchema } from './config';
import { type CollectedDocument, type OfdClient, type Period, type RegisterReport } from './contract';

const NOW = Date.parse('2024-03-14T10:00:00Z');
const OPENED = NOW - 10 * DAY_MS;
const REGISTER: RegisterReport<null> = {
  identity: { regNumber: '0000000000000001', serial: null, fnSerial: '9999078900000001' },
  device: {},
  facts: {},
  ref: null,
};

/** An operator whose last day holds no document and whose one shift opened ten days ago, still open. */
class SilentRegisterClient implements OfdClient<null> {
  readonly maxPeriodMs = 7 * DAY_MS;
  readonly settleMs = 0;
  readonly asked: Period[] = [];
  failures = 0;

  async registers() {
    return [REGISTER];
  }

  async *documents(): AsyncIterable<CollectedDocument[]> {
    yield [];
  }

  async *stateDocuments(_register: RegisterReport<null>, period: Period) {
    this.asked.push(period);
    if (this.failures > 0) {
      this.failures--;
      throw new Error('the operator did not answer');
    }
    yield period.from <= OPENED && OPENED < period.to ? [shiftOpening()] : [];
  }
}

function shiftOpening(): CollectedDocument {
  return {
    fnSerial: '9999078900000001',
    number: 7,
    type: 'shift_open',
    time: { ms: OPENED, zone: 'utc' },
    receivedAt: null,
    shiftNumber: 12,
    totalKopecks: null,
    fiscalSign: null,
  };
}

function setup() {
  const store = Store.open(':memory:');
  const fleet = new FleetState();
  const metrics = createSelfMetrics('test');
  const client = new SilentRegisterClient();
  const account = ofdAccountSchema.parse({ name: 'shop', operator: 'platforma', token: 't' });
  const collector = new OfdCollector(account, client, {
    store,
    fleet,
    ingest: new Ingest(store, fleet, metrics),
    logger: silentLogger(),
    clock: { now: () => NOW, elapsed: () => NOW, sleep: async () => undefined },
    defaultTimeZone: 'UTC',
    parallelRegisters: 1,
  });
  const checkpoint = () => decodeCursor(store.checkpoints.ofd('shop', REGISTER.identity.regNumber ?? ''));
  return { store, fleet, client, collector, checkpoint };
}

const poll = (collector: OfdCollector<null>) => collector.run(new AbortController().signal);

test('a first poll that sees no shift document reaches back a period at a time until it finds one', async () => {
  const { fleet, client, collector, checkpoint, store } = setup();

  await poll(collector);

  const shift = fleet.get(REGISTER.identity.regNumber ?? '')?.shift;
  assert.equal(shift?.open, true);
  assert.equal(shift?.openedAt, OPENED);
  assert.deepEqual(
    client.asked.map((p) => [p.from, p.to]),
    [
      [NOW - 8 * DAY_MS, NOW - DAY_MS],
      [NOW - 15 * DAY_MS, NOW - 8 * DAY_MS],
    ],
    'newest first, stopping at the period that holds the opening'
  );
  assert.deepEqual(checkpoint(), { until: NOW }, 'the checkpoint stays where the window ended');

  await poll(collector);
  assert.equal(client.asked.length, 2, 'later polls read on from the checkpoint only');
  store.close();
});

test('a reach back that fails is taken up again by the next poll', async () => {
  const { fleet, client, collector, checkpoint, store } = setup();
  client.failures = 1;

  await assert.rejects(poll(collector), /did not answer/);
  assert.deepEqual(checkpoint(), { until: NOW, lookBack: true });
  assert.equal(fleet.get(REGISTER.identity.regNumber ?? '')?.up, false);

  await poll(collector);
  assert.equal(fleet.get(REGISTER.identity.regNumber ?? '')?.shift.openedAt, OPENED);
  assert.deepEqual(checkpoint(), { until: NOW });
  store.close();
});
