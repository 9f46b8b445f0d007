import assert from 'node:assert/strict';
import { test } from 'node:test';

import { LocalHistory } from '../history';
import { DEFAULT_PACK_OPTIONS, specNamed } from '../pack';
import { type Series } from '../series';
import { fitLevel, seasonsFor } from './level';

const STEP = 300_000;
const DAY = 86_400_000;
/** How far behind the register the OFD is, cycling through five values: median 30 min, MAD 10 min. */
const LAGS = [600, 1200, 1800, 2400, 36_000];

function lagHistory(devices: number, days: number): Series[] {
  return Array.from({ length: devices }, (_, d) => {
    const labels = { device_id: `kkt-${d}`, instance: 'a', job: 'kkt-monitor' };
    const times = Array.from({ length: (days * DAY) / STEP + 1 }, (_, i) => i * STEP);
    return [
      {
        labels: { __name__: 'kkt_last_document_timestamp_seconds', ...labels },
        samples: times.map((t) => ({ t, v: t / 1000 })),
      },
      {
        labels: { __name__: 'kkt_ofd_last_received_document_timestamp_seconds', ...labels },
        samples: times.map((t, i) => ({ t, v: t / 1000 - LAGS[i % LAGS.length] })),
      },
    ];
  }).flat();
}

function context(history: LocalHistory, days: number, alert = 'KktOfdSyncDelay') {
  return {
    spec: specNamed(alert),
    history,
    range: { start: 0, end: days * DAY, step: STEP },
    coverage: { spanMs: days * DAY, devices: 4 },
    options: DEFAULT_PACK_OPTIONS,
  };
}

test('the band is the median plus 3.5 robust sigma, worked out by hand', async () => {
  const fit = await fitLevel(context(new LocalHistory(lagHistory(4, 10)), 10));

  // Median 1800 s; deviations 1200, 600, 0, 600, 34200 -> MAD 600 s; sigma 600 / 0.6745 = 889.5 s.
  // 1800 + 3.5 x 889.5 = 4913 s, rounded up to two digits: 5000 s.
  assert.equal(fit.declined, null);
  assert.equal(fit.candidates[0].threshold, 5000);
  assert.deepEqual(fit.candidates[0].seasons, ['1d']);
  assert.match(fit.rationale, /median 30 min, MAD 10 min/);
  assert.ok(fit.candidates.some((c) => c.threshold === specNamed('KktOfdSyncDelay').defaults.threshold));
});

test('seasonal baselines come with history: a day after a week, a week after three', () => {
  assert.deepEqual(seasonsFor(3), []);
  assert.deepEqual(seasonsFor(7), ['1d']);
  assert.deepEqual(seasonsFor(21), ['1d', '1w']);
});

test('too few values: the method declines, says why and keeps the default', async () => {
  const sparse = lagHistory(1, 0.5);
  const fit = await fitLevel(context(new LocalHistory(sparse), 4));

  // 145 samples over half a day; the last one still counts 5 minutes later, at the next evaluation.
  assert.match(fit.declined ?? '', /too sparse: 146 values/);
  assert.deepEqual(fit.candidates, [{ threshold: 1800, seasons: [] }]);
});

test('a rule that compares with past days declines on less than a week of history', async () => {
  const fit = await fitLevel(context(new LocalHistory([]), 5, 'KktDocumentRateLow'));

  assert.match(fit.declined ?? '', /needs 7 days of history; Prometheus has 5 days$/);
  assert.deepEqual(fit.candidates, [{ threshold: 0.2, seasons: ['1w'] }]);
});
