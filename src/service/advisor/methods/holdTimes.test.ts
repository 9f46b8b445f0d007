import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type Run } from '../backtest/alertState';
import { specNamed } from '../pack';
import { holdOptions, nice } from './holdTimes';

const M = 60_000;
const step = 5 * M;
const linkDown = specNamed('KktOfdLinkDown');

/** One register per excursion, lasting 5, 10, ... 100 minutes: k evaluations of 5 minutes. */
const excursions = Array.from({ length: 20 }, (_, n) => ({
  labels: { device_id: `d${n}` },
  runs: [[0, n * step] as Run],
}));

test('for covers 95 % of the harmless excursions, rounded as people write durations', () => {
  const options = holdOptions(excursions, linkDown, [], step);

  // Durations 5..100 minutes; the 95th percentile interpolates to 95.25 minutes; past an hour, 15-minute steps.
  assert.equal(options.primary.forMs, 105 * M);
  assert.equal(options.primary.keepFiringForMs, 0);
  assert.ok(options.forMs.includes(linkDown.defaults.forMs));
  assert.match(options.note, /^20 excursions outside incidents/);
});

test('an excursion that overlaps an incident is not noise', () => {
  const incident = { kind: 'backlog_limit' as const, deviceId: 'd19', start: 0, end: step };

  assert.match(holdOptions(excursions, linkDown, [incident], step).note, /^19 excursions/);
});

test('keep_firing_for bridges 90 % of the re-crossings within an hour', () => {
  const flapping = [
    { labels: { device_id: 'a' }, runs: [0, 1, 2, 3, 4, 5, 6].map((k): Run => [k * 3 * step, k * 3 * step]) },
  ];

  // Each re-crossing comes 2 evaluations (10 minutes) after the last.
  assert.equal(holdOptions(flapping, linkDown, [], step).primary.keepFiringForMs, 10 * M);
});

test('durations round up to minutes, then 5, 15 and 60 minute steps', () => {
  assert.equal(nice(61_000, M), 2 * M);
  assert.equal(nice(11 * M, M), 15 * M);
  assert.equal(nice(61 * M, M), 75 * M);
  assert.equal(nice(181 * M, M), 240 * M);
  assert.equal(nice(3 * M, step), step);
  assert.equal(nice(0, M), 0);
});
