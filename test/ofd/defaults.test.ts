import assert from 'node:assert/strict';
import { type TestContext, test } from 'node:test';

import { type OfdOperator } from '../../src/service/domain/device';
import { SHIFT_LIMIT_MS } from '../../src/service/domain/shift';
import { toFnMinute } from '../../src/service/domain/time';
import { type OfdLinkStatus } from '../../src/service/state/deviceState';
import { shiftOpening } from '../../src/simulators/ofd/fleet';
import { ofdHarness, run, simulatorAccount } from './helpers/harness';

/** What each operator can know of the long shift and the backlog; null where its API cannot tell. */
interface Expected {
  /** Whether the open time of a shift left open is known, so that its 24 hours can be counted. */
  shiftOpenedAt: boolean | null;
  backlogLink: OfdLinkStatus | null;
  /** Whether the operator counts the unsent documents (tags 1097/1098, or the register's own counters). */
  backlogCounted: boolean;
}

const EXPECTED: Record<OfdOperator, Expected> = {
  ofdru: { shiftOpenedAt: true, backlogLink: 'down', backlogCounted: false },
  taxcom: { shiftOpenedAt: true, backlogLink: 'down', backlogCounted: false },
  kontur: { shiftOpenedAt: true, backlogLink: null, backlogCounted: true },
  platforma: { shiftOpenedAt: true, backlogLink: 'down', backlogCounted: false },
  firstofd: { shiftOpenedAt: null, backlogLink: null, backlogCounted: false },
  saby: { shiftOpenedAt: true, backlogLink: null, backlogCounted: true },
  atolonline: { shiftOpenedAt: false, backlogLink: 'down', backlogCounted: true },
};

const operators = Object.entries(EXPECTED) as Array<[OfdOperator, Expected]>;

async function firstPoll(t: TestContext, operator: OfdOperator) {
  const h = await ofdHarness(t, { operators: [operator], size: 6 });
  await run(h.collector(simulatorAccount(h.sims, operator, { maxRequestsPerSecond: 200 })));
  return { h, registers: h.sims.get(operator).registers };
}

for (const [operator, expected] of operators) {
  test(`${operator}: with the default history, the first poll sees a shift open for over 24 hours`, async (t) => {
    const { h, registers } = await firstPoll(t, operator);
    const longShift = registers[4];

    const shift = h.fleet.get(longShift.regNumber)?.shift;
    if (expected.shiftOpenedAt === null) {
      assert.equal(shift?.open, null, 'the operator tells nothing of shifts');
      return;
    }
    assert.equal(shift?.open, true);
    if (!expected.shiftOpenedAt) {
      assert.equal(shift?.openedAt, null, 'open, but the operator does not say since when');
      return;
    }
    assert.equal(shift?.openedAt, toFnMinute(shiftOpening(longShift, longShift.openShiftIndex ?? -1)));
    assert.ok(h.now - (shift?.openedAt ?? h.now) >= SHIFT_LIMIT_MS, 'open for more than 24 hours');
  });

  test(`${operator}: with the default history, the first poll sees what it can of the 30-day backlog`, async (t) => {
    const { h, registers } = await firstPoll(t, operator);
    const backlog = registers[1];

    const ofd = h.fleet.get(backlog.regNumber)?.ofd;
    assert.equal(ofd?.linkStatus, expected.backlogLink, 'link');
    if (expected.backlogCounted) {
      assert.equal(ofd?.oldestUnsentAt, backlog.unsentSince, 'oldest unsent document, 29 d 23 h old');
      assert.ok((ofd?.unsentCount ?? 0) > 0);
    } else {
      assert.equal(ofd?.unsentCount, null, 'the operator cannot count the backlog: unknown, not 0');
      assert.equal(ofd?.oldestUnsentAt, null);
    }
  });
}

test('the first poll reaches back only for registers whose window showed no shift document', async (t) => {
  const h = await ofdHarness(t, { operators: ['ofdru'], size: 6 });
  const sim = h.sims.get('ofdru');

  const collector = h.collector(simulatorAccount(h.sims, 'ofdru'));
  await run(collector);

  // Z-reports and receipts of the last day for each register, and one Z-report request further back for
  // the two whose last day holds no shift document: the backlog and the long shift.
  assert.equal(sim.stats.byKind.documents, 6 * 2 + 2);

  await run(collector);
  assert.equal(sim.stats.byKind.documents, 6 * 2 + 2 + 6 * 2, 'later polls read on from the checkpoint only');
});
