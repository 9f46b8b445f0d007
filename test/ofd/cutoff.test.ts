import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type DeviceState } from '../../src/service/state/deviceState';
import { type OperatorSimulator } from '../../src/simulators/ofd/index';
import { ofdHarness, run, simulatorAccount } from './helpers/harness';

/** The facts a register's documents tell, which a poll must never set back. */
const derived = (s: DeviceState | undefined) => ({
  unsentCount: s?.ofd.unsentCount,
  oldestUnsentAt: s?.ofd.oldestUnsentAt,
  linkStatus: s?.ofd.linkStatus,
  shift: s?.shift,
  warningFlags: s?.fiscalDrive.warningFlags,
  blocked: s?.fiscalDrive.blocked,
});

/** Switches every answer to a server error once the simulator has served `requests` requests. */
function cutOffAfter(sim: OperatorSimulator, requests: number): () => void {
  const timer = setInterval(() => {
    if (sim.stats.requests >= requests) {
      sim.faults.set('http-500', { route: 'documents' });
    }
  }, 1);
  return () => clearInterval(timer);
}

for (const operator of ['saby', 'kontur'] as const) {
  test(`${operator}: a poll cut off partway never sets a register's facts back to older documents`, async (t) => {
    const h = await ofdHarness(t, { operators: [operator], size: 12, latencyMs: 2 });
    const sim = h.sims.get(operator);
    const backlog = sim.registers[1];
    const collector = h.collector(simulatorAccount(h.sims, operator, { maxRetries: 0, breakerThreshold: 100 }));

    await run(collector);
    const before = derived(h.fleet.get(backlog.regNumber));
    const lastDocumentAt = h.fleet.get(backlog.regNumber)?.ofd.lastDocumentAt ?? 0;
    assert.ok((before.unsentCount ?? 0) > 0, 'the backlog register has a backlog');

    // Each later poll reads back from the oldest unsent document, a month of periods oldest first.
    const start = sim.stats.requests;
    await run(collector);
    assert.deepEqual(derived(h.fleet.get(backlog.regNumber)), before, 'a whole poll agrees');
    const perPoll = sim.stats.requests - start;

    for (let after = 2; after < perPoll; after = Math.ceil(after * 1.5)) {
      sim.faults.clear();
      const stop = cutOffAfter(sim, sim.stats.requests + after);
      try {
        await assert.rejects(run(collector), `cut off after ${after} of ${perPoll} requests`);
      } finally {
        stop();
      }

      const state = h.fleet.get(backlog.regNumber);
      assert.deepEqual(derived(state), before, `cut off after ${after} of ${perPoll} requests`);
      assert.ok((state?.ofd.lastDocumentAt ?? 0) >= lastDocumentAt);
    }
  });
}
