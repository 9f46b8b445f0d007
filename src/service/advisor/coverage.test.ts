import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DAY_MS, HOUR_MS, MINUTE_MS } from '../domain/time';
import { measureCoverage } from './coverage';
import { LocalHistory } from './history';
import { type Series } from './series';

/** An unaligned end, as a clock gives: 80 s past a minute. */
const END = Date.UTC(2026, 10, 20, 10, 1, 20);
const FIRST = END - 4 * DAY_MS - 80_000;
const LAST = END - 10 * MINUTE_MS - 80_000;

function info(deviceId: string, fnSerial: string, from: number, to: number): Series {
  const samples = [];
  for (let t = from; t <= to; t += MINUTE_MS) {
    samples.push({ t, v: 1 });
  }
  return { labels: { __name__: 'kkt_device_info', device_id: deviceId, fn_serial: fnSerial }, samples };
}

test('each register seen in the lookback counts once; the span runs from the first sample to the last', async () => {
  const middle = FIRST + 2 * DAY_MS;
  const history = new LocalHistory([
    // The FN replaced halfway: two info series, one register.
    info('kkt-a', 'fn-1', FIRST, middle),
    info('kkt-a', 'fn-2', middle + MINUTE_MS, LAST),
    // Online for one hour, between any two daily evaluations.
    info('kkt-b', 'fn-3', END - 2.5 * DAY_MS, END - 2.5 * DAY_MS + HOUR_MS),
  ]);

  const coverage = await measureCoverage(history, END, 30 * DAY_MS);

  assert.deepEqual(coverage, { spanMs: LAST - FIRST, devices: 2 });
});

test('a short lookback is measured at a finer grain', async () => {
  // Samples a second off the 3-second grid, so none sits on the edge of two windows.
  const history = new LocalHistory([info('kkt-a', 'fn-1', END - 12 * MINUTE_MS - 1000, END - MINUTE_MS - 1000)]);

  assert.deepEqual(await measureCoverage(history, END, HOUR_MS), { spanMs: 11 * MINUTE_MS, devices: 1 });
});

test('without kkt_device_info in the lookback there is no history', async () => {
  const before = new LocalHistory([info('kkt-a', 'fn-1', END - 40 * DAY_MS, END - 31 * DAY_MS)]);

  assert.deepEqual(await measureCoverage(before, END, 30 * DAY_MS), { spanMs: 0, devices: 0 });
  assert.deepEqual(await measureCoverage(new LocalHistory([]), END, 30 * DAY_MS), { spanMs: 0, devices: 0 });
});
