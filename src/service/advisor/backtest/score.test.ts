import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type Incident } from './incidents';
import { score } from './score';

const H = 3_600_000;
const WEEK = 7 * 24 * H;
const episode = (from: number, to: number) => ({ activeAt: from * H, firedAt: from * H, resolvedAt: to * H });
const all = [
  { labels: { device_id: 'a' }, episodes: [episode(1, 2), episode(10, 11)] },
  { labels: { device_id: 'b' }, episodes: [episode(5, 6)] },
];
const incidents: Incident[] = [
  { kind: 'offline', deviceId: 'a', start: 9 * H, end: 12 * H },
  { kind: 'offline', deviceId: 'b', start: 20 * H, end: 30 * H },
];
const scoring = { incidents, leadMs: 0, range: { start: 0, end: WEEK, step: 300_000 }, from: 0, devices: 2 };

test('episodes, firing time, precision, recall and delay counted by hand', () => {
  const s = score(all, scoring);

  assert.equal(s.episodes, 3);
  assert.equal(s.episodesPerWeek, 3);
  assert.equal(s.episodesPerDevice, 1.5);
  // 3 hours firing out of 2 registers x 168 hours.
  assert.equal(s.firingRatio, 3 / 336);
  // Only a's 10-11h episode overlaps an incident; b's incident is never caught.
  assert.equal(s.precision, 1 / 3);
  assert.equal(s.recall, 0.5);
  assert.equal(s.meanDetectionDelaySeconds, 3600);
  assert.equal(s.worstDeviceEpisodes, 2);
});

test('a lead lets an early warning count, with a negative delay', () => {
  const s = score(all, { ...scoring, leadMs: 15 * H });

  // With 15 hours of lead even a's 1-2h episode counts for its 9h incident.
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 1);
  // a: first caught at 1h, 8 hours before its start; b: at 5h, 15 hours before.
  assert.equal(s.meanDetectionDelaySeconds, (-8 * 3600 - 15 * 3600) / 2);
});

test('without known incidents precision and recall are not guessed', () => {
  const s = score(all, { ...scoring, incidents: [] });

  assert.equal(s.precision, null);
  assert.equal(s.recall, null);
  assert.equal(s.meanDetectionDelaySeconds, null);
});

test('scoring from a later start drops episodes over by then and shortens the span', () => {
  const s = score(all, { ...scoring, from: 8 * H });

  assert.equal(s.episodes, 1);
  assert.equal(s.episodesPerWeek, WEEK / (WEEK - 8 * H));
});
